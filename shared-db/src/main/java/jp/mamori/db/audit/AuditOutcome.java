package jp.mamori.db.audit;

/** Outcome of an audited action. */
public enum AuditOutcome {
    /** 成功 */
    OK,
    /** 拒否: the server refused the action (authorisation, validation or conflict). */
    DENIED,
    /** エラー: the action failed for a technical reason. */
    ERROR
}
