package jp.mamori.db.server.guard;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;

/**
 * Audit rows of what the wire guard refuses for a logged-in session. The guard knows the
 * authenticated user of the connection, not its role, section or terminal: those are "-".
 */
final class GuardAudit {

    /** A statement other than an API call (or a metadata request). */
    static final String STATEMENT_REFUSED = "STATEMENT_REFUSED";
    /** An API call with the wrong number or type of arguments, or over the rate. */
    static final String CALL_REFUSED = "CALL_REFUSED";
    /** Alert for the security officer: a session went over its call rate. */
    static final String RATE_LIMIT = "RATE_LIMIT";

    private static final Logger LOG = LoggerFactory.getLogger(GuardAudit.class);

    private final Jdbi jdbi;

    GuardAudit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Writes one DENIED row; a failure is logged and the refusal stands. */
    void denied(String user, String action, String target, AuditDetail detail) {
        try (Handle h = jdbi.open()) {
            h.begin();
            AuditWriter.append(h.getConnection(),
                    new AuditEntry(user, "-", "-", "-", "-", action, target, AuditOutcome.DENIED, detail));
            h.commit();
        } catch (Exception e) {
            LOG.error("the audit row of a refused {} could not be written", action, e);
        }
    }
}
