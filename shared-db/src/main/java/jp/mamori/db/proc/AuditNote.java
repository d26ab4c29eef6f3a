package jp.mamori.db.proc;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.audit.AuditDetail;

/**
 * What a procedure tells its audit row: the target ids and the details (criteria, counts), and any
 * alert for the security officer that the call raised (one more row, written after the call's own
 * row in the same transaction). Persons are named by id only; never a name, kana, number or date
 * of birth (ADR 0013).
 */
public final class AuditNote {

    /** An alert row: its action and details; the caller, screen and target are the call's. */
    record Alert(String action, AuditDetail detail) {
    }

    private String target = "";
    private final AuditDetail detail = AuditDetail.empty();
    private final List<Alert> alerts = new ArrayList<>();

    public AuditNote target(String value) {
        this.target = value == null ? "" : value;
        return this;
    }

    public AuditNote detail(String key, Object value) {
        detail.with(key, value);
        return this;
    }

    /** Raises an alert row with {@code action} (e.g. MASS_LOOKUP) if the call succeeds. */
    AuditNote alert(String action, AuditDetail alertDetail) {
        alerts.add(new Alert(action, alertDetail));
        return this;
    }

    String target() {
        return target;
    }

    AuditDetail detail() {
        return detail;
    }

    List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}
