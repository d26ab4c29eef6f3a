package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.proc.SectionGate.Right;

/** The counts a clerk or chief sees at login: approvals waiting, flag work open and overdue, reviews due. */
public final class WorkCountProcedures {

    static final Operation COUNTS = Operation.of("WORK_COUNTS", StaffRole.CLERK, StaffRole.CHIEF);

    private WorkCountProcedures() {
    }

    /**
     * API.WORK_COUNTS(screen): one row for the caller's section — pending release and deletion
     * requests (a 保有課), open and overdue SET and RELEASE items of its duties (a 利用課), and
     * registrations due for review (a 保有課); zero where the section has no such role.
     */
    public static ResultSet counts(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return WorkColumns.counts();
        }
        return ProcedureRunner.run(conn, COUNTS, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.EITHER);
            boolean holding = SectionGate.has(h, section, Right.HOLDING);
            boolean linkage = SectionGate.has(h, section, Right.LINKAGE);
            int pending = holding ? h.createQuery("""
                    SELECT COUNT(*) FROM MAMORI.RELEASE_REQUEST WHERE SECTION_CODE = :section AND STATUS = 'PENDING'""")
                    .bind("section", section).mapTo(Integer.class).one() : 0;
            int[] open = linkage ? FlagWorkProcedures.openCounts(h, section) : new int[4];
            int review = holding ? ReviewProcedures.dueCount(h, section) : 0;
            SimpleResultSet rs = WorkColumns.counts();
            rs.addRow(pending, open[0], open[1], open[2], open[3], review);
            note.detail("pending", pending).detail("setOpen", open[0]).detail("releaseOpen", open[2])
                    .detail("reviewDue", review);
            return rs;
        });
    }
}
