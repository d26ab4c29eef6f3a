package jp.mamori.db.client;

import java.security.AuthProvider;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.cert.X509Certificate;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.pki.IssuedCredential;

/**
 * A staff key opened for one session. A key from a key file is held in memory; a key on a
 * PKCS#11 token is only a handle, used through the token's provider, and the token stays logged
 * in until {@link #close()}.
 */
final class StaffKey implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StaffKey.class);

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final AuthProvider token;
    private volatile boolean closed;

    private StaffKey(PrivateKey key, X509Certificate certificate, AuthProvider token) {
        this.key = key;
        this.certificate = certificate;
        this.token = token;
    }

    /** A key read from a key file. */
    static StaffKey inMemory(IssuedCredential credential) {
        return new StaffKey(credential.key(), credential.certificate(), null);
    }

    /** A key on a token that {@code token} has logged in to. */
    static StaffKey onToken(PrivateKey key, X509Certificate certificate, AuthProvider token) {
        return new StaffKey(key, certificate, token);
    }

    PrivateKey key() {
        return key;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The provider that must sign with this key, or {@code null} for the default providers. */
    AuthProvider provider() {
        return token;
    }

    /** What the user is told when signing with this key fails. */
    LoginFailure signingFailure() {
        return token == null ? LoginFailure.CREDENTIAL_UNREADABLE : LoginFailure.TOKEN_UNAVAILABLE;
    }

    /** Logs out of the token, if any; idempotent. */
    @Override
    public void close() {
        if (token == null || closed) {
            return;
        }
        closed = true;
        logout(token);
    }

    /** Logs the token out; a failure is logged, since a token that was pulled out is logged out already. */
    static void logout(AuthProvider token) {
        try {
            token.logout();
        } catch (LoginException | ProviderException e) {
            LOG.warn("logging out of the PKCS#11 token failed: {}", e.toString());
        }
    }
}
