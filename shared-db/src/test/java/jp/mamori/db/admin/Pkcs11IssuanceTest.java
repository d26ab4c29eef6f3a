package jp.mamori.db.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Collections;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.PasswordApi;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.client.StaffKeyIssuer;
import jp.mamori.db.client.StaffKeySource;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.testing.SoftHsm;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * 鍵の発行 onto an IC card (SoftHSM2): the key pair is made on the token, the request signed there,
 * the certificate stored beside the key; the private key exists nowhere else. The person then logs
 * in with the card.
 */
class Pkcs11IssuanceTest {

    @Test
    void keyMadeOnTheTokenLogsIn() throws Exception {
        SoftHsm.ensureToken();
        String user = AdminFixture.uniqueUser("card");
        String alias = user;
        X509Certificate ca = Pem.read(TestServer.get().server().layout().caCertificate());
        StaffKeySource.Pkcs11Token token = new StaffKeySource.Pkcs11Token(SoftHsm.LIBRARY, SoftHsm.SLOT_LIST_INDEX,
                SoftHsm.pin());
        String otp;
        X509Certificate certificate;
        try (MamoriSession admin = AdminFixture.admin()) {
            StaffAdminApi api = admin.procedures(StaffAdminApi.class);
            otp = api.create("admin.staff", user, "試験 カード二", StaffRole.CLERK, "ZEIMU");
            certificate = new StaffKeyIssuer(api, "admin.staff").issueToToken(user, token, alias, ca);
        }
        try {
            assertEquals(user, CertificateAuthority.commonName(certificate));
            assertTrue(onToken(alias), "key and certificate are on the token");
            try (MamoriSession session = new MamoriConnector(TestServer.clientConfig()).login(token, otp.toCharArray())) {
                assertEquals(user, session.info().userName());
                assertTrue(session.info().passwordChangeRequired());
                session.procedures(PasswordApi.class).change("password", otp, AdminFixture.GOOD_PASSWORD);
            }
        } finally {
            deleteFromToken(alias);
        }
        assertFalse(onToken(alias));
    }

    private static boolean onToken(String alias) throws Exception {
        Provider provider = provider();
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, SoftHsm.pin());
        try {
            return Collections.list(store.aliases()).contains(alias) && store.isKeyEntry(alias);
        } finally {
            ((java.security.AuthProvider) provider).logout();
        }
    }

    /** Other tests of this JVM share the token: leave it as it was. */
    private static void deleteFromToken(String alias) throws Exception {
        Provider provider = provider();
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        store.load(null, SoftHsm.pin());
        try {
            if (store.containsAlias(alias)) {
                store.deleteEntry(alias);
            }
        } finally {
            ((java.security.AuthProvider) provider).logout();
        }
    }

    private static Provider provider;

    private static synchronized Provider provider() {
        if (provider == null) {
            provider = Security.getProvider("SunPKCS11").configure("--name=mamori-issuance-check\nlibrary="
                    + SoftHsm.LIBRARY + "\nslotListIndex=" + SoftHsm.SLOT_LIST_INDEX + "\n");
        }
        return provider;
    }
}
