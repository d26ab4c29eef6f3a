package jp.mamori.db.domain;

import java.time.LocalDateTime;

/**
 * 訂正履歴: one field of one correction of a person, as only a section holding the person reads it.
 *
 * @param version     the person's version the correction made
 * @param changedAt   when (UTC)
 * @param changedBy   the user who corrected
 * @param sectionCode the section of that user
 * @param field       nameKanji, nameKana, sex or birthDate
 * @param before      the value before
 * @param after       the value after
 */
public record PersonChange(int version, LocalDateTime changedAt, String changedBy, String sectionCode, String field,
        String before, String after) {
}
