package jp.mamori.db.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.StaffKeySource;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.testing.SoftHsm;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login with the staff key on a real PKCS#11 token (SoftHSM2) instead of a key file: the PIN
 * unlocks the token here, the password is still the server's to check.
 */
class Pkcs11LoginTest {

    private static final String USER = "card.clerk";
    private static final String PASSWORD = "mamori-card";

    @TempDir
    static Path keys;

    @BeforeAll
    static void issueTheKeyOntoTheTokenOnly() throws Exception {
        SoftHsm.ensureToken();
        Path keyFile = keys.resolve(USER + ".p12");
        IssuedCredential credential = TestServer.provisioning().createStaff(USER, "試験 カード", StaffRole.CLERK,
                "ZEIMU", PASSWORD.toCharArray(), Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)), keyFile);
        SoftHsm.importKey(USER, credential);
        Files.delete(keyFile);
        assertFalse(Files.exists(keyFile));
    }

    @Test
    void staffMemberLogsInWithTheTokenAndReauthenticates() throws Exception {
        MamoriSession session = connector().login(token(SoftHsm.pin()), PASSWORD.toCharArray());
        try (session) {
            assertTrue(SoftHsm.loggedIn(), "the token stays open while the session lasts");
            assertEquals(USER, session.info().userName());
            assertEquals(StaffRole.CLERK, session.info().role());
            assertEquals("ZEIMU", session.info().sectionCode());
            assertEquals("DEMO-PC01", session.info().terminalId());

            LoginException wrong = assertThrows(LoginException.class,
                    () -> session.reauthenticate("wrong".toCharArray()));
            assertEquals(LoginFailure.WRONG_CREDENTIALS, wrong.failure());

            session.reauthenticate(PASSWORD.toCharArray());
            assertEquals(USER, session.info().userName());
        }
        assertFalse(SoftHsm.loggedIn(), "closing the session logs the token out");
    }

    @Test
    void wrongPinIsRefusedByTheTokenEvenRightAfterASession() throws Exception {
        assertEquals(LoginFailure.TOKEN_PIN_WRONG, failure(token("000000".toCharArray()), PASSWORD));
        connector().login(token(SoftHsm.pin()), PASSWORD.toCharArray()).close();
        // the token was logged out with the session: the PIN is asked of the token again
        assertEquals(LoginFailure.TOKEN_PIN_WRONG, failure(token("999999".toCharArray()), PASSWORD));
    }

    @Test
    void rightPinWithWrongPasswordIsRefusedByTheServerAndAudited() throws Exception {
        long before = LoginTest.loginRows(USER, "DENIED");
        assertEquals(LoginFailure.WRONG_CREDENTIALS, failure(token(SoftHsm.pin()), "not-the-password"));
        assertEquals(before + 1, LoginTest.loginRows(USER, "DENIED"));
        assertFalse(SoftHsm.loggedIn(), "a failed login logs the token out");
        try (MamoriSession session = connector().login(token(SoftHsm.pin()), PASSWORD.toCharArray())) {
            assertEquals(USER, session.info().userName());
        }
    }

    @Test
    void missingLibraryOrSlotIsTokenUnavailable() {
        assertEquals(LoginFailure.TOKEN_UNAVAILABLE, failure(
                new StaffKeySource.Pkcs11Token(keys.resolve("no-such-pkcs11.so"), 0, SoftHsm.pin()), PASSWORD));
        assertEquals(LoginFailure.TOKEN_UNAVAILABLE, failure(
                new StaffKeySource.Pkcs11Token(SoftHsm.LIBRARY, 7, SoftHsm.pin()), PASSWORD));
    }

    private static StaffKeySource.Pkcs11Token token(char[] pin) {
        return new StaffKeySource.Pkcs11Token(SoftHsm.LIBRARY, SoftHsm.SLOT_LIST_INDEX, pin);
    }

    private static MamoriConnector connector() {
        return new MamoriConnector(TestServer.clientConfig());
    }

    private static LoginFailure failure(StaffKeySource source, String password) {
        return assertThrows(LoginException.class, () -> connector().login(source, password.toCharArray()).close())
                .failure();
    }
}
