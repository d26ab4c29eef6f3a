package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.db.auth.PasswordHasher;
import jp.mamori.db.contract.ArgumentError;
import jp.mamori.db.auth.PasswordPolicy;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.persistence.StaffDao;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.Settings;

/**
 * パスワード変更 (ADR 0015): every user changes their own password; a session whose password is a
 * one-time password may do nothing else first. The current password is checked again (a wrong one
 * counts towards the lock-out like a wrong login); the new one must pass {@link PasswordPolicy}.
 * Neither password is written to the audit row.
 */
public final class PasswordProcedures {

    static final Operation CHANGE = Operation.passwordChange("PASSWORD_CHANGE");

    private PasswordProcedures() {
    }

    /** API.CHANGE_PASSWORD(screen, currentPassword, newPassword) */
    public static void changePassword(Connection conn, String screen, String currentPassword, String newPassword)
            throws SQLException {
        ProcedureRunner.run(conn, CHANGE, screen, (h, caller, note) -> {
            note.target(caller.userName());
            StaffDao staff = h.attach(StaffDao.class);
            StaffDao.Credentials credentials = staff.credentials(caller.userName())
                    .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_STAFF));
            note.detail("oneTime", credentials.mustChangePassword());
            if (currentPassword == null || !PasswordHasher.matches(currentPassword.toCharArray(),
                    credentials.passwordHash())) {
                countFailure(caller.userName());
                throw new Refusal(RefusalCode.INVALID_CURRENT_PASSWORD);
            }
            char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
            List<String> context = new ArrayList<>(List.of(caller.userName(), credentials.displayName()));
            organisation().ifPresent(context::add);
            Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password, context);
            if (problem.isPresent()) {
                throw AdminInput.invalid(problem.get().messageKey(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH);
            }
            if (PasswordHasher.matches(password, credentials.passwordHash())) {
                throw AdminInput.invalid(ArgumentError.PASSWORD_UNCHANGED.key(), PasswordPolicy.MIN_LENGTH,
                        PasswordPolicy.MAX_LENGTH);
            }
            staff.setPassword(caller.userName(), new PasswordHasher().hash(password), StaffAdminProcedures.now());
            return null;
        });
    }

    /** The organisation (city) named in the CA certificate, a context word. */
    private static Optional<String> organisation() {
        String dn = ServerContext.get().caCertificate().getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.startsWith("O=")) {
                return Optional.of(part.substring(2));
            }
        }
        return Optional.empty();
    }

    /**
     * A wrong current password counts towards the lock-out like a wrong login, committed on its own:
     * the refusal rolls the procedure's transaction back.
     */
    private static void countFailure(String userName) {
        ServerContext.get().jdbi().useHandle(h -> h.attach(StaffDao.class).countFailure(userName,
                StaffAdminProcedures.now(), Settings.intValue(h, "login.maxFailures", 10)));
    }
}
