package jp.mamori.db.client;

import java.util.List;
import org.jdbi.v3.core.mapper.Nested;
import java.util.Objects;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.domain.DutySummary;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.WorkCounts;
import jp.mamori.db.domain.Worklist;

/**
 * フラグ設定・解除の確認: the flag worklists of a 利用課, their confirmation, the per-duty summary and
 * the login counts, used as {@code session.procedures(FlagWorkApi.class)}. Every method is one
 * audited server call; a refusal arrives as {@link ServerRefusal} with a stable code:
 * <ul>
 *   <li>{@code denied.role}, {@code denied.section} (a section without linkage duties, or another
 *       section's duty), {@code denied.session*};</li>
 *   <li>{@code invalid.input} (first argument: the field's message key, e.g.
 *       {@code input.flagKind.invalid}), {@code invalid.screen};</li>
 *   <li>{@code notfound.duty}, {@code notfound.flagWork} (no such item for that person and duty);</li>
 *   <li>{@code conflict.alreadyConfirmed}, {@code conflict.notNeeded} (the item was closed with the
 *       person's release), {@code conflict.dutyInactive};</li>
 *   <li>{@code error.internal}, {@code connection.lost}, {@code error.unexpected}.</li>
 * </ul>
 */
public final class FlagWorkApi {

    private final ProcedureCaller calls;

    public FlagWorkApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** The SET or RELEASE worklist of the caller's section, open items oldest first, then (optionally) confirmed ones. */
    public Worklist worklist(String screen, FlagWorkKind kind, boolean includeDone) {
        List<WorklistRow> rows = calls.rows(Procedure.FLAG_WORKLIST, WorklistRow.class, screen, kind.name(),
                includeDone);
        return new Worklist(rows.stream().map(WorklistRow::item).toList(),
                !rows.isEmpty() && rows.get(0).truncated());
    }

    /** Confirms that the flags are set (SET) or released (RELEASE) for the person in the duty's system. */
    public void confirm(String screen, long personId, int dutyId, FlagWorkKind kind) {
        calls.run(Procedure.FLAG_CONFIRM, screen, personId, dutyId, kind.name());
    }

    /** Per active duty of every 利用課: confirmed, pending and overdue counts, for the chart. */
    public List<DutySummary> summary(String screen) {
        return calls.rows(Procedure.FLAG_SUMMARY, DutySummary.class, screen);
    }

    /** The caller's section's counts for the login screen. */
    public WorkCounts counts(String screen) {
        List<WorkCounts> rows = calls.rows(Procedure.WORK_COUNTS, WorkCounts.class, screen);
        if (rows.size() != 1) {
            throw new ServerRefusal(jp.mamori.db.contract.RefusalCode.ERROR_UNEXPECTED, List.of(), null);
        }
        return rows.get(0);
    }

    /** A worklist row: the item and the TRUNCATED flag repeated on every row. */
    public record WorklistRow(@Nested FlagWorkItem item, boolean truncated) {
    }
}
