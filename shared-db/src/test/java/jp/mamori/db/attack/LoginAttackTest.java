package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import jp.mamori.db.auth.LoginToken;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Ways into the server other than one's own fresh login: each refused, each leaving an audit row. */
class LoginAttackTest {

    private static final String REALM = ";AUTHREALM=MAMORI";

    @Test
    void replayedTokenIsRefused() throws Exception {
        String token = Tokens.fresh("kodomo.clerk");
        try (Connection first = TestServer.connect(TestServer.sslUrl(REALM), "kodomo.clerk", token)) {
            assertTrue(first.isValid(2));
        }
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "kodomo.clerk", token));
        assertEquals(1, auditRows("kodomo.clerk", "reason=replay%"), "the replay is audited");
    }

    @Test
    void staleTokenIsRefused() throws Exception {
        String stale = Tokens.token("hogo.clerk", Instant.now().minus(Duration.ofMinutes(10))).encode();
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "hogo.clerk", stale));
        String future = Tokens.token("hogo.clerk", Instant.now().plus(Duration.ofMinutes(10))).encode();
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "hogo.clerk", future));
        assertEquals(2, auditRows("hogo.clerk", "reason=stale%"));
    }

    @Test
    void anotherUsersCertificateIsRefused() throws Exception {
        // The chief's name, the clerk's certificate and key: the certificate does not name the chief.
        IssuedCredential clerk = Tokens.staffKey("koseki.clerk");
        IssuedCredential terminal = Tokens.terminalKey();
        String forged = LoginToken.create("koseki.chief", "DEMO-PC01", "mamori-demo".toCharArray(), clerk.key(),
                clerk.certificate(), terminal.key(), terminal.certificate(), Instant.now()).encode();
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "koseki.chief", forged));
        // The chief's certificate, signed with the clerk's key.
        IssuedCredential chief = Tokens.staffKey("koseki.chief");
        String wrongKey = LoginToken.create("koseki.chief", "DEMO-PC01", "mamori-demo".toCharArray(), clerk.key(),
                chief.certificate(), terminal.key(), terminal.certificate(), Instant.now()).encode();
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "koseki.chief", wrongKey));
        assertEquals(1, auditRows("koseki.chief", "reason=certificate_foreign%"));
        assertEquals(1, auditRows("koseki.chief", "reason=signature%"));
    }

    @Test
    void passwordAloneOrGarbageIsRefused() throws Exception {
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "zeimu.chief", "mamori-demo"));
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "zeimu.chief", "MAMORI1:AAAA"));
        assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(REALM), "nobody", Tokens.fresh("zeimu.chief")));
    }

    @Test
    void saAndTheServerAccountAreRefusedOverTheNetwork() {
        for (String password : new String[] {"", "sa", "mamori-demo"}) {
            // Was: H2 checked the password of a login without a realm and refused it. Now a login
            // without a mamori realm is refused before any password is looked at (ADR 0012).
            assertNoRealmRefused(() -> TestServer.connect(TestServer.sslUrl(""), "SA", password));
            assertWrongUserOrPassword(() -> TestServer.connect(TestServer.sslUrl(";AUTHREALM=SERVERADMIN"), "SERVER", password));
            assertNoRealmRefused(() -> TestServer.connect(TestServer.sslUrl(""), "SERVER@SERVERADMIN", password));
        }
    }

    @Test
    void plainTcpIsRefused() {
        String url = "jdbc:h2:tcp://127.0.0.1:" + TestServer.get().server().port() + "/mamori";
        assertThrows(SQLException.class, () -> TestServer.connect(url, "SA", "").close());
    }

    private static void assertNoRealmRefused(org.junit.jupiter.api.function.Executable attempt) {
        SQLException e = assertThrows(SQLException.class, attempt);
        assertTrue(e.getMessage().contains("MAMORI[denied.setting]"), e.getMessage());
    }

    private static void assertWrongUserOrPassword(org.junit.jupiter.api.function.Executable attempt) {
        SQLException e = assertThrows(SQLException.class, attempt);
        assertEquals(ErrorCode.WRONG_USER_OR_PASSWORD, e.getErrorCode(), e.getMessage());
    }

    private static long auditRows(String user, String detailLike) throws SQLException {
        try (Connection admin = TestServer.admin(); var st = admin.prepareStatement(
                "SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE ACTION = 'LOGIN' AND OUTCOME = 'DENIED' "
                        + "AND USER_NAME = ? AND DETAIL LIKE ?")) {
            st.setString(1, user);
            st.setString(2, detailLike);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
