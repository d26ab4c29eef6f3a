package jp.mamori.db.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.Settings;

/**
 * Whether a live session may go on (ADR 0002): its account still active and unlocked, its
 * certificate unrevoked and valid, its terminal still designated, its last call within the idle
 * time ({@code client.idleLockMinutes}) and its login within the maximum age
 * ({@code session.maxAgeHours}). Checked at every procedure call and by the {@link SessionReaper};
 * the first to find a reason ends the session: LOGIN_SESSION row and one audit row.
 */
public final class SessionLiveness {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLiveness.class);

    /** What the database says of a session's account, certificate and terminal now. */
    record Standing(boolean staffActive, boolean staffLocked, boolean certificateRevoked, Instant certificateNotAfter,
            boolean terminalActive) {
    }

    /** The limits of time, read once per check or sweep. */
    record Limits(Duration idle, Duration maxAge) {

        static Limits read(Handle h) {
            return new Limits(Duration.ofMinutes(Settings.intValue(h, "client.idleLockMinutes", 15)),
                    Duration.ofHours(Settings.intValue(h, "session.maxAgeHours", 12)));
        }
    }

    private final ServerContext server;
    private final Jdbi jdbi;

    public SessionLiveness(ServerContext server) {
        this.server = server;
        this.jdbi = server.jdbi();
    }

    /**
     * The check at the start of a procedure call: why the session has ended, or empty — then the
     * call counts as activity.
     */
    public Optional<SessionEnd> checkCall(LoginContext login, org.h2.util.NetworkConnectionInfo connection) {
        Optional<LiveSession> found = SessionRegistry.session(connection);
        if (found.isEmpty()) {
            return Optional.of(SessionEnd.CLOSED);
        }
        LiveSession session = found.get();
        if (session.ended() != null) {
            return Optional.of(session.ended());
        }
        Instant now = server.clock().instant();
        Optional<SessionEnd> reason = jdbi.withHandle(h -> reason(session, standing(h, login.loginId()), Limits.read(h), now));
        if (reason.isPresent()) {
            end(session, reason.get(), now);
            return Optional.ofNullable(session.ended());
        }
        session.called(now);
        return Optional.empty();
    }

    /** Why the session must end at {@code now}, or empty. */
    static Optional<SessionEnd> reason(LiveSession session, Optional<Standing> standing, Limits limits, Instant now) {
        if (standing.isEmpty()) {
            return Optional.of(SessionEnd.DISABLED);
        }
        Standing s = standing.get();
        if (!s.staffActive()) {
            return Optional.of(SessionEnd.DISABLED);
        }
        if (s.staffLocked()) {
            return Optional.of(SessionEnd.LOCKED);
        }
        if (s.certificateRevoked()) {
            return Optional.of(SessionEnd.REVOKED);
        }
        if (s.certificateNotAfter() == null || !now.isBefore(s.certificateNotAfter())) {
            return Optional.of(SessionEnd.EXPIRED);
        }
        if (!s.terminalActive()) {
            return Optional.of(SessionEnd.TERMINAL);
        }
        if (!now.isBefore(session.login().loggedInAt().plus(limits.maxAge()))) {
            return Optional.of(SessionEnd.MAX_AGE);
        }
        if (!now.isBefore(session.lastCall().plus(limits.idle()))) {
            return Optional.of(SessionEnd.IDLE);
        }
        return Optional.empty();
    }

    static Optional<Standing> standing(Handle h, long loginId) {
        return h.createQuery("""
                SELECT s.ACTIVE, s.LOCKED_AT IS NOT NULL, c.REVOKED_AT IS NOT NULL, c.NOT_AFTER,
                       COALESCE(t.ACTIVE, FALSE)
                FROM MAMORI.LOGIN_SESSION l
                JOIN MAMORI.STAFF s ON s.USER_NAME = l.USER_NAME
                LEFT JOIN MAMORI.STAFF_CERTIFICATE c ON c.SERIAL = l.CERT_SERIAL
                LEFT JOIN MAMORI.TERMINAL t ON t.TERMINAL_ID = l.TERMINAL_ID
                WHERE l.LOGIN_ID = :id
                """).bind("id", loginId)
                .map((rs, ctx) -> new Standing(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class) == null ? null
                                : rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(5)))
                .findOne();
    }

    /** Ends the session once: its LOGIN_SESSION row and an audit row, in one transaction. */
    void end(LiveSession session, SessionEnd reason, Instant now) {
        if (!session.end(reason)) {
            return;
        }
        LoginContext login = session.login();
        try {
            jdbi.<java.sql.SQLException>useTransaction(h -> {
                h.createUpdate("""
                        UPDATE MAMORI.LOGIN_SESSION SET ENDED_AT = :now, END_REASON = :reason
                        WHERE LOGIN_ID = :id AND ENDED_AT IS NULL
                        """).bind("now", LoginDirectory.utc(now)).bind("reason", reason.name())
                        .bind("id", login.loginId()).execute();
                AuditWriter.append(h.getConnection(), new AuditEntry(login.userName(), login.role().name(),
                        login.sectionCode().isEmpty() ? "-" : login.sectionCode(), login.terminalId(), "session",
                        "SESSION_END", login.userName(), AuditOutcome.OK,
                        AuditDetail.of("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                                .with("login", login.loginId())));
            });
        } catch (java.sql.SQLException | RuntimeException e) {
            // The session is refused and closed all the same; only its record is missing.
            LOG.error("the end of session {} could not be recorded", login.loginId(), e);
        }
    }
}
