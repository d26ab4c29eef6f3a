package jp.mamori.db.server;

import jp.mamori.db.contract.Realms;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.domain.StaffRole;

/**
 * Audit rows of the server's own accounts (ADR 0005, threat model h-export) that no procedure
 * writes: their network logins, the start of a server that lets the administrator in over the
 * network ({@code --maintenance-sql on}), and the offline verification (the server stopped, no
 * procedure to call). Everything the operator does on a running server is an API.SERVER_*
 * procedure, audited by the procedure runner like every other call.
 */
public final class OperatorAudit {

    /** USER_NAME of the server host's maintenance account ({@code OPERATOR@SERVERADMIN}). */
    public static final String ACCOUNT = Realms.OPERATOR_USER + "@" + Realms.SERVER_ADMIN;
    /** USER_NAME of the server's administrator ({@code SERVER@SERVERADMIN}). */
    public static final String ADMINISTRATOR = Realms.SERVER_ADMIN_USER + "@" + Realms.SERVER_ADMIN;
    /** TERMINAL_ID of the operator's rows: the server host itself. */
    public static final String TERMINAL = "SERVER";
    private static final String SCREEN = "server.tools";

    private OperatorAudit() {
    }

    /** Something the command does; may throw what the command throws. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws Exception;
    }

    /**
     * The offline verification (server stopped): a START row before, an END row with its verdict
     * or error after; if the START row cannot be written, nothing runs.
     */
    static <T> T audited(DataSource admin, String command, String target, AuditDetail detail, Action<T> action,
            java.util.function.Function<T, String> result) throws Exception {
        write(admin, ADMINISTRATOR, command, target, AuditOutcome.OK, detail(detail).with("phase", "start"));
        T value;
        try {
            value = action.run();
        } catch (Exception e) {
            try {
                write(admin, ADMINISTRATOR, command, target, AuditOutcome.ERROR, detail(detail).with("phase", "end")
                        .with("error", e.getClass().getSimpleName()));
            } catch (SQLException | RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        write(admin, ADMINISTRATOR, command, target, AuditOutcome.OK, detail(detail).with("phase", "end")
                .with("result", result.apply(value)));
        return value;
    }

    /**
     * A network login to one of the server's accounts (from loopback, the only place they are
     * accepted). Called by the realm inside the server JVM; logins of the server's in-process pool
     * have no network address and are not rows.
     *
     * @param reason why a login was refused ({@code secret}, {@code no-network-sql}), empty if accepted
     */
    public static void login(String account, String clientAddress, boolean accepted, String reason)
            throws SQLException {
        if (!ServerContext.isRunning()) {
            return;
        }
        write(ServerContext.get().admin(), account, "SERVER_LOGIN", clientAddress,
                accepted ? AuditOutcome.OK : AuditOutcome.DENIED,
                accepted ? AuditDetail.empty() : AuditDetail.of("reason", reason));
    }

    /** The server starts with the administrator reachable over loopback (benchmarks and fault tests only). */
    static void maintenanceSqlEnabled(DataSource admin) throws SQLException {
        write(admin, ADMINISTRATOR, "MAINTENANCE_SQL", "on", AuditOutcome.OK, detail(AuditDetail.empty()));
    }

    private static AuditDetail detail(AuditDetail given) {
        // copy: START and END rows each carry the caller's pairs plus their own
        AuditDetail copy = AuditDetail.empty();
        given.entries().forEach(copy::with);
        return copy.with("osUser", System.getProperty("user.name", "?"));
    }

    private static void write(DataSource admin, String account, String action, String target, AuditOutcome outcome,
            AuditDetail detail) throws SQLException {
        try (Connection c = admin.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                AuditWriter.append(c, new AuditEntry(account, StaffRole.OPERATOR.name(), "-", TERMINAL, SCREEN, action,
                        target, outcome, detail));
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
