package jp.mamori.db.client;

import java.util.List;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
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
public interface FlagWorkApi {

    /**
     * Rows fetched per round trip: a whole worklist in one, since every further round trip to the
     * server costs tens of milliseconds.
     */
    int RESULT_FETCH_SIZE = 10_001;

    /** The SET or RELEASE worklist of the caller's section, open items oldest first, then (optionally) confirmed ones. */
    default Worklist worklist(String screen, FlagWorkKind kind, boolean includeDone) {
        List<WorklistRow> rows = worklistCall(screen, kind.name(), includeDone);
        return new Worklist(rows.stream().map(WorklistRow::item).toList(),
                !rows.isEmpty() && rows.get(0).truncated());
    }

    /** The wire form of {@link #worklist(String, FlagWorkKind, boolean)}. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.FLAG_WORKLIST(:screen, :kind, :includeDone)")
    @RegisterConstructorMapper(WorklistRow.class)
    List<WorklistRow> worklistCall(@Bind("screen") String screen, @Bind("kind") String kind,
            @Bind("includeDone") boolean includeDone);

    /** Confirms that the flags are set (SET) or released (RELEASE) for the person in the duty's system. */
    default void confirm(String screen, long personId, int dutyId, FlagWorkKind kind) {
        confirmCall(screen, personId, dutyId, kind.name());
    }

    /** The wire form of {@link #confirm(String, long, int, FlagWorkKind)}. */
    @SqlCall("CALL API.FLAG_CONFIRM(:screen, :personId, :dutyId, :kind)")
    void confirmCall(@Bind("screen") String screen, @Bind("personId") long personId, @Bind("dutyId") int dutyId,
            @Bind("kind") String kind);

    /** Per active duty of every 利用課: confirmed, pending and overdue counts, for the chart. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.FLAG_SUMMARY(:screen)")
    @RegisterConstructorMapper(DutySummary.class)
    List<DutySummary> summary(@Bind("screen") String screen);

    /** The caller's section's counts for the login screen. */
    @SqlQuery("CALL API.WORK_COUNTS(:screen)")
    @RegisterConstructorMapper(WorkCounts.class)
    WorkCounts counts(@Bind("screen") String screen);

    /** A worklist row: the item and the TRUNCATED flag repeated on every row. */
    record WorklistRow(@Nested FlagWorkItem item, boolean truncated) {
    }
}
