package jp.mamori.db.domain;

/**
 * Which persons a search returns by the state of their registrations, within the holding section
 * of the search if one is given, otherwise across all sections.
 */
public enum StatusFilter {
    /** At least one registration without 解除日 (held now). */
    ACTIVE,
    /** Registrations exist, all released (解除済み): no longer held. */
    RELEASED,
    /** Every person, held or released. */
    ALL
}
