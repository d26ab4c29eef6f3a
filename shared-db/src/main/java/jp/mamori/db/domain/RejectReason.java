package jp.mamori.db.domain;

/** Why a section chief (所属長) rejected a release or deletion request; codes only. */
public enum RejectReason {
    /** 根拠が不十分 */
    INSUFFICIENT_BASIS,
    /** 対象者の誤り */
    WRONG_PERSON,
    /** 別の手続によるべき（解除ではなく削除、またはその逆） */
    OTHER_PROCEDURE
}
