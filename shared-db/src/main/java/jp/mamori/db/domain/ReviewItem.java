package jp.mamori.db.domain;

import java.time.LocalDate;

/**
 * A registration due for review (要確認): active, and {@code review.periodDays} have passed since
 * its 入力日 or its last review. Nothing is ever released automatically.
 *
 * @param registrationId  registration id
 * @param personId        person id
 * @param addresseeNumber 団体内統合宛名番号
 * @param nameKanji       氏名
 * @param nameKana        氏名カナ
 * @param inputDate       入力日
 * @param lastReviewedOn  last confirmed review, or {@code null}
 * @param dueOn           the day the review became due
 * @param daysOverdue     days since {@code dueOn}
 * @param version         the registration's version
 */
public record ReviewItem(long registrationId, long personId, String addresseeNumber, String nameKanji,
        String nameKana, LocalDate inputDate, LocalDate lastReviewedOn, LocalDate dueOn, int daysOverdue,
        int version) {
}
