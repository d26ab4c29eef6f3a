package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.persistence.StaffDao;

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

    /** API.ADMIN_LIST_STAFF(screen): the short list; API.ADMIN_STAFF_LIST has certificates and last login. */
    public static ResultSet listStaff(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return STAFF_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LIST_STAFF, screen, (h, caller, note) -> {
            SimpleResultSet rs = STAFF_COLUMNS.newResult();
            for (StaffDao.StaffRow r : h.attach(StaffDao.class).list(StaffAdminProcedures.now())) {
                rs.addRow(r.userName(), r.displayName(), r.roleCode(), r.sectionCode(), r.failedLogins(), r.locked(),
                        r.active());
            }
            note.detail("rows", "all");
            return rs;
        });
    }

    /** API.ADMIN_UNLOCK_STAFF(screen, userName): clears the lock-out of an account. */
    public static void unlockStaff(Connection conn, String screen, String userName) throws SQLException {
        ProcedureRunner.run(conn, UNLOCK_STAFF, screen, (h, caller, note) -> {
            note.target(userName);
            if (h.attach(StaffDao.class).unlock(userName) != 1) {
                throw new Refusal(RefusalCode.NOTFOUND_STAFF);
            }
            return null;
        });
    }

    /**
     * API.ADMIN_REVOKE_CERTIFICATE(screen, serial, reason): the certificate can no longer open a
     * working session; a login with it opens only a restricted session that says so.
     */
    public static void revokeCertificate(Connection conn, String screen, String serial, String reason)
            throws SQLException {
        ProcedureRunner.run(conn, REVOKE_CERTIFICATE, screen, (h, caller, note) -> {
            note.target(serial).detail("reason", reason);
            if (reason == null || !reason.matches("[a-zA-Z]{1,32}")) {
                throw new Refusal(RefusalCode.INVALID_REASON);
            }
            if (h.attach(StaffDao.class).revoke(serial, reason, StaffAdminProcedures.now()) != 1) {
                throw new Refusal(RefusalCode.NOTFOUND_CERTIFICATE);
            }
            return null;
        });
    }
}
