package jp.mamori.db.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import org.h2.api.CredentialsValidator;
import org.h2.security.auth.AuthenticationInfo;
import org.h2.security.auth.ConfigProperties;
import org.h2.util.NetworkConnectionInfo;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.server.OperatorAudit;
import jp.mamori.db.contract.Realms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Realm of the server's own accounts (ADR 0002, 0005), both with the server secret:
 * <ul>
 * <li>{@code SERVER} — the H2 administrator, only from inside the server JVM (its in-process pool,
 * or an offline tool with the server stopped). Over the network only when the server was started
 * with {@code --maintenance-sql on} (benchmarks and fault tests; off by default).</li>
 * <li>{@code OPERATOR} — the server host's maintenance account, only over loopback: an H2 user
 * without rights (created by the authenticator, no roles) whose session the wire guard filters
 * like a staff session and whose only procedures are API.SERVER_* (role {@link StaffRole#OPERATOR}).</li>
 * </ul>
 * Every network login of either writes a {@code SERVER_LOGIN} row; if it cannot, the login is
 * refused. There is no SA: the database's original administrator is dropped at initialisation.
 */
public final class ServerAdminValidator implements CredentialsValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ServerAdminValidator.class);
    private static volatile byte[] secret;
    private static volatile boolean maintenanceSql;

    /** Installs the secret of the server this JVM runs (or initialises); network SQL stays off. */
    public static void installSecret(char[] value) {
        install(value, false);
    }

    /**
     * Installs the secret and whether {@code SERVER} may log in over loopback with SQL of its own
     * ({@code --maintenance-sql on}: benchmarks and fault tests only).
     */
    public static void install(char[] value, boolean allowMaintenanceSql) {
        secret = new String(value).getBytes(StandardCharsets.UTF_8);
        maintenanceSql = allowMaintenanceSql;
    }

    /** Whether this server lets {@code SERVER@SERVERADMIN} in over loopback (never by default). */
    public static boolean maintenanceSql() {
        return maintenanceSql;
    }

    @Override
    public void configure(ConfigProperties configProperties) {
        // nothing to configure: the secret comes from the server's owner-only file
    }

    @Override
    public boolean validateCredentials(AuthenticationInfo info) {
        byte[] expected = secret;
        String user = info.getUserName();
        if (expected == null || user == null || info.getPassword() == null) {
            return false;
        }
        NetworkConnectionInfo network = info.getConnectionInfo().getNetworkConnectionInfo();
        boolean secretMatches = MessageDigest.isEqual(expected, info.getPassword().getBytes(StandardCharsets.UTF_8));
        if (network == null) {
            // inside the server JVM: the administrator only
            return Realms.SERVER_ADMIN_USER.equalsIgnoreCase(user) && secretMatches;
        }
        if (!isLoopback(network.getClientAddr())) {
            return false;
        }
        boolean operator = Realms.OPERATOR_USER.equalsIgnoreCase(user);
        boolean administrator = Realms.SERVER_ADMIN_USER.equalsIgnoreCase(user);
        if (!operator && !administrator) {
            return false;
        }
        boolean accepted = secretMatches && (operator || maintenanceSql);
        String reason = !secretMatches ? "secret" : accepted ? "" : "no-network-sql";
        try {
            OperatorAudit.login(operator ? OperatorAudit.ACCOUNT : OperatorAudit.ADMINISTRATOR, network.getClient(),
                    accepted, reason);
        } catch (SQLException | RuntimeException e) {
            LOG.error("the server account's login could not be audited; refused", e);
            return false;
        }
        if (accepted && operator) {
            SessionRegistry.bind(network, operatorContext(network));
        }
        return accepted;
    }

    private static LoginContext operatorContext(NetworkConnectionInfo network) {
        return new LoginContext(0, OperatorAudit.ACCOUNT, "server operator", StaffRole.OPERATOR, "", "",
                OperatorAudit.TERMINAL, network.getClient(), LoginStatus.OK,
                jp.mamori.db.server.ServerContext.get().clock().instant());
    }

    private static boolean isLoopback(byte[] address) {
        try {
            return address != null && InetAddress.getByAddress(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
