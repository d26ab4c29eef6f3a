package jp.mamori.db.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Logins through the real client path against the real TLS server and realm. */
class LoginTest {

    @Test
    void clerkLogsInAndServerKnowsRoleSectionAndTerminal() throws Exception {
        try (MamoriSession session = TestServer.login("zeimu.clerk")) {
            assertEquals("zeimu.clerk", session.info().userName());
            assertEquals(StaffRole.CLERK, session.info().role());
            assertEquals("ZEIMU", session.info().sectionCode());
            assertEquals("税務課", session.info().sectionName());
            assertEquals("DEMO-PC01", session.info().terminalId());
            assertEquals(15, session.info().idleLockMinutes());
        }
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() throws Exception {
        long before = loginRows("zeimu.chief", "DENIED");
        DemoUser user = TestServer.user("zeimu.chief");
        LoginException e = assertThrows(LoginException.class,
                () -> new MamoriConnector(TestServer.clientConfig()).login(user.pkcs12(), "wrong".toCharArray()));
        assertEquals(LoginFailure.WRONG_CREDENTIALS, e.failure());
        assertEquals(before + 1, loginRows("zeimu.chief", "DENIED"));
    }

    @Test
    void lockedExpiredAndRevokedAreToldApart() {
        assertEquals(LoginFailure.ACCOUNT_LOCKED, failure("demo.locked"));
        assertEquals(LoginFailure.CERTIFICATE_EXPIRED, failure("demo.expired"));
        assertEquals(LoginFailure.CERTIFICATE_REVOKED, failure("demo.revoked"));
    }

    private static LoginFailure failure(String name) {
        DemoUser user = TestServer.user(name);
        return assertThrows(LoginException.class, () -> new MamoriConnector(TestServer.clientConfig())
                .login(user.pkcs12(), user.password().toCharArray())).failure();
    }

    static long loginRows(String user, String outcome) throws Exception {
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE ACTION = 'LOGIN' AND USER_NAME = '"
                        + user + "' AND OUTCOME = '" + outcome + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
