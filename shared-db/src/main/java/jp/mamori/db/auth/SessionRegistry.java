package jp.mamori.db.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.util.NetworkConnectionInfo;

/**
 * Binds each H2 session to the login that opened it (ADR 0003). H2 hands the realm validator and
 * the session it then creates the very same {@link NetworkConnectionInfo} object, so the binding
 * is exact and needs nothing from the client. Entries are removed when a session ends
 * ({@link SessionReaper}, logout); an ended entry answers no more calls.
 */
public final class SessionRegistry {

    private static final Map<NetworkConnectionInfo, LiveSession> SESSIONS = new ConcurrentHashMap<>();

    private SessionRegistry() {
    }

    static void bind(NetworkConnectionInfo connection, LoginContext login) {
        SESSIONS.put(connection, new LiveSession(login, connection));
    }

    /** The login of the connection, if it came through the staff realm and has not ended. */
    public static Optional<LoginContext> find(NetworkConnectionInfo connection) {
        return session(connection).filter(s -> s.ended() == null).map(LiveSession::login);
    }

    /** The tracked session of the connection, ended or not. */
    public static Optional<LiveSession> session(NetworkConnectionInfo connection) {
        return connection == null ? Optional.empty() : Optional.ofNullable(SESSIONS.get(connection));
    }

    /** Forgets a connection's login (logout, or the reaper after closing it). */
    public static void unbind(NetworkConnectionInfo connection) {
        if (connection != null) {
            SESSIONS.remove(connection);
        }
    }

    static List<LiveSession> all() {
        return List.copyOf(SESSIONS.values());
    }

    static void forget(LiveSession session) {
        SESSIONS.values().remove(session);
    }
}
