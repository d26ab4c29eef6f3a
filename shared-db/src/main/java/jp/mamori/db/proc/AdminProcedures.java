package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.contract.RefusalCode;

/** システム管理者の手続: staff accounts and certificates. No victim data is reachable from here. */
public final class AdminProcedures {

    static final Operation LIST_STAFF = Operation.of("STAFF_LIST", StaffRole.ADMIN);
    static final Operation UNLOCK_STAFF = Operation.of("STAFF_UNLOCK", StaffRole.ADMIN);
    static final Operation REVOKE_CERTIFICATE = Operation.of("CERT_REVOKE", StaffRole.ADMIN);

    private static final Columns STAFF_COLUMNS = new Columns()
            .text("USER_NAME", 32).text("DISPLAY_NAME", 64).text("ROLE_CODE", 16).text("SECTION_CODE", 16)
            .integer("FAILED_LOGINS").bool("LOCKED").bool("ACTIVE");

    private AdminProcedures() {
    }

    /** API.ADMIN_LIST_STAFF(screen) */
    public static ResultSet listStaff(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return STAFF_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LIST_STAFF, screen, (h, caller, note) -> {
            SimpleResultSet rs = STAFF_COLUMNS.newResult();
            h.createQuery("""
                    SELECT USER_NAME, DISPLAY_NAME, ROLE_CODE, COALESCE(SECTION_CODE, ''), FAILED_LOGINS,
                           LOCKED_AT IS NOT NULL, ACTIVE
                    FROM MAMORI.STAFF ORDER BY USER_NAME
                    """).map((r, ctx) -> new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getInt(5), r.getBoolean(6), r.getBoolean(7)})
                    .forEach(rs::addRow);
            note.detail("rows", "all");
            return rs;
        });
    }

    /** API.ADMIN_UNLOCK_STAFF(screen, userName): clears the lock-out of an account. */
    public static void unlockStaff(Connection conn, String screen, String userName) throws SQLException {
        ProcedureRunner.run(conn, UNLOCK_STAFF, screen, (h, caller, note) -> {
            note.target(userName);
            int changed = h.createUpdate("""
                    UPDATE MAMORI.STAFF SET LOCKED_AT = NULL, FAILED_LOGINS = 0 WHERE USER_NAME = :user
                    """).bind("user", userName).execute();
            if (changed != 1) {
                throw new Refusal(RefusalCode.NOTFOUND_STAFF);
            }
            return null;
        });
    }

    /** API.ADMIN_REVOKE_CERTIFICATE(screen, serial, reason) */
    public static void revokeCertificate(Connection conn, String screen, String serial, String reason)
            throws SQLException {
        ProcedureRunner.run(conn, REVOKE_CERTIFICATE, screen, (h, caller, note) -> {
            note.target(serial).detail("reason", reason);
            if (reason == null || !reason.matches("[a-zA-Z]{1,32}")) {
                throw new Refusal(RefusalCode.INVALID_REASON);
            }
            int changed = h.createUpdate("""
                    UPDATE MAMORI.STAFF_CERTIFICATE SET REVOKED_AT = CURRENT_TIMESTAMP, REVOKE_REASON = :reason
                    WHERE SERIAL = :serial AND REVOKED_AT IS NULL
                    """).bind("serial", serial).bind("reason", reason).execute();
            if (changed != 1) {
                throw new Refusal(RefusalCode.NOTFOUND_CERTIFICATE);
            }
            return null;
        });
    }
}
