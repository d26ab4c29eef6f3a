package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.persistence.StaffDao;
import jp.mamori.db.server.Settings;
import jp.mamori.db.contract.RefusalCode;

/** Procedures every session uses: who am I, record a screen action, log out. */
public final class SessionProcedures {

    static final Operation SESSION_INFO = new Operation("SESSION_INFO",
            java.util.EnumSet.allOf(StaffRole.class), true);
    static final Operation SCREEN_ACTION = Operation.anyRole("SCREEN_ACTION");
    static final Operation LOGOUT = new Operation("LOGOUT", java.util.EnumSet.allOf(StaffRole.class), true);

    private static final Columns SESSION_COLUMNS = new Columns()
            .text("USER_NAME", 32).text("DISPLAY_NAME", 64).text("ROLE_CODE", 16)
            .text("SECTION_CODE", 16).text("SECTION_NAME", 64).text("TERMINAL_ID", 32)
            .text("STATUS", 16).integer("IDLE_LOCK_MINUTES").integer("ADDRESSEE_NUMBER_LENGTH")
            .text("LOGGED_IN_AT", 40).bool("PASSWORD_CHANGE_REQUIRED");

    private static final String ACTION_PATTERN = "[a-z][a-z0-9._-]{0,63}";

    private SessionProcedures() {
    }

    /** API.SESSION_INFO(screen): the caller as the server knows it, including a restricted status. */
    public static ResultSet sessionInfo(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return SESSION_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, SESSION_INFO, screen, (h, caller, note) -> {
            int idle = Settings.intValue(h, "client.idleLockMinutes", 15);
            int numberLength = RegistryInput.numberLength(h);
            boolean mustChange = h.attach(StaffDao.class).mustChangePassword(caller.userName()).orElse(false);
            SimpleResultSet rs = SESSION_COLUMNS.newResult();
            rs.addRow(caller.userName(), caller.displayName(), caller.role().name(), caller.sectionCode(),
                    caller.sectionName(), caller.terminalId(), caller.status().name(), idle, numberLength,
                    OffsetDateTime.ofInstant(caller.loggedInAt(), ZoneOffset.UTC).toString(), mustChange);
            note.target(caller.userName()).detail("status", caller.status().name());
            return rs;
        });
    }

    /** API.RECORD_ACTION(screen, action, target): one audit row for a screen action that has no other call. */
    public static void recordAction(Connection conn, String screen, String action, String target) throws SQLException {
        ProcedureRunner.run(conn, SCREEN_ACTION, screen, (h, caller, note) -> {
            note.target(target == null ? "" : target);
            if (action == null || !action.matches(ACTION_PATTERN)) {
                throw new Refusal(RefusalCode.INVALID_ACTION);
            }
            note.detail("ui", action);
            return null;
        });
    }

    /** API.LOGOUT(screen): ends the session's login. */
    public static void logout(Connection conn, String screen) throws SQLException {
        ProcedureRunner.run(conn, LOGOUT, screen, (h, caller, note) -> {
            h.createUpdate("UPDATE MAMORI.LOGIN_SESSION SET ENDED_AT = CURRENT_TIMESTAMP, END_REASON = 'LOGOUT' WHERE LOGIN_ID = :id")
                    .bind("id", caller.loginId()).execute();
            note.target(caller.userName());
            return null;
        });
        Caller.forget(conn);
    }
}
