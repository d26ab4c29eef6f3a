package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.h2.tools.SimpleResultSet;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.FlagWorkStatus;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.proc.SectionGate.Right;
import jp.mamori.db.server.Settings;
import jp.mamori.db.contract.RefusalCode;

/**
 * フラグ設定・解除の確認: the worklists of the 利用課 and their confirmations (ADR 0008). A section
 * sees and confirms only the items of its own linkage duties; a confirmation records who and when
 * and is never made by the system. Audit rows name the person by id and the duty by id.
 */
public final class FlagWorkProcedures {

    static final Operation WORKLIST = Operation.of("FLAG_WORKLIST", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation CONFIRM = Operation.of("FLAG_CONFIRM", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation SUMMARY = Operation.of("FLAG_SUMMARY", StaffRole.CLERK, StaffRole.CHIEF);

    /** Setting: days after which an open item is overdue. */
    static final String OVERDUE_DAYS = "worklist.overdueDays";
    static final int DEFAULT_OVERDUE_DAYS = 14;
    /** Most items one worklist call returns; TRUNCATED tells the screen that more exist. */
    static final int MAX_ROWS = 10_000;

    private FlagWorkProcedures() {
    }

    /**
     * API.FLAG_WORKLIST(screen, kind, includeDone): the open SET or RELEASE items of the caller's
     * section's active duties, oldest first (with {@code includeDone}, the confirmed ones after
     * them), with the person's number and name, age in days and the overdue mark.
     */
    public static ResultSet worklist(Connection conn, String screen, String kind, Boolean includeDone)
            throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return WorkColumns.worklist();
        }
        return ProcedureRunner.run(conn, WORKLIST, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.LINKAGE);
            FlagWorkKind parsedKind = WorkInput.code(FlagWorkKind.class, kind, "flagKind");
            boolean done = WorkInput.required(includeDone, "includeDone");
            note.detail("kind", parsedKind.name()).detail("includeDone", done);
            int overdueDays = overdueDays(h);
            LocalDate today = MunicipalCalendar.today();
            List<Object[]> rows = h.createQuery("""
                    SELECT W.PERSON_ID, P.ADDRESSEE_NUMBER, P.NAME_KANJI, P.NAME_KANA, W.DUTY_ID, D.BUSINESS_NAME,
                           D.SYSTEM_NAME, W.KIND, W.STATUS, W.DUE_SINCE, W.CONFIRMED_BY, W.CONFIRMED_AT
                    FROM MAMORI.FLAG_WORK W
                    JOIN MAMORI.LINKAGE_DUTY D ON D.DUTY_ID = W.DUTY_ID
                    JOIN MAMORI.PERSON P ON P.PERSON_ID = W.PERSON_ID
                    WHERE D.SECTION_CODE = :section AND D.ACTIVE AND W.KIND = :kind
                      AND (W.STATUS = 'OPEN' OR W.STATUS = :also)
                    ORDER BY CASE W.STATUS WHEN 'OPEN' THEN 0 ELSE 1 END, W.DUE_SINCE, W.PERSON_ID, W.DUTY_ID
                    LIMIT :limit""").bind("section", section).bind("kind", parsedKind.name())
                    .bind("also", done ? FlagWorkStatus.DONE.name() : FlagWorkStatus.OPEN.name())
                    .bind("limit", MAX_ROWS + 1)
                    .map((r, ctx) -> {
                        LocalDate due = r.getObject(10, LocalDate.class);
                        int age = (int) ChronoUnit.DAYS.between(due, today);
                        boolean open = FlagWorkStatus.OPEN.name().equals(r.getString(9));
                        return new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                                r.getString(6), r.getString(7), r.getString(8), r.getString(9), due, age,
                                open && age > overdueDays, r.getString(11), false,
                                r.getObject(12, OffsetDateTime.class)};
                    }).list();
            boolean truncated = rows.size() > MAX_ROWS;
            SimpleResultSet rs = WorkColumns.worklist();
            for (Object[] row : truncated ? rows.subList(0, MAX_ROWS) : rows) {
                row[13] = truncated;
                rs.addRow(row);
            }
            note.detail("rows", Math.min(rows.size(), MAX_ROWS)).detail("truncated", truncated);
            return rs;
        });
    }

    /**
     * API.FLAG_CONFIRM(screen, personId, dutyId, kind): a clerk or chief of the duty's own section
     * confirms that the two flags are set (SET) or released (RELEASE) in the duty's system.
     * Another section's duty: {@code denied.section}. After the last release is confirmed for a
     * person nobody holds or has registered any more, the person row is removed.
     */
    public static void confirm(Connection conn, String screen, Long personId, Integer dutyId, String kind)
            throws SQLException {
        ProcedureRunner.run(conn, CONFIRM, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.LINKAGE);
            long person = WorkInput.required(personId, "personId");
            int duty = WorkInput.required(dutyId, "dutyId");
            note.target(Long.toString(person)).detail("duty", duty);
            FlagWorkKind parsedKind = WorkInput.code(FlagWorkKind.class, kind, "flagKind");
            note.detail("kind", parsedKind.name());
            requireOwnActiveDuty(h, section, duty);
            FlagWork.lockPerson(h, person);
            FlagWorkStatus status = h.createQuery("""
                    SELECT STATUS FROM MAMORI.FLAG_WORK WHERE PERSON_ID = :p AND DUTY_ID = :d AND KIND = :k FOR UPDATE""")
                    .bind("p", person).bind("d", duty).bind("k", parsedKind.name()).mapTo(String.class).findOne()
                    .map(FlagWorkStatus::valueOf).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_FLAG_WORK));
            if (status == FlagWorkStatus.DONE) {
                throw new Refusal(RefusalCode.CONFLICT_ALREADY_CONFIRMED);
            }
            if (status == FlagWorkStatus.NOT_NEEDED) {
                throw new Refusal(RefusalCode.CONFLICT_NOT_NEEDED);
            }
            h.createUpdate("""
                    UPDATE MAMORI.FLAG_WORK SET STATUS = 'DONE', CONFIRMED_BY = :by, CONFIRMED_AT = :at
                    WHERE PERSON_ID = :p AND DUTY_ID = :d AND KIND = :k AND STATUS = 'OPEN'""")
                    .bind("by", caller.userName()).bind("at", MunicipalCalendar.now()).bind("p", person)
                    .bind("d", duty).bind("k", parsedKind.name()).execute();
            if (parsedKind == FlagWorkKind.RELEASE) {
                note.detail("personRemoved", PersonRemoval.removeIfUnreferenced(h, person));
            }
            return null;
        });
    }

    /**
     * API.FLAG_SUMMARY(screen): per active duty of every 利用課, how many persons are confirmed,
     * pending and overdue for setting and for releasing the flags. Counts only; open to clerks and
     * chiefs of every section that holds or uses the data, so a 保有課 sees whether its persons are
     * protected everywhere and each chief sees the completeness of their own section.
     */
    public static ResultSet summary(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return WorkColumns.summary();
        }
        return ProcedureRunner.run(conn, SUMMARY, screen, (h, caller, note) -> {
            SectionGate.require(h, caller, Right.EITHER);
            LocalDate overdueBefore = MunicipalCalendar.today().minusDays(overdueDays(h));
            SimpleResultSet rs = WorkColumns.summary();
            List<Object[]> rows = h.createQuery("""
                    SELECT D.DUTY_ID, D.SECTION_CODE, S.NAME, D.BUSINESS_NAME, D.SYSTEM_NAME,
                      SUM(CASE WHEN W.KIND = 'SET' AND W.STATUS = 'DONE' AND X.PERSON_ID IS NULL THEN 1 ELSE 0 END),
                      SUM(CASE WHEN W.KIND = 'SET' AND W.STATUS = 'OPEN' THEN 1 ELSE 0 END),
                      SUM(CASE WHEN W.KIND = 'SET' AND W.STATUS = 'OPEN' AND W.DUE_SINCE < :before THEN 1 ELSE 0 END),
                      SUM(CASE WHEN W.KIND = 'RELEASE' AND W.STATUS = 'DONE' THEN 1 ELSE 0 END),
                      SUM(CASE WHEN W.KIND = 'RELEASE' AND W.STATUS = 'OPEN' THEN 1 ELSE 0 END),
                      SUM(CASE WHEN W.KIND = 'RELEASE' AND W.STATUS = 'OPEN' AND W.DUE_SINCE < :before THEN 1 ELSE 0 END)
                    FROM MAMORI.LINKAGE_DUTY D
                    JOIN MAMORI.SECTION S ON S.SECTION_CODE = D.SECTION_CODE
                    LEFT JOIN MAMORI.FLAG_WORK W ON W.DUTY_ID = D.DUTY_ID
                    LEFT JOIN MAMORI.FLAG_WORK X ON W.KIND = 'SET' AND X.PERSON_ID = W.PERSON_ID
                         AND X.DUTY_ID = W.DUTY_ID AND X.KIND = 'RELEASE'
                    WHERE D.ACTIVE AND S.ACTIVE AND S.DOES_LINKAGE
                    GROUP BY D.DUTY_ID, D.SECTION_CODE, S.NAME, D.BUSINESS_NAME, D.SYSTEM_NAME
                    ORDER BY D.SECTION_CODE, D.DUTY_ID""").bind("before", overdueBefore)
                    .map((r, ctx) -> new Object[] {r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10),
                            r.getInt(11)})
                    .list();
            rows.forEach(rs::addRow);
            note.detail("duties", rows.size());
            return rs;
        });
    }

    /**
     * Open and overdue items of the section's active duties: {set open, set overdue, release open,
     * release overdue}.
     */
    static int[] openCounts(Handle h, String section) {
        LocalDate overdueBefore = MunicipalCalendar.today().minusDays(overdueDays(h));
        return h.createQuery("""
                SELECT SUM(CASE WHEN W.KIND = 'SET' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN W.KIND = 'SET' AND W.DUE_SINCE < :before THEN 1 ELSE 0 END),
                       SUM(CASE WHEN W.KIND = 'RELEASE' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN W.KIND = 'RELEASE' AND W.DUE_SINCE < :before THEN 1 ELSE 0 END)
                FROM MAMORI.FLAG_WORK W JOIN MAMORI.LINKAGE_DUTY D ON D.DUTY_ID = W.DUTY_ID
                WHERE D.SECTION_CODE = :section AND D.ACTIVE AND W.STATUS = 'OPEN'""")
                .bind("before", overdueBefore).bind("section", section)
                .map((r, ctx) -> new int[] {r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)}).one();
    }

    static int overdueDays(Handle h) {
        return Math.max(0, Settings.intValue(h, OVERDUE_DAYS, DEFAULT_OVERDUE_DAYS));
    }

    /** The duty exists, belongs to the caller's section and is active. */
    private static void requireOwnActiveDuty(Handle h, String section, int duty) throws Refusal {
        record Duty(String sectionCode, boolean active) {
        }
        Duty found = h.createQuery("SELECT SECTION_CODE, ACTIVE FROM MAMORI.LINKAGE_DUTY WHERE DUTY_ID = :d")
                .bind("d", duty).map((r, ctx) -> new Duty(r.getString(1), r.getBoolean(2))).findOne()
                .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_DUTY));
        if (!found.sectionCode().equals(section)) {
            throw new Refusal(SectionGate.DENIED_SECTION);
        }
        if (!found.active()) {
            throw new Refusal(RefusalCode.CONFLICT_DUTY_INACTIVE);
        }
    }
}
