package jp.mamori.db.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a section's flag worklist: a person, a duty of the section, and whether the two
 * flags have been confirmed set (or released) in the duty's system.
 *
 * @param personId        person id
 * @param addresseeNumber 団体内統合宛名番号, to find the person in the duty's system
 * @param nameKanji       氏名
 * @param nameKana        氏名カナ
 * @param dutyId          duty id
 * @param businessName    業務
 * @param systemName      システム
 * @param kind            set or release
 * @param status          open or done
 * @param dueSince        the day the work became due
 * @param ageDays         days since then
 * @param overdue         older than {@code worklist.overdueDays} and still open
 * @param confirmedBy     user name who confirmed, or {@code null}
 * @param confirmedAt     when, or {@code null}
 */
public record FlagWorkItem(long personId, String addresseeNumber, String nameKanji, String nameKana, int dutyId,
        String businessName, String systemName, FlagWorkKind kind, FlagWorkStatus status, LocalDate dueSince,
        int ageDays, boolean overdue, String confirmedBy, OffsetDateTime confirmedAt) {
}
