package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.h2.tools.SimpleResultSet;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.auth.LoginContext;
import jp.mamori.db.auth.PasswordHasher;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.persistence.CatalogueDao;
import jp.mamori.db.persistence.StaffDao;
import jp.mamori.db.server.ServerContext;

/**
 * 利用者管理 (ADR 0015): create staff, change role or section, disable and enable, reset the
 * password, list. Administrator only; no victim data is reachable from here.
 *
 * <p>A person who leaves a section (another section, or a role without a section) has their pending
 * release and deletion requests of that section withdrawn: the section decides only requests of its
 * current members, and the chief who would approve must be able to ask the requester. The number
 * withdrawn is the procedure's result and the request ids are in the audit row. A clerk who becomes
 * the chief of the same section keeps them (and still cannot decide them: never one's own request).
 * Disabling keeps them: it is temporary, and the chief sees who asked.
 */
public final class StaffAdminProcedures {

    static final Operation LIST = Operation.of("STAFF_LIST", StaffRole.ADMIN);
    static final Operation CREATE = Operation.of("STAFF_CREATE", StaffRole.ADMIN);
    static final Operation CHANGE = Operation.of("STAFF_CHANGE", StaffRole.ADMIN);
    static final Operation SET_ACTIVE = Operation.of("STAFF_SET_ACTIVE", StaffRole.ADMIN);
    static final Operation RESET_PASSWORD = Operation.of("STAFF_RESET_PASSWORD", StaffRole.ADMIN);

    private static final Columns COLUMNS = new Columns()
            .text("USER_NAME", 32).text("DISPLAY_NAME", 64).text("ROLE_CODE", 16).text("SECTION_CODE", 16)
            .bool("ACTIVE").bool("LOCKED").integer("FAILED_LOGINS").bool("MUST_CHANGE_PASSWORD")
            .text("LAST_LOGIN_AT", 40).integer("VALID_CERTIFICATES").text("NEXT_EXPIRY", 40);

    private StaffAdminProcedures() {
    }

    /** API.ADMIN_STAFF_LIST(screen): every staff member with state, valid certificates and last login. */
    public static ResultSet list(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LIST, screen, (h, caller, note) -> {
            SimpleResultSet rs = COLUMNS.newResult();
            List<StaffDao.StaffRow> rows = h.attach(StaffDao.class).list(now());
            for (StaffDao.StaffRow r : rows) {
                rs.addRow(r.userName(), r.displayName(), r.roleCode(), r.sectionCode(), r.active(), r.locked(),
                        r.failedLogins(), r.mustChangePassword(), text(r.lastLoginAt()), r.validCertificates(),
                        text(r.nextExpiry()));
            }
            note.detail("rows", rows.size());
            return rs;
        });
    }

    /**
     * API.ADMIN_STAFF_CREATE(screen, userName, displayName, role, sectionCode): a new account with a
     * one-time password, returned once and stored only as its hash; the change is forced at the first
     * login. The account has no certificate yet: issue one with API.ADMIN_CERT_ISSUE.
     */
    public static String create(Connection conn, String screen, String userName, String displayName, String role,
            String sectionCode) throws SQLException {
        return ProcedureRunner.run(conn, CREATE, screen, (h, caller, note) -> {
            note.target(userName);
            String user = AdminInput.loginId(userName);
            String name = AdminInput.displayName(displayName);
            StaffRole staffRole = AdminInput.role(role);
            String section = sectionFor(h, staffRole, sectionCode);
            note.detail("role", staffRole.name()).detail("section", section == null ? "-" : section);
            StaffDao staff = h.attach(StaffDao.class);
            if (staff.exists(user)) {
                throw new Refusal(RefusalCode.CONFLICT_STAFF_EXISTS);
            }
            char[] password = OneTimePasswords.generate();
            staff.insert(user, name, staffRole.name(), section, new PasswordHasher().hash(password));
            return new String(password);
        });
    }

    /**
     * API.ADMIN_STAFF_CHANGE(screen, userName, role, sectionCode): a new role or section; returns how
     * many pending requests of the person were withdrawn (see the class comment).
     */
    public static int change(Connection conn, String screen, String userName, String role, String sectionCode)
            throws SQLException {
        return ProcedureRunner.run(conn, CHANGE, screen, (h, caller, note) -> {
            note.target(userName);
            StaffRole staffRole = AdminInput.role(role);
            String section = sectionFor(h, staffRole, sectionCode);
            note.detail("role", staffRole.name()).detail("section", section == null ? "-" : section);
            StaffDao staff = h.attach(StaffDao.class);
            Optional<String> current = staff.lockRole(userName);
            if (current.isEmpty()) {
                throw new Refusal(RefusalCode.NOTFOUND_STAFF);
            }
            refuseSelf(caller, userName);
            if (current.get().equals(StaffRole.ADMIN.name()) && staffRole != StaffRole.ADMIN) {
                requireAnotherAdmin(h, userName);
            }
            String oldSection = staff.sectionOf(userName);
            if (current.get().equals(staffRole.name()) && oldSection.equals(section == null ? "" : section)) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            int withdrawn = 0;
            if (!oldSection.isEmpty() && !oldSection.equals(section == null ? "" : section)) {
                List<Long> ids = staff.pendingRequestIds(userName, oldSection);
                withdrawn = staff.withdrawPendingRequests(userName, oldSection, now());
                note.detail("withdrawn", ids.isEmpty() ? "-" : ids.toString());
            }
            staff.changeRole(userName, staffRole.name(), section);
            note.detail("from", current.get() + "/" + (oldSection.isEmpty() ? "-" : oldSection));
            return withdrawn;
        });
    }

    /**
     * API.ADMIN_STAFF_SET_ACTIVE(screen, userName, active): disables (利用停止) or enables an account.
     * A disabled account's next login opens only a restricted session that says so.
     */
    public static void setActive(Connection conn, String screen, String userName, boolean active) throws SQLException {
        ProcedureRunner.run(conn, SET_ACTIVE, screen, (h, caller, note) -> {
            note.target(userName).detail("active", active);
            StaffDao staff = h.attach(StaffDao.class);
            Optional<String> current = staff.lockRole(userName);
            if (current.isEmpty()) {
                throw new Refusal(RefusalCode.NOTFOUND_STAFF);
            }
            refuseSelf(caller, userName);
            if (!active && current.get().equals(StaffRole.ADMIN.name())) {
                requireAnotherAdmin(h, userName);
            }
            if (staff.setActive(userName, active) != 1) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            return null;
        });
    }

    /**
     * API.ADMIN_STAFF_RESET_PASSWORD(screen, userName): a new one-time password, returned once; the
     * lock-out is cleared and the change forced — also for a session of that person still open.
     */
    public static String resetPassword(Connection conn, String screen, String userName) throws SQLException {
        return ProcedureRunner.run(conn, RESET_PASSWORD, screen, (h, caller, note) -> {
            note.target(userName);
            char[] password = OneTimePasswords.generate();
            if (h.attach(StaffDao.class).setOneTimePassword(userName, new PasswordHasher().hash(password)) != 1) {
                throw new Refusal(RefusalCode.NOTFOUND_STAFF);
            }
            return new String(password);
        });
    }

    /** Clerks and chiefs belong to an active section that holds or uses the data; other roles to none. */
    private static String sectionFor(Handle h, StaffRole role, String sectionCode) throws Refusal {
        boolean blank = sectionCode == null || sectionCode.isEmpty();
        if (!role.worksWithRegistry()) {
            if (!blank) {
                throw AdminInput.invalid(AdminInput.SECTION_NOT_ALLOWED);
            }
            return null;
        }
        if (blank) {
            throw AdminInput.invalid(AdminInput.SECTION_INVALID);
        }
        Optional<CatalogueDao.SectionRow> section = h.attach(CatalogueDao.class).lockSection(sectionCode);
        if (section.isEmpty() || !section.get().active()) {
            throw AdminInput.invalid(AdminInput.SECTION_INVALID);
        }
        return sectionCode;
    }

    /** An administrator does not change or disable their own account (nobody would be left to undo it). */
    private static void refuseSelf(LoginContext caller, String userName) throws Refusal {
        if (caller.userName().equals(userName)) {
            throw new Refusal(RefusalCode.DENIED_SELF);
        }
    }

    private static void requireAnotherAdmin(Handle h, String userName) throws Refusal {
        if (h.attach(StaffDao.class).otherActiveAdmins(userName) == 0) {
            throw new Refusal(RefusalCode.CONFLICT_LAST_ADMIN);
        }
    }

    static OffsetDateTime now() {
        return ServerContext.get().clock().instant().atOffset(ZoneOffset.UTC);
    }

    static String text(OffsetDateTime at) {
        return at == null ? "" : at.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
