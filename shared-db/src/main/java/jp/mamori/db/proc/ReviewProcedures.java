package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.h2.tools.SimpleResultSet;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.proc.ReleaseStore.Registration;
import jp.mamori.db.proc.SectionGate.Right;
import jp.mamori.db.server.Settings;
import jp.mamori.db.contract.RefusalCode;

/**
 * 要確認: the periodic review of a section's registrations (ADR 0008). A registration is due when
 * {@code review.periodDays} have passed since its 入力日 or its last confirmed review. Confirming a
 * review only records the day; nothing is ever released automatically.
 */
public final class ReviewProcedures {

    static final Operation DUE = Operation.of("REVIEW_DUE", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation CONFIRM = Operation.of("REVIEW_CONFIRM", StaffRole.CLERK, StaffRole.CHIEF);

    /** Setting: days between reviews. */
    static final String PERIOD_DAYS = "review.periodDays";
    static final int DEFAULT_PERIOD_DAYS = 365;

    private static final String DUE_WHERE = """
            WHERE R.SECTION_CODE = :section AND R.RELEASE_DATE IS NULL
              AND COALESCE(R.LAST_REVIEWED_ON, R.INPUT_DATE) <= :base""";

    private ReviewProcedures() {
    }

    /**
     * API.REVIEW_DUE(screen): the caller's section's registrations due for review, longest due
     * first, at most {@link FlagWorkProcedures#MAX_ROWS} (API.WORK_COUNTS has the full number).
     */
    public static ResultSet due(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return WorkColumns.review();
        }
        return ProcedureRunner.run(conn, DUE, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            int period = periodDays(h);
            LocalDate today = MunicipalCalendar.today();
            SimpleResultSet rs = WorkColumns.review();
            List<Object[]> rows = h.createQuery("""
                    SELECT R.REGISTRATION_ID, R.PERSON_ID, P.ADDRESSEE_NUMBER, P.NAME_KANJI, P.NAME_KANA,
                           R.INPUT_DATE, R.LAST_REVIEWED_ON, R.VERSION
                    FROM MAMORI.REGISTRATION R JOIN MAMORI.PERSON P ON P.PERSON_ID = R.PERSON_ID
                    """ + DUE_WHERE + " ORDER BY COALESCE(R.LAST_REVIEWED_ON, R.INPUT_DATE), R.REGISTRATION_ID LIMIT :limit")
                    .bind("section", section).bind("limit", FlagWorkProcedures.MAX_ROWS).bind("base", today.minusDays(period))
                    .map((r, ctx) -> {
                        LocalDate input = r.getObject(6, LocalDate.class);
                        LocalDate reviewed = r.getObject(7, LocalDate.class);
                        LocalDate dueOn = (reviewed == null ? input : reviewed).plusDays(period);
                        return new Object[] {r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                                r.getString(5), input, reviewed, dueOn, (int) ChronoUnit.DAYS.between(dueOn, today),
                                r.getInt(8)};
                    }).list();
            rows.forEach(rs::addRow);
            note.detail("rows", rows.size()).detail("periodDays", period);
            return rs;
        });
    }

    /**
     * API.REVIEW_CONFIRM(screen, registrationId): records today as the last review of an active
     * registration of the caller's section; returns its new version.
     */
    public static Integer confirm(Connection conn, String screen, Long registrationId) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return null;
        }
        return ProcedureRunner.run(conn, CONFIRM, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            long id = WorkInput.required(registrationId, "registrationId");
            note.detail("registration", id);
            Registration r = ReleaseStore.registration(h, id, true)
                    .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_REGISTRATION));
            note.target(Long.toString(r.personId()));
            if (!r.sectionCode().equals(section)) {
                throw new Refusal(SectionGate.DENIED_SECTION);
            }
            if (!r.active()) {
                throw new Refusal(RefusalCode.CONFLICT_RELEASED);
            }
            LocalDate today = MunicipalCalendar.today();
            boolean wasDue = h.createQuery("SELECT COUNT(*) FROM MAMORI.REGISTRATION R " + DUE_WHERE
                    + " AND R.REGISTRATION_ID = :id").bind("section", section)
                    .bind("base", today.minusDays(periodDays(h))).bind("id", id).mapTo(Integer.class).one() > 0;
            h.createUpdate("""
                    UPDATE MAMORI.REGISTRATION SET LAST_REVIEWED_ON = :today, VERSION = VERSION + 1
                    WHERE REGISTRATION_ID = :id""").bind("today", today).bind("id", id).execute();
            note.detail("wasDue", wasDue);
            return r.version() + 1;
        });
    }

    /** Registrations of the section due for review now. */
    static int dueCount(Handle h, String section) {
        return h.createQuery("SELECT COUNT(*) FROM MAMORI.REGISTRATION R " + DUE_WHERE)
                .bind("section", section).bind("base", MunicipalCalendar.today().minusDays(periodDays(h)))
                .mapTo(Integer.class).one();
    }

    static int periodDays(Handle h) {
        return Math.max(1, Settings.intValue(h, PERIOD_DAYS, DEFAULT_PERIOD_DAYS));
    }
}
