package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.auth.LoginContext;
import jp.mamori.db.auth.LoginStatus;
import jp.mamori.db.auth.SessionEnd;
import jp.mamori.db.auth.SessionLiveness;
import jp.mamori.db.persistence.StaffDao;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.contract.RefusalCode;

/**
 * The one path of every procedure (ADR 0003): identify the caller from the session, authorise,
 * do the work and write the audit row in one transaction on the server's administrative
 * connection. A refusal is rolled back and audited as DENIED; any other failure is rolled back,
 * audited as ERROR and reported without internals. If the audit row cannot be written, the work
 * is rolled back and the client gets an error.
 */
public final class ProcedureRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureRunner.class);
    private static final String SCREEN_PATTERN = "[a-z][a-z0-9._-]{0,63}";

    private ProcedureRunner() {
    }

    public static <T> T run(Connection conn, Operation operation, String screen, Work<T> work) throws SQLException {
        Optional<LoginContext> found = Caller.of(conn);
        String screenId = screen != null && screen.matches(SCREEN_PATTERN) ? screen : "invalid";
        AuditNote note = new AuditNote();
        try (Handle handle = ServerContext.get().jdbi().open()) {
            if (found.isEmpty()) {
                String user = conn.getMetaData().getUserName();
                audit(handle, new AuditEntry(user == null ? "?" : user.toLowerCase(Locale.ROOT), "-", "-", "-",
                        screenId, operation.action(), "", AuditOutcome.DENIED, AuditDetail.of("code", RefusalCode.DENIED_SESSION.wire())));
                throw new Refusal(RefusalCode.DENIED_SESSION).toSqlException();
            }
            LoginContext caller = found.get();
            handle.begin();
            try {
                requireLive(conn, caller);
                authorise(caller, operation, screenId);
                requirePasswordChanged(handle, caller, operation);
                T result = work.apply(handle, caller, note);
                AuditWriter.append(handle.getConnection(), entry(caller, screenId, operation, note, AuditOutcome.OK,
                        note.detail()));
                for (AuditNote.Alert alert : note.alerts()) {
                    AuditWriter.append(handle.getConnection(), new AuditEntry(caller.userName(), caller.role().name(),
                            caller.sectionCode().isEmpty() ? "-" : caller.sectionCode(), caller.terminalId(), screenId,
                            alert.action(), note.target(), AuditOutcome.OK, alert.detail()));
                }
                handle.commit();
                return result;
            } catch (Refusal refusal) {
                rollbackQuietly(handle);
                try {
                    audit(handle, entry(caller, screenId, operation, note, AuditOutcome.DENIED,
                            note.detail().with("code", refusal.code())));
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(handle);
                    LOG.error("the audit row of a refused procedure could not be written", e);
                    throw internalError();
                }
                throw refusal.toSqlException();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(handle);
                LOG.error("procedure {} failed", operation.action(), e);
                auditQuietly(handle, entry(caller, screenId, operation, note, AuditOutcome.ERROR,
                        note.detail().with("error", e.getClass().getSimpleName())));
                throw internalError();
            }
        }
    }

    /** A session that was revoked, locked, disabled, left idle or kept too long answers no call (ADR 0002). */
    private static void requireLive(Connection conn, LoginContext caller) throws SQLException, Refusal {
        Optional<SessionEnd> ended = new SessionLiveness(ServerContext.get()).checkCall(caller, Caller.connection(conn));
        if (ended.isPresent()) {
            throw new Refusal(ended.get().refusalCode());
        }
    }

    private static void authorise(LoginContext caller, Operation operation, String screenId) throws Refusal {
        if (caller.status() != LoginStatus.OK && !operation.restrictedAllowed()) {
            throw new Refusal(RefusalCode.restrictedSession(caller.status().name()));
        }
        if (!operation.roles().contains(caller.role())) {
            throw new Refusal(RefusalCode.DENIED_ROLE);
        }
        if ("invalid".equals(screenId)) {
            throw new Refusal(RefusalCode.INVALID_SCREEN);
        }
    }

    /**
     * A session whose password is a one-time password (first login, reset) may only ask who it is,
     * change the password and log out (ADR 0015). Read on every call, so a reset also stops a live session.
     */
    private static void requirePasswordChanged(Handle handle, LoginContext caller, Operation operation)
            throws Refusal {
        if (!operation.beforePasswordChange()
                && handle.attach(StaffDao.class).mustChangePassword(caller.userName()).orElse(false)) {
            throw new Refusal(RefusalCode.DENIED_PASSWORD_CHANGE);
        }
    }

    private static AuditEntry entry(LoginContext caller, String screen, Operation operation, AuditNote note,
            AuditOutcome outcome, AuditDetail detail) {
        return new AuditEntry(caller.userName(), caller.role().name(),
                caller.sectionCode().isEmpty() ? "-" : caller.sectionCode(), caller.terminalId(), screen,
                operation.action(), note.target(), outcome, detail);
    }

    private static void audit(Handle handle, AuditEntry entry) throws SQLException {
        handle.begin();
        AuditWriter.append(handle.getConnection(), entry);
        handle.commit();
    }

    private static void auditQuietly(Handle handle, AuditEntry entry) {
        try {
            audit(handle, entry);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(handle);
            LOG.error("the audit row of a failed procedure could not be written", e);
        }
    }

    /** A rollback that fails (a closed database, a full disk) must not replace the answer. */
    private static void rollbackQuietly(Handle handle) {
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            LOG.error("rollback failed", e);
        }
    }

    /** What the client hears of any internal failure: no message text of the database. */
    private static SQLException internalError() {
        return new SQLException(Refusal.encode(RefusalCode.ERROR_INTERNAL.wire(), java.util.List.of()), Refusal.INTERNAL_STATE);
    }
}
