package jp.mamori.db.client;

import java.io.IOException;
import java.nio.file.Files;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.login.FailedLoginException;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.CertificatePurpose;

/**
 * Opens the staff key on a PKCS#11 token (smart card) through the JDK's SunPKCS11 provider,
 * configured at run time for the token's library and slot.
 *
 * <p>PKCS#11 keeps one login state per token for the whole process, and SunPKCS11 does not ask the
 * token again while it is logged in. So every login first logs the token out: the PIN is checked by
 * the token each time, and a new login ends the token login of an earlier session in this process.
 */
final class Pkcs11Tokens {

    private static final String PROVIDER_NAME = "mamori";
    /** One configured provider per library and slot: each configuration loads the library's state. */
    private static final Map<String, AuthProvider> PROVIDERS = new ConcurrentHashMap<>();

    private Pkcs11Tokens() {
    }

    /**
     * Unlocks the token with the PIN and finds the mamori staff key on it: a key entry whose
     * certificate is a staff certificate issued by {@code ca}, preferring one valid at {@code now}.
     */
    static StaffKey open(StaffKeySource.Pkcs11Token source, X509Certificate ca, Instant now) throws LoginException {
        AuthProvider provider = provider(source);
        KeyStore store;
        try {
            provider.logout();
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, source.pin());
        } catch (IOException e) {
            throw new LoginException(pinRefused(e) ? LoginFailure.TOKEN_PIN_WRONG : LoginFailure.TOKEN_UNAVAILABLE, e);
        } catch (GeneralSecurityException | ProviderException e) {
            throw new LoginException(LoginFailure.TOKEN_UNAVAILABLE, e);
        }
        try {
            Optional<Entry> entry = staffEntry(store, ca, now);
            if (entry.isEmpty()) {
                throw new LoginException(LoginFailure.CREDENTIAL_UNREADABLE);
            }
            return StaffKey.onToken(entry.get().key(), entry.get().certificate(), provider);
        } catch (LoginException e) {
            StaffKey.logout(provider);
            throw e;
        } catch (GeneralSecurityException | ProviderException e) {
            StaffKey.logout(provider);
            throw new LoginException(LoginFailure.TOKEN_UNAVAILABLE, e);
        }
    }

    /**
     * The token's provider with the token unlocked by the PIN, for the key issuance on a card
     * ({@link StaffKeyIssuer}); the caller logs out when done.
     */
    static AuthProvider unlocked(StaffKeySource.Pkcs11Token source) throws LoginException {
        AuthProvider provider = provider(source);
        try {
            provider.logout();
            KeyStore.getInstance("PKCS11", provider).load(null, source.pin());
            return provider;
        } catch (IOException e) {
            throw new LoginException(pinRefused(e) ? LoginFailure.TOKEN_PIN_WRONG : LoginFailure.TOKEN_UNAVAILABLE, e);
        } catch (GeneralSecurityException | ProviderException e) {
            throw new LoginException(LoginFailure.TOKEN_UNAVAILABLE, e);
        }
    }

    private static AuthProvider provider(StaffKeySource.Pkcs11Token source) throws LoginException {
        if (!Files.isRegularFile(source.library())) {
            throw new LoginException(LoginFailure.TOKEN_UNAVAILABLE);
        }
        String config = "--name=" + PROVIDER_NAME + "\n"
                + "library=\"" + source.library().toAbsolutePath() + "\"\n"
                + "slotListIndex=" + source.slotListIndex() + "\n";
        try {
            return PROVIDERS.computeIfAbsent(config, Pkcs11Tokens::configure);
        } catch (ProviderException | IllegalStateException | UnsupportedOperationException
                | IllegalArgumentException e) {
            throw new LoginException(LoginFailure.TOKEN_UNAVAILABLE, e);
        }
    }

    private static AuthProvider configure(String config) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IllegalStateException("this Java runtime has no SunPKCS11 provider (jdk.crypto.cryptoki)");
        }
        return (AuthProvider) base.configure(config);
    }

    private static Optional<Entry> staffEntry(KeyStore store, X509Certificate ca, Instant now)
            throws GeneralSecurityException {
        Optional<Entry> best = Optional.empty();
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias)) {
                continue;
            }
            Certificate cert = store.getCertificate(alias);
            if (!(cert instanceof X509Certificate x509) || !CertificateChecks.hasPurpose(x509, CertificatePurpose.STAFF)
                    || !CertificateChecks.issuedBy(x509, ca)) {
                continue;
            }
            Key key = store.getKey(alias, null);
            if (key instanceof PrivateKey privateKey) {
                Entry candidate = new Entry(privateKey, x509, CertificateChecks.validAt(x509, now));
                if (best.isEmpty() || Entry.PREFERENCE.compare(candidate, best.get()) > 0) {
                    best = Optional.of(candidate);
                }
            }
        }
        return best;
    }

    /** Whether the token refused the PIN itself (wrong, or of a length the token never accepts). */
    private static boolean pinRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailedLoginException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("CKR_PIN_INCORRECT") || message.contains("CKR_PIN_LEN_RANGE"))) {
                return true;
            }
        }
        return false;
    }

    private record Entry(PrivateKey key, X509Certificate certificate, boolean validNow) {
        /** A currently valid certificate first, then the one that runs longest. */
        static final Comparator<Entry> PREFERENCE = Comparator.comparing(Entry::validNow)
                .thenComparing(e -> e.certificate().getNotAfter());
    }
}
