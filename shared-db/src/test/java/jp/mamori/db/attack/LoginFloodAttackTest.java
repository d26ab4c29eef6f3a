package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 9 (part): an unauthenticated flood from one address cannot fill the log with rows naming
 * any user it likes. 500 login attempts with random user names from loopback within a minute: at
 * most the limit (30) reach the realm and leave rows naming a user, the rest are refused before any
 * realm runs, and the address gets exactly one {@code LOGIN_FLOOD} row that names no user. A real
 * login from the flooded address is told why it is refused, and works again after the window.
 */
class LoginFloodAttackTest {

    private static final int LIMIT = 30;
    private static final int ATTEMPTS = 500;

    @AfterEach
    void restore() throws Exception {
        TestServer.setting("login.attemptWindowSeconds", "60");
        TestServer.setting("login.maxAttemptsPerAddress", TestServer.MANY_LOGINS);
        Thread.sleep(1_200);
    }

    @Test
    void aFloodOfRandomUserNamesLeavesAtMostTheLimitOfRowsAndOneAlert() throws Exception {
        String prefix = "flood" + UUID.randomUUID().toString().substring(0, 8);
        startFreshWindow(prefix + "-start");
        long before = lastSeq();
        int refusedByTheGuard = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            SQLException e = assertThrows(SQLException.class, attempt(prefix + "-" + i));
            if (e.getMessage() != null && e.getMessage().contains("MAMORI[denied.login.rate]")) {
                refusedByTheGuard++;
            }
        }
        long naming = rowsNaming(before, prefix);
        assertTrue(naming <= LIMIT, naming + " rows name the flood's users; the limit is " + LIMIT);
        assertTrue(refusedByTheGuard >= ATTEMPTS - LIMIT, refusedByTheGuard + " refused by the guard");
        assertEquals(1, floodRows(before, "127.0.0.1"), "one LOGIN_FLOOD row for the address and window");

        LoginException told = assertThrows(LoginException.class, () -> TestServer.login("zeimu.clerk").close());
        assertEquals(LoginFailure.TOO_MANY_ATTEMPTS, told.failure());
        assertEquals(1, floodRows(before, "127.0.0.1"), "still one row: the window's alert is written once");

        TestServer.setting("login.attemptWindowSeconds", "1");
        Thread.sleep(2_300);
        try (MamoriSession session = TestServer.login("zeimu.clerk")) {
            assertEquals("zeimu.clerk", session.info().userName(), "after the window the clerk logs in");
        }
    }

    /**
     * Makes the next attempts fall in a new window with room for {@link #LIMIT}: the address's
     * current window (of earlier tests) is ended by a short window and one attempt. The new window
     * is 10 minutes long, so that a slow machine's flood (about 50 s for 500 TLS handshakes on two
     * shared cores) stays inside one window.
     */
    private static void startFreshWindow(String user) throws Exception {
        TestServer.setting("login.maxAttemptsPerAddress", Integer.toString(LIMIT + 1));
        TestServer.setting("login.attemptWindowSeconds", "1");
        Thread.sleep(2_300);
        assertThrows(SQLException.class, attempt(user));
        TestServer.setting("login.attemptWindowSeconds", "600");
        Thread.sleep(1_200);
    }

    private static org.junit.jupiter.api.function.Executable attempt(String user) {
        return () -> TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), user, "not-a-token").close();
    }

    private static long rowsNaming(long seq, String prefix) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement("""
                SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE SEQ > ?
                AND (USER_NAME LIKE ? OR TARGET LIKE ? OR DETAIL LIKE ?)""")) {
            st.setLong(1, seq);
            st.setString(2, prefix + "%");
            st.setString(3, prefix + "%");
            st.setString(4, "%" + prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long floodRows(long seq, String address) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE SEQ > ? AND ACTION = 'LOGIN_FLOOD' AND TARGET = ?"
                        + " AND USER_NAME = '-' AND OUTCOME = 'DENIED'")) {
            st.setLong(1, seq);
            st.setString(2, address);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long lastSeq() throws SQLException {
        try (Connection admin = TestServer.admin();
                ResultSet rs = admin.createStatement().executeQuery("SELECT MAX(SEQ) FROM MAMORI.AUDIT_LOG")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
