package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import jp.mamori.db.auth.LoginToken;
import jp.mamori.db.auth.ProvenRefusal;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 2: no database session before every check passed. A key file alone — or a revoked,
 * expired, disabled account or an undesignated terminal — gets no session at all; the reason is
 * told only with the right password, through H2's error answer, without a stack trace of ours.
 */
class PrePasswordSessionTest {

    private static final String REALM = ";AUTHREALM=MAMORI";

    @TempDir
    Path keys;

    @Test
    void keyFileWithoutPasswordGetsNoSessionForAnyAccountState() throws Exception {
        for (String user : new String[] {"demo.revoked", "demo.expired"}) {
            long sessions = loginSessions(user);
            SQLException e = assertThrows(SQLException.class,
                    () -> TestServer.connect(TestServer.sslUrl(REALM), user, token(user, "not-the-password")).close());
            assertEquals(ErrorCode.WRONG_USER_OR_PASSWORD, e.getErrorCode(), user + ": " + e.getMessage());
            assertEquals(sessions, loginSessions(user), user + " got a LOGIN_SESSION row without the password");
            assertEquals(1, lastLoginRows(user, "reason=password"), user + " attempt audited");
        }
    }

    @Test
    void reasonIsToldOnlyWithThePasswordAndOpensNoSession() throws Exception {
        String user = "demo.revoked";
        long sessions = loginSessions(user);
        SQLException e = assertThrows(SQLException.class, () -> TestServer.connect(TestServer.sslUrl(REALM), user,
                token(user, TestServer.user(user).password())).close());
        // Pins the H2 2.4.240 channel of ProvenRefusal: a LinkageError from the validator reaches
        // TcpServerThread and arrives as general error 50000 whose message is its toString().
        assertEquals(ErrorCode.GENERAL_ERROR_1, e.getErrorCode(), e.getMessage());
        assertTrue(e.getMessage().contains(ProvenRefusal.MARKER + "REVOKED]"), e.getMessage());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        // The server's part of the trace: no class or frame of the realm.
        assertFalse(trace.toString().contains("jp.mamori.db.auth"), "realm internals on the wire:\n" + trace);
        // The wire guard (ADR 0012) sends no server stack trace at all, so not even H2's frames.
        assertFalse(trace.toString().contains("org.h2.server"), "server frames on the wire:\n" + trace);
        assertEquals(sessions, loginSessions(user), "no session row for a refused login");
        assertEquals(0, sessionsOf(user), "no H2 session of the user exists");
        assertEquals(1, lastLoginRows(user, "reason=revoked"));
    }

    @Test
    void clientSendsAnExpiredCertificateAndTheServerAuditsIt() throws Exception {
        long before = deniedRows("demo.expired", "reason=expired%");
        LoginException e = assertThrows(LoginException.class, () -> new MamoriConnector(TestServer.clientConfig())
                .login(TestServer.user("demo.expired").pkcs12(), TestServer.user("demo.expired").password().toCharArray()));
        assertEquals(LoginFailure.CERTIFICATE_EXPIRED, e.failure());
        assertEquals(before + 1, deniedRows("demo.expired", "reason=expired%"), "the server saw and audited it");
    }

    @Test
    void disabledAccountIsToldOnlyWithThePassword() throws Exception {
        Path key = keys.resolve("disabled.p12");
        TestServer.provisioning().createStaff("pre.disabled", "試験 停止", StaffRole.CLERK, "ZEIMU",
                "mamori-demo".toCharArray(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), key);
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "UPDATE MAMORI.STAFF SET ACTIVE = FALSE WHERE USER_NAME = 'pre.disabled'")) {
            st.executeUpdate();
        }
        LoginException wrong = assertThrows(LoginException.class, () -> new MamoriConnector(TestServer.clientConfig())
                .login(key, "wrong".toCharArray()));
        assertEquals(LoginFailure.WRONG_CREDENTIALS, wrong.failure());
        LoginException right = assertThrows(LoginException.class, () -> new MamoriConnector(TestServer.clientConfig())
                .login(key, "mamori-demo".toCharArray()));
        assertEquals(LoginFailure.ACCOUNT_DISABLED, right.failure());
        assertEquals(0, loginSessions("pre.disabled"));
    }

    @Test
    void anUnverifiedTerminalClaimNeverReachesTheTerminalColumn() throws Exception {
        // A valid staff key and password, the demo terminal's certificate, but no terminal key: the
        // terminal signature is made with the staff key. The claim is kept as a claim.
        IssuedCredential staff = Tokens.staffKey("kodomo.chief");
        IssuedCredential terminal = Tokens.terminalKey();
        String token = LoginToken.create("kodomo.chief", "DEMO-PC01", TestServer.user("kodomo.chief").password().toCharArray(),
                staff.key(), staff.certificate(), staff.key(), terminal.certificate(), Instant.now()).encode();
        SQLException e = assertThrows(SQLException.class,
                () -> TestServer.connect(TestServer.sslUrl(REALM), "kodomo.chief", token).close());
        assertTrue(e.getMessage().contains(ProvenRefusal.MARKER + "TERMINAL]"), e.getMessage());
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement("""
                SELECT TERMINAL_ID, DETAIL FROM MAMORI.AUDIT_LOG WHERE ACTION = 'LOGIN' AND USER_NAME = 'kodomo.chief'
                ORDER BY SEQ DESC LIMIT 1""");
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("?", rs.getString(1));
            assertTrue(rs.getString(2).contains("terminal_claim=DEMO-PC01"), rs.getString(2));
        }
    }

    private static String token(String user, String password) throws Exception {
        IssuedCredential staff = Tokens.staffKey(user);
        IssuedCredential terminal = Tokens.terminalKey();
        return LoginToken.create(user, "DEMO-PC01", password.toCharArray(), staff.key(), staff.certificate(),
                terminal.key(), terminal.certificate(), Instant.now()).encode();
    }

    private static long loginSessions(String user) throws SQLException {
        return count("SELECT COUNT(*) FROM MAMORI.LOGIN_SESSION WHERE USER_NAME = ?", user);
    }

    private static long sessionsOf(String user) throws SQLException {
        return count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = UPPER(?) || '@MAMORI'", user);
    }

    private static long deniedRows(String user, String detailLike) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
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

    /** 1 if the user's latest login row is DENIED with the given reason, else 0. */
    private static long lastLoginRows(String user, String reason) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement("""
                SELECT OUTCOME, DETAIL FROM MAMORI.AUDIT_LOG WHERE ACTION = 'LOGIN' AND USER_NAME = ?
                ORDER BY SEQ DESC LIMIT 1""")) {
            st.setString(1, user);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && "DENIED".equals(rs.getString(1)) && rs.getString(2).startsWith(reason) ? 1 : 0;
            }
        }
    }

    private static long count(String sql, String user) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(sql)) {
            st.setString(1, user);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
