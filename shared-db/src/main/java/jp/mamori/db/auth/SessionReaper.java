package jp.mamori.db.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.util.NetworkConnectionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.server.ServerContext;

/**
 * Ends live sessions on the server (ADR 0002): every second it re-checks each open staff session
 * ({@link SessionLiveness}) and closes the H2 session of one that was revoked, locked, disabled,
 * moved off its terminal, left idle or kept too long — with H2's {@code ABORT_SESSION}, which also
 * cancels a running statement. H2's own session objects are reached through the administrative
 * embedded connection ({@code SessionLocal.getDatabase().getSessions(false)}); the staff session is
 * recognised by the very {@link NetworkConnectionInfo} object the realm saw at login.
 */
public final class SessionReaper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionReaper.class);
    /** How long a login may wait for H2 to create its session before it counts as gone. */
    private static final Duration UNSEEN_GRACE = Duration.ofSeconds(60);

    private final ServerContext server;
    private final SessionLiveness liveness;
    private final ScheduledExecutorService timer;

    public SessionReaper(ServerContext server) {
        this.server = server;
        this.liveness = new SessionLiveness(server);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mamori-session-reaper");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts sweeping every second; sessions left open by a previous run are recorded as ended by the stop. */
    public static SessionReaper start(ServerContext server) {
        server.jdbi().useHandle(h -> h.createUpdate("""
                UPDATE MAMORI.LOGIN_SESSION SET ENDED_AT = CURRENT_TIMESTAMP, END_REASON = 'SERVER_STOP'
                WHERE ENDED_AT IS NULL
                """).execute());
        SessionReaper reaper = new SessionReaper(server);
        reaper.timer.scheduleWithFixedDelay(reaper::sweepSafely, 1, 1, TimeUnit.SECONDS);
        return reaper;
    }

    private void sweepSafely() {
        try {
            sweep(server.clock().instant());
        } catch (RuntimeException | SQLException e) {
            LOG.error("session sweep failed", e);
        }
    }

    /** One pass at {@code now}: ends what must end and closes the H2 sessions of ended logins. */
    public void sweep(Instant now) throws SQLException {
        try (Connection admin = server.admin().getConnection()) {
            Map<NetworkConnectionInfo, Integer> h2Sessions = h2Sessions(admin);
            for (LiveSession session : SessionRegistry.all()) {
                Integer h2Id = h2Sessions.get(session.connection());
                if (h2Id == null) {
                    goneOrNotYetOpen(session, now);
                    continue;
                }
                session.markSeen();
                if (session.ended() == null) {
                    Optional<SessionEnd> reason = server.jdbi().withHandle(h -> SessionLiveness.reason(session,
                            SessionLiveness.standing(h, session.login().loginId()), SessionLiveness.Limits.read(h), now));
                    reason.ifPresent(r -> liveness.end(session, r, now));
                }
                if (session.ended() != null) {
                    abort(admin, h2Id);
                    SessionRegistry.forget(session);
                }
            }
        }
    }

    private void goneOrNotYetOpen(LiveSession session, Instant now) {
        if (session.seen() || session.ended() != null
                || !now.isBefore(session.login().loggedInAt().plus(UNSEEN_GRACE))) {
            liveness.end(session, SessionEnd.CLOSED, now);
            SessionRegistry.forget(session);
        }
    }

    private static Map<NetworkConnectionInfo, Integer> h2Sessions(Connection admin) throws SQLException {
        Map<NetworkConnectionInfo, Integer> ids = new IdentityHashMap<>();
        SessionLocal own = (SessionLocal) admin.unwrap(JdbcConnection.class).getSession();
        for (SessionLocal s : own.getDatabase().getSessions(false)) {
            if (s.getNetworkConnectionInfo() != null) {
                ids.put(s.getNetworkConnectionInfo(), s.getId());
            }
        }
        return ids;
    }

    private static void abort(Connection admin, int h2SessionId) throws SQLException {
        try (PreparedStatement st = admin.prepareStatement("SELECT ABORT_SESSION(?)")) {
            st.setInt(1, h2SessionId);
            st.execute();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
