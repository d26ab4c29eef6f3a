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
import jp.mamori.db.server.OperatorAudit;
import jp.mamori.db.server.Realms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Realm of the server's own administrative account (ADR 0002). Accepts only the user
 * {@code SERVER}, only with the server secret, and only from inside the server JVM or from the
 * server host itself (loopback). There is no SA: the database's original administrator is dropped
 * at initialisation, so no password typed over the network can reach administrative rights.
 */
public final class ServerAdminValidator implements CredentialsValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ServerAdminValidator.class);
    private static volatile byte[] secret;

    /** Installs the secret of the server this JVM runs (or initialises). */
    public static void installSecret(char[] value) {
        secret = new String(value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void configure(ConfigProperties configProperties) {
        // nothing to configure: the secret comes from the server's owner-only file
    }

    @Override
    public boolean validateCredentials(AuthenticationInfo info) {
        byte[] expected = secret;
        if (expected == null || !Realms.SERVER_ADMIN_USER.equalsIgnoreCase(info.getUserName())
                || info.getPassword() == null) {
            return false;
        }
        NetworkConnectionInfo network = info.getConnectionInfo().getNetworkConnectionInfo();
        if (network != null && !isLoopback(network.getClientAddr())) {
            return false;
        }
        boolean accepted = MessageDigest.isEqual(expected, info.getPassword().getBytes(StandardCharsets.UTF_8));
        if (network != null) {
            // every network use of the server's own account is a row; the in-process pool is the server itself
            try {
                OperatorAudit.login(network.getClient(), accepted);
            } catch (SQLException | RuntimeException e) {
                LOG.error("the server account's login could not be audited; refused", e);
                return false;
            }
        }
        return accepted;
    }

    private static boolean isLoopback(byte[] address) {
        try {
            return address != null && InetAddress.getByAddress(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
