package jp.mamori.db.domain;

/**
 * Completeness of one linkage duty, for the summary chart: how many persons are confirmed,
 * pending and overdue, for setting and for releasing the flags.
 *
 * @param dutyId          duty id
 * @param sectionCode     the duty's section
 * @param sectionName     its name
 * @param businessName    業務
 * @param systemName      システム
 * @param setConfirmed    persons held now whose flags the duty confirmed set
 * @param setPending      persons held now whose flags are not confirmed set
 * @param setOverdue      of those, older than {@code worklist.overdueDays}
 * @param releaseConfirmed released persons whose flags the duty confirmed released
 * @param releasePending  released persons whose flags are not confirmed released
 * @param releaseOverdue  of those, older than {@code worklist.overdueDays}
 */
public record DutySummary(int dutyId, String sectionCode, String sectionName, String businessName, String systemName,
        int setConfirmed, int setPending, int setOverdue, int releaseConfirmed, int releasePending,
        int releaseOverdue) {
}
