package jp.mamori.db.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.h2.api.CredentialsValidator;
import org.h2.security.auth.AuthenticationInfo;
import org.h2.security.auth.ConfigProperties;
import org.h2.util.NetworkConnectionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.server.ServerContext;

/**
 * The staff realm: decides inside the server whether a login may proceed (ADR 0002).
 *
 * <ol>
 *   <li>the password field must be a well-formed {@link LoginToken} for the user named in the URL;</li>
 *   <li>its time must be fresh and its nonce unseen (no replay);</li>
 *   <li>the staff certificate must chain to the project CA, be a staff certificate, name this user and
 *       be registered to this user; the staff signature must verify — only now is key possession proven;</li>
 *   <li>the password is checked against its Argon2id hash under the lock-out ({@link PasswordGate}): each
 *       check is counted before it is made, one at a time per account; a locked account is not checked;</li>
 *   <li>only then are a disabled account, a revoked or expired certificate and an undesignated terminal
 *       told — as a {@link ProvenRefusal}, with no session; only if everything passes is a session opened.</li>
 * </ol>
 * Unknown users, wrong passwords, bad signatures, stale or replayed tokens all get H2's single
 * "wrong user name or password" answer. Every attempt leaves an audit row of server-verified facts.
 */
public final class StaffCredentialsValidator implements CredentialsValidator {

    private static final Logger LOG = LoggerFactory.getLogger(StaffCredentialsValidator.class);

    @Override
    public void configure(ConfigProperties configProperties) {
        // configuration lives in MAMORI.SETTING
    }

    @Override
    public boolean validateCredentials(AuthenticationInfo info) {
        NetworkConnectionInfo network = info.getConnectionInfo().getNetworkConnectionInfo();
        String claimedUser = info.getUserName() == null ? "" : info.getUserName().toLowerCase(Locale.ROOT);
        LoginAttempt attempt = new LoginAttempt(claimedUser, clientAddress(network));
        LoginDirectory directory = new LoginDirectory(ServerContext.get());
        try {
            LoginDecision decision = decide(info, attempt, directory);
            directory.record(attempt, decision);
            if (decision.succeeded()) {
                SessionRegistry.bind(network, decision.login());
                return true;
            }
            if (decision.told() != null) {
                // No session, no SQL: the reason travels in H2's error answer (see ProvenRefusal).
                throw new ProvenRefusal(decision.told());
            }
            return false;
        } catch (RuntimeException e) {
            LOG.error("login validation failed unexpectedly", e);
            directory.recordError(attempt, e);
            return false;
        }
    }

    private LoginDecision decide(AuthenticationInfo info, LoginAttempt attempt, LoginDirectory directory) {
        if (network(info) == null) {
            return LoginDecision.refuse("not_network");
        }
        LoginToken token;
        try {
            token = LoginToken.decode(info.getPassword());
        } catch (IllegalArgumentException e) {
            return LoginDecision.refuse("malformed");
        }
        attempt.terminalClaimed(token.terminalId());
        if (!token.userName().toLowerCase(Locale.ROOT).equals(attempt.userName())) {
            return LoginDecision.refuse("user_mismatch");
        }
        Instant now = directory.now();
        Duration age = Duration.between(token.issuedAt(), now).abs();
        if (age.compareTo(Duration.ofSeconds(directory.tokenMaxAgeSeconds())) > 0) {
            return LoginDecision.refuse("stale");
        }
        if (!directory.claimNonce(token.nonce(), now)) {
            return LoginDecision.refuse("replay");
        }
        return new StaffCheck(directory, attempt, token, now).decide();
    }

    private static NetworkConnectionInfo network(AuthenticationInfo info) {
        return info.getConnectionInfo().getNetworkConnectionInfo();
    }

    private static String clientAddress(NetworkConnectionInfo network) {
        if (network == null || network.getClientAddr() == null) {
            return "local";
        }
        try {
            return InetAddress.getByAddress(network.getClientAddr()).getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
