package jp.mamori.db.server;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;

/**
 * Audit rows for the server host's own account (H2 user {@code SERVER@SERVERADMIN}): the
 * maintenance commands (backup, export-log, verify, register-terminal) and the account's logins
 * over the network (ADR 0005, threat model h-export). Who: the server account and the operating
 * system account that ran the command; what: the command and its target; when: the row's time;
 * outcome: a START row before the command acts — if it cannot be written, the command does not
 * run — and an END row with OK or ERROR.
 */
public final class OperatorAudit {

    /** USER_NAME of every row the server's own account writes. */
    public static final String ACCOUNT = Realms.SERVER_ADMIN_USER + "@" + Realms.SERVER_ADMIN;
    private static final String ROLE = "SERVER";
    private static final String SCREEN = "server.tools";

    private OperatorAudit() {
    }

    /** Something the command does; may throw what the command throws. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws Exception;
    }

    /**
     * Writes the START row, runs {@code action}, writes the END row with its outcome.
     *
     * @throws Exception what the action threw, or the failure to write a row
     */
    static <T> T audited(DataSource admin, String command, String target, AuditDetail detail, Action<T> action)
            throws Exception {
        return audited(admin, command, target, detail, action, result -> "done");
    }

    /** As above; {@code result} names the outcome of a command that ran (e.g. a verification's verdict). */
    static <T> T audited(DataSource admin, String command, String target, AuditDetail detail, Action<T> action,
            java.util.function.Function<T, String> result) throws Exception {
        write(admin, command, target, AuditOutcome.OK, detail(detail).with("phase", "start"));
        T value;
        try {
            value = action.run();
        } catch (Exception e) {
            try {
                write(admin, command, target, AuditOutcome.ERROR, detail(detail).with("phase", "end")
                        .with("error", e.getClass().getSimpleName()));
            } catch (SQLException | RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        write(admin, command, target, AuditOutcome.OK, detail(detail).with("phase", "end")
                .with("result", result.apply(value)));
        return value;
    }

    /**
     * A network login to the server's own account (from loopback, the only place it is accepted).
     * Called by the realm inside the server JVM; logins of the server's in-process pool have no
     * network address and are not rows.
     */
    public static void login(String clientAddress, boolean accepted) throws SQLException {
        if (!ServerContext.isRunning()) {
            return;
        }
        write(ServerContext.get().admin(), "SERVER_LOGIN", clientAddress,
                accepted ? AuditOutcome.OK : AuditOutcome.DENIED, AuditDetail.empty());
    }

    private static AuditDetail detail(AuditDetail given) {
        // copy: START and END rows each carry the caller's pairs plus their own
        AuditDetail copy = AuditDetail.empty();
        given.entries().forEach(copy::with);
        return copy.with("osUser", System.getProperty("user.name", "?"));
    }

    private static void write(DataSource admin, String action, String target, AuditOutcome outcome, AuditDetail detail)
            throws SQLException {
        try (Connection c = admin.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                AuditWriter.append(c, new AuditEntry(ACCOUNT, ROLE, "-", "SERVER", SCREEN, action, target, outcome,
                        detail));
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
