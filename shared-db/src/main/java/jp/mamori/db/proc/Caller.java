package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import jp.mamori.db.auth.LoginContext;
import jp.mamori.db.auth.SessionRegistry;

/** Resolves who is calling a procedure from the caller's own H2 session (ADR 0003). */
final class Caller {

    /** URL H2 gives the connection when it calls a table function only to learn its columns. */
    static final String COLUMN_LIST_URL = "jdbc:columnlist:connection";

    private Caller() {
    }

    static Optional<LoginContext> of(Connection conn) throws SQLException {
        JdbcConnection jdbc = conn.unwrap(JdbcConnection.class);
        if (!(jdbc.getSession() instanceof SessionLocal session)) {
            return Optional.empty();
        }
        return SessionRegistry.find(session.getNetworkConnectionInfo());
    }

    /** The H2 connection object of the caller's session, the key of its login. */
    static org.h2.util.NetworkConnectionInfo connection(Connection conn) throws SQLException {
        JdbcConnection jdbc = conn.unwrap(JdbcConnection.class);
        return jdbc.getSession() instanceof SessionLocal session ? session.getNetworkConnectionInfo() : null;
    }

    static void forget(Connection conn) throws SQLException {
        JdbcConnection jdbc = conn.unwrap(JdbcConnection.class);
        if (jdbc.getSession() instanceof SessionLocal session) {
            SessionRegistry.unbind(session.getNetworkConnectionInfo());
        }
    }

    /** Whether H2 is only preparing the call (no work, no audit row may happen then). */
    static boolean isColumnListCall(Connection conn) throws SQLException {
        return COLUMN_LIST_URL.equals(conn.getMetaData().getURL());
    }
}
