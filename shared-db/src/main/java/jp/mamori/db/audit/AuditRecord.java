package jp.mamori.db.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the 操作ログ (operation log) as stored, including its place in the hash chain.
 *
 * <p>{@code seq}, {@code at}, {@code prevHash} and {@code rowHash} are always set by the server's
 * chain trigger; the identity fields are stamped by the server from the authenticated session.
 */
public record AuditRecord(
        long seq,
        Instant at,
        String userName,
        String roleCode,
        String sectionCode,
        String terminalId,
        String screen,
        String action,
        String target,
        AuditOutcome outcome,
        String detail,
        String prevHash,
        String rowHash) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(roleCode, "roleCode");
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(rowHash, "rowHash");
    }

    /** The hash this row's content yields with its stored predecessor hash. */
    public String computedHash() {
        return ChainHash.rowHash(this);
    }
}
