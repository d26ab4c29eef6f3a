package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import jp.mamori.db.auth.SessionReaper;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 5: revoking, locking or disabling ends a live session within 5 s; so does taking a
 * terminal off the designated list; the server ends idle and too old sessions; each LOGIN_SESSION
 * row says why. Real sessions over TLS; idle and age use a sweep at a later instant.
 */
class LiveSessionEndTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path keys;

    @Test
    void revokingTheCertificateEndsTheLiveSessionWithinFiveSeconds() throws Exception {
        Path key = newClerk("live.revoked");
        try (MamoriSession session = login(key, TestServer.clientConfig())) {
            session.recordAction("main", "probe", "");
            String serial = serialOf("live.revoked");
            Instant revoked = Instant.now();
            TestServer.provisioning().revokeCertificate(serial, "test");
            Duration ended = untilNoH2Session("live.revoked", revoked);
            System.out.printf("revocation to end of live session: %d ms%n", ended.toMillis());
            assertTrue(ended.compareTo(LIMIT) < 0, "ended after " + ended);
            assertEquals("REVOKED", endReason("live.revoked"));
            ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> session.recordAction("main", "probe", ""));
            // The reaper closed the H2 session: the next call hears that the server ended it (the
            // precise reason is told at the next login); never an internal error.
            assertTrue(refusal.code().equals("connection.lost") || refusal.code().startsWith("session.ended."),
                    refusal.code());
        }
    }

    @Test
    void lockingOrDisablingEndsTheLiveSession() throws Exception {
        for (String[] change : new String[][] {
                {"live.locked", "UPDATE MAMORI.STAFF SET LOCKED_AT = CURRENT_TIMESTAMP WHERE USER_NAME = ?", "LOCKED"},
                {"live.disabled", "UPDATE MAMORI.STAFF SET ACTIVE = FALSE WHERE USER_NAME = ?", "DISABLED"}}) {
            Path key = newClerk(change[0]);
            try (MamoriSession session = login(key, TestServer.clientConfig())) {
                session.recordAction("main", "probe", "");
                Instant changed = Instant.now();
                update(change[1], change[0]);
                Duration ended = untilNoH2Session(change[0], changed);
                assertTrue(ended.compareTo(LIMIT) < 0, change[0] + " ended after " + ended);
                assertEquals(change[2], endReason(change[0]));
            }
        }
    }

    @Test
    void takingTheTerminalOffTheListEndsItsSessions() throws Exception {
        Path key = newClerk("live.terminal");
        Path terminalKey = keys.resolve("terminal.p12");
        char[] terminalPassword = "terminal-pass".toCharArray();
        TestServer.provisioning().registerTerminal("LIVE-PC99", "試験端末", Instant.now().plus(Duration.ofDays(1)),
                terminalKey, terminalPassword);
        ClientConfig base = TestServer.clientConfig();
        ClientConfig config = new ClientConfig(base.server(), base.caCertificate(), terminalKey, terminalPassword);
        try (MamoriSession session = login(key, config)) {
            session.recordAction("main", "probe", "");
            Instant changed = Instant.now();
            update("UPDATE MAMORI.TERMINAL SET ACTIVE = FALSE WHERE TERMINAL_ID = ?", "LIVE-PC99");
            Duration ended = untilNoH2Session("live.terminal", changed);
            assertTrue(ended.compareTo(LIMIT) < 0, "ended after " + ended);
            assertEquals("TERMINAL", endReason("live.terminal"));
        }
    }

    @Test
    void theServerEndsIdleAndTooOldSessions() throws Exception {
        TestServer.get();
        SessionReaper sweeper = new SessionReaper(ServerContext.get());
        try {
            Path idleKey = newClerk("live.idle");
            try (MamoriSession session = login(idleKey, TestServer.clientConfig())) {
                session.recordAction("main", "probe", "");
                sweeper.sweep(Instant.now().plus(Duration.ofMinutes(14)));
                assertEquals(1, h2Sessions("live.idle"), "14 minutes idle is still within client.idleLockMinutes");
                sweeper.sweep(Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(1));
                assertEquals(0, h2Sessions("live.idle"));
                assertEquals("IDLE", endReason("live.idle"));
            }
            Path oldKey = newClerk("live.old");
            try (MamoriSession session = login(oldKey, TestServer.clientConfig())) {
                sweeper.sweep(Instant.now().plus(Duration.ofHours(12)).plusSeconds(1));
                assertEquals(0, h2Sessions("live.old"));
                assertEquals("MAX_AGE", endReason("live.old"));
            }
        } finally {
            sweeper.close();
        }
    }

    @Test
    void logoutRecordsItsReason() throws Exception {
        Path key = newClerk("live.logout");
        login(key, TestServer.clientConfig()).close();
        assertEquals("LOGOUT", endReason("live.logout"));
    }

    private Path newClerk(String user) throws Exception {
        Path key = keys.resolve(user + ".p12");
        TestServer.provisioning().createStaff(user, "試験 終了", StaffRole.CLERK, "ZEIMU", "mamori-demo".toCharArray(),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), key);
        return key;
    }

    private static MamoriSession login(Path key, ClientConfig config) throws Exception {
        return new MamoriConnector(config).login(key, "mamori-demo".toCharArray());
    }

    /** Polls the server's own H2 sessions until the user has none; the time since {@code from}. */
    private static Duration untilNoH2Session(String user, Instant from) throws Exception {
        Instant deadline = from.plus(LIMIT).plusSeconds(5);
        while (Instant.now().isBefore(deadline)) {
            if (h2Sessions(user) == 0) {
                return Duration.between(from, Instant.now());
            }
            Thread.sleep(20);
        }
        return Duration.between(from, Instant.now());
    }

    private static long h2Sessions(String user) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = UPPER(?) || '@MAMORI'")) {
            st.setString(1, user);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String serialOf(String user) throws SQLException {
        return single("SELECT CERT_SERIAL FROM MAMORI.LOGIN_SESSION WHERE USER_NAME = ? ORDER BY LOGIN_ID DESC LIMIT 1", user);
    }

    private static String endReason(String user) throws SQLException {
        return single("SELECT END_REASON FROM MAMORI.LOGIN_SESSION WHERE USER_NAME = ? ORDER BY LOGIN_ID DESC LIMIT 1", user);
    }

    private static String single(String sql, String arg) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(sql)) {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void update(String sql, String arg) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(sql)) {
            st.setString(1, arg);
            assertEquals(1, st.executeUpdate());
        }
    }
}
