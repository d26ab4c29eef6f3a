package jp.mamori.db.auth;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.h2.util.NetworkConnectionInfo;

/**
 * Binds each H2 session to the login that opened it (ADR 0003). H2 hands the realm validator and
 * the session it then creates the very same {@link NetworkConnectionInfo} object, so the binding
 * is exact, needs nothing from the client, and disappears with the connection.
 */
public final class SessionRegistry {

    private static final Map<NetworkConnectionInfo, LoginContext> SESSIONS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private SessionRegistry() {
    }

    static void bind(NetworkConnectionInfo connection, LoginContext login) {
        SESSIONS.put(connection, login);
    }

    /** The login of the connection, if it came through the staff realm. */
    public static Optional<LoginContext> find(NetworkConnectionInfo connection) {
        return connection == null ? Optional.empty() : Optional.ofNullable(SESSIONS.get(connection));
    }

    /** Forgets a connection's login (logout). */
    public static void unbind(NetworkConnectionInfo connection) {
        if (connection != null) {
            SESSIONS.remove(connection);
        }
    }
}
