package jp.mamori.db.proc;

import jp.mamori.db.audit.AuditDetail;

/** What a procedure tells its audit row: the target ids and the details (criteria, counts). */
public final class AuditNote {

    private String target = "";
    private final AuditDetail detail = AuditDetail.empty();

    public AuditNote target(String value) {
        this.target = value == null ? "" : value;
        return this;
    }

    public AuditNote detail(String key, Object value) {
        detail.with(key, value);
        return this;
    }

    String target() {
        return target;
    }

    AuditDetail detail() {
        return detail;
    }
}
