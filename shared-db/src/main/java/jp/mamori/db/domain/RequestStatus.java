package jp.mamori.db.domain;

/** The state of a release or deletion request. */
public enum RequestStatus {
    /** 承認待ち */
    PENDING,
    /** 承認済み */
    APPROVED,
    /** 却下 */
    REJECTED,
    /** 取下げ (by the requester) */
    WITHDRAWN
}
