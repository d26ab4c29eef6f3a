package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.IssuedCredential;

/**
 * The JVM-wide TLS context H2 uses for {@code ssl://} connections. H2 takes its sockets from
 * {@code SSLSocketFactory.getDefault()} and, if {@code javax.net.ssl.keyStore} is unset, writes a
 * key store with a publicly known key to {@code ~/.h2.keystore}; this class sets both, so that
 * never happens, and trusts only the project CA — and, as a client, only a server certificate
 * issued for TLS server use, so a stolen staff or terminal certificate cannot pose as the server.
 * Sockets speak TLS 1.3, or TLS 1.2 with AEAD suites only ({@link TlsPolicy}).
 */
public final class TlsSetup {

    private static X509Certificate installedCa;

    private TlsSetup() {
    }

    /**
     * Installs a client-only context trusting {@code ca}, unless this JVM already trusts exactly
     * that CA (an embedded demo or test server in the same JVM keeps its own key then).
     */
    public static synchronized void installClient(X509Certificate ca) {
        if (installedCa != null) {
            if (!installedCa.equals(ca)) {
                throw new IllegalStateException("this JVM already trusts a different mamori CA");
            }
            return;
        }
        install(null, null, ca);
    }

    /**
     * Installs the default TLS context.
     *
     * @param ownKeystore the PKCS#12 whose key this JVM presents (the server's TLS key), or null
     * @param password    its password
     * @param ca          the project CA certificate, the only trust anchor
     */
    public static synchronized void install(Path ownKeystore, char[] password, X509Certificate ca) {
        try {
            KeyManager[] keyManagers = null;
            if (ownKeystore != null) {
                IssuedCredential credential = IssuedCredential.readPkcs12(ownKeystore, password);
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("tls", credential.key(), password,
                        new java.security.cert.Certificate[] {credential.certificate(), credential.caCertificate()});
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, password);
                keyManagers = kmf.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers, new TrustManager[] {new ServerCertificateTrust(ca)}, new SecureRandom());
            SSLContext.setDefault(TlsPolicy.restrict(context));
            installedCa = ca;
            // Present, so that H2 never creates its own key store with a known key.
            System.setProperty("javax.net.ssl.keyStore",
                    ownKeystore != null ? ownKeystore.toAbsolutePath().toString() : "NONE");
            System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("TLS cannot be set up", e);
        }
    }

    /** Trusts only certificates of the project CA; as a client, only server TLS certificates. */
    private static final class ServerCertificateTrust implements X509TrustManager {

        private final X509Certificate ca;
        private final X509TrustManager pkix;

        ServerCertificateTrust(X509Certificate ca) throws GeneralSecurityException, IOException {
            this.ca = ca;
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("mamori-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(anchors);
            this.pkix = (X509TrustManager) tmf.getTrustManagers()[0];
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            pkix.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            pkix.checkServerTrusted(chain, authType);
            if (!CertificateChecks.hasPurpose(chain[0], CertificatePurpose.SERVER_TLS)
                    || !CertificateChecks.issuedBy(chain[0], ca)) {
                throw new CertificateException("not a mamori server certificate");
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[] {ca};
        }
    }
}
