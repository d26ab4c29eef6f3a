package jp.mamori.db.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.domain.StaffRole;

/** A session over one TLS connection; reconnects only through {@link #reauthenticate(char[])}. */
final class RemoteSession implements MamoriSession {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSession.class);

    private final MamoriConnector connector;
    private final MamoriConnector.Identity identity;
    private final Jdbi jdbi;
    private volatile Connection connection;
    private volatile SessionInfo info;

    private RemoteSession(MamoriConnector connector, MamoriConnector.Identity identity, Connection connection,
            SessionInfo info) {
        this.connector = connector;
        this.identity = identity;
        this.connection = connection;
        this.info = info;
        this.jdbi = Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return RemoteSession.this.connection;
            }

            @Override
            public void closeConnection(Connection toClose) {
                // the session owns its connection
            }
        }).installPlugin(new SqlObjectPlugin());
    }

    static RemoteSession open(MamoriConnector connector, MamoriConnector.Identity identity, Connection connection)
            throws LoginException {
        SessionInfo info = sessionInfo(connector, connection);
        return new RemoteSession(connector, identity, connection, info);
    }

    /** Reads the session as the server established it at login (only full sessions exist, ADR 0002). */
    private static SessionInfo sessionInfo(MamoriConnector connector, Connection connection) throws LoginException {
        try (PreparedStatement st = connection.prepareStatement("CALL API.SESSION_INFO(?)")) {
            st.setString(1, "login");
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no session information");
                }
                return new SessionInfo(rs.getString("USER_NAME"), rs.getString("DISPLAY_NAME"),
                        StaffRole.valueOf(rs.getString("ROLE_CODE")), rs.getString("SECTION_CODE"),
                        rs.getString("SECTION_NAME"), rs.getString("TERMINAL_ID"), connector.server().toString(),
                        rs.getInt("IDLE_LOCK_MINUTES"), rs.getBoolean("PASSWORD_CHANGE_REQUIRED"));
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new LoginException(LoginFailure.SERVER_UNREACHABLE, e);
        }
    }

    @Override
    public SessionInfo info() {
        return info;
    }

    @Override
    public void recordAction(String screen, String action, String target) {
        try (CallableStatement st = connection.prepareCall("CALL API.RECORD_ACTION(?, ?, ?)")) {
            st.setString(1, screen);
            st.setString(2, action);
            st.setString(3, target == null ? "" : target);
            st.execute();
        } catch (SQLException e) {
            throw ConnectionFailures.refusal(e);
        }
    }

    @Override
    public <T> T procedures(Class<T> api) {
        T onDemand = jdbi.onDemand(api);
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return method.invoke(onDemand, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof JdbiException || cause instanceof SQLException) {
                    throw ConnectionFailures.refusal(cause);
                }
                throw cause;
            }
        };
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
    }

    @Override
    public void reauthenticate(char[] password) throws LoginException {
        Connection fresh = connector.connect(identity, password);
        SessionInfo freshInfo = sessionInfo(connector, fresh);
        Connection old = connection;
        connection = fresh;
        info = freshInfo;
        closeQuietly(old);
    }

    @Override
    public void close() {
        try (PreparedStatement st = connection.prepareStatement("CALL API.LOGOUT(?)")) {
            st.setString(1, "main");
            st.execute();
        } catch (SQLException e) {
            LOG.warn("logout could not be recorded: {}", e.getSQLState());
        } finally {
            closeQuietly(connection);
            identity.staff().close();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection failed", e);
        }
    }
}
