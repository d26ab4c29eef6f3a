package jp.mamori.db.domain;

import java.time.OffsetDateTime;

/**
 * A release or deletion request waiting for the section chief's decision (承認待ち).
 *
 * @param requestId       request id
 * @param registrationId  the registration it concerns
 * @param personId        the person
 * @param addresseeNumber 団体内統合宛名番号
 * @param nameKanji       氏名
 * @param nameKana        氏名カナ
 * @param kind            解除 or 削除
 * @param basis           the basis code
 * @param requestedBy     user name of the requester
 * @param requestedAt     when it was asked
 * @param ageDays         days since it was asked (municipal calendar)
 * @param version         version to pass back when deciding
 */
public record PendingRequest(long requestId, long registrationId, long personId, String addresseeNumber,
        String nameKanji, String nameKana, ReleaseKind kind, ReleaseBasis basis, String requestedBy,
        OffsetDateTime requestedAt, int ageDays, int version) {
}
