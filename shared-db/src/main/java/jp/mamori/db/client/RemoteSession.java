package jp.mamori.db.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.ScreenId;
import jp.mamori.db.domain.StaffRole;

/** A session over one TLS connection; reconnects only through {@link #reauthenticate(char[])}. */
final class RemoteSession implements MamoriSession {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteSession.class);

    private final MamoriConnector connector;
    private final MamoriConnector.Identity identity;
    /** The typed procedure calls a session offers, each over the one {@link ProcedureCaller}. */
    private static final Map<Class<?>, Function<ProcedureCaller, ?>> APIS = Map.of(
            RegistryApi.class, RegistryApi::new,
            ReleaseApi.class, ReleaseApi::new,
            FlagWorkApi.class, FlagWorkApi::new,
            PasswordApi.class, PasswordApi::new,
            ClientSettingsApi.class, ClientSettingsApi::new,
            StaffAdminApi.class, StaffAdminApi::new,
            TerminalAdminApi.class, TerminalAdminApi::new,
            CatalogueAdminApi.class, CatalogueAdminApi::new,
            SettingsAdminApi.class, SettingsAdminApi::new);

    private final ProcedureCaller calls;
    private volatile Connection connection;
    private volatile SessionInfo info;

    private RemoteSession(MamoriConnector connector, MamoriConnector.Identity identity, Connection connection,
            SessionInfo info) {
        this.connector = connector;
        this.identity = identity;
        this.connection = connection;
        this.info = info;
        this.calls = new JdbiProcedureCaller(() -> this.connection);
    }

    static RemoteSession open(MamoriConnector connector, MamoriConnector.Identity identity, Connection connection)
            throws LoginException {
        SessionInfo info = sessionInfo(connector, connection);
        return new RemoteSession(connector, identity, connection, info);
    }

    /** Reads the session as the server established it at login (only full sessions exist, ADR 0002). */
    private static SessionInfo sessionInfo(MamoriConnector connector, Connection connection) throws LoginException {
        List<SessionRow> rows;
        try {
            rows = new JdbiProcedureCaller(() -> connection).rows(Procedure.SESSION_INFO, SessionRow.class,
                    ScreenId.LOGIN.id());
        } catch (ServerRefusal e) {
            closeQuietly(connection);
            throw new LoginException(LoginFailure.SERVER_UNREACHABLE, e);
        }
        if (rows.size() != 1) {
            closeQuietly(connection);
            throw new LoginException(LoginFailure.SERVER_UNREACHABLE,
                    new SQLException("no session information"));
        }
        SessionRow row = rows.get(0);
        return new SessionInfo(row.userName(), row.displayName(), StaffRole.valueOf(row.roleCode()),
                row.sectionCode(), row.sectionName(), row.terminalId(), connector.server().toString(),
                row.idleLockMinutes(), row.addresseeNumberLength(), row.passwordChangeRequired());
    }

    @Override
    public SessionInfo info() {
        return info;
    }

    @Override
    public void recordAction(String screen, String action, String target) {
        calls.run(Procedure.RECORD_ACTION, screen, action, target == null ? "" : target);
    }

    @Override
    public <T> T procedures(Class<T> api) {
        Function<ProcedureCaller, ?> factory = APIS.get(api);
        if (factory == null) {
            throw new IllegalArgumentException("no procedures " + api.getSimpleName());
        }
        return api.cast(factory.apply(calls));
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
        try {
            calls.run(Procedure.LOGOUT, ScreenId.MAIN.id());
        } catch (ServerRefusal e) {
            LOG.warn("logout could not be recorded: {}", e.code());
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
