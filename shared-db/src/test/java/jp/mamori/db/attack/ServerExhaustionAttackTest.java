package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.server.ServerLayout;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 of issue 8: a clerk with their own key file and password, or anyone who can reach the
 * port, tries to exhaust the server over plain JDBC and raw sockets (ADR 0012).
 */
class ServerExhaustionAttackTest {

    private static final String REALM = ";AUTHREALM=MAMORI";

    @Test
    void aTemporaryTableIsRefusedAndTheDatabaseFileDoesNotGrow() throws Exception {
        Path file = databaseFile();
        long before = Files.size(file);
        long refusals = WireAudit.rows("zeimu.clerk", "STATEMENT_REFUSED");
        try (Connection clerk = clerk(); Statement st = clerk.createStatement()) {
            SQLException create = assertThrows(SQLException.class,
                    () -> st.execute("CREATE LOCAL TEMPORARY TABLE LOOT(X VARCHAR)"));
            assertTrue(create.getMessage().contains("MAMORI[denied.statement]"), create.getMessage());
            assertThrows(SQLException.class, () -> st.execute(
                    "INSERT INTO LOOT SELECT REPEAT('x', 10000) FROM SYSTEM_RANGE(1, 100000)"));
        }
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement()) {
            st.execute("CHECKPOINT");
        }
        long after = Files.size(file);
        System.out.printf("database file before %d bytes, after a temporary-table attempt %d bytes%n", before, after);
        assertTrue(after - before < 1024 * 1024, "the file grew by " + (after - before) + " bytes");
        assertEquals(refusals + 2, WireAudit.rows("zeimu.clerk", "STATEMENT_REFUSED"));
    }

    @Test
    void generatedRangesNeverReachTheDatabase() throws Exception {
        try (Connection clerk = clerk(); Statement st = clerk.createStatement()) {
            long start = System.nanoTime();
            for (String sql : List.of(
                    "SET QUERY_TIMEOUT 0", // first: where nothing stops the cross join, this fails at once
                    "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) A, SYSTEM_RANGE(1, 100000) B",
                    "SELECT API.SESSION_INFO('attack') FROM SYSTEM_RANGE(1, 1000000)",
                    "CALL API.SESSION_INFO((SELECT MAX(X) FROM SYSTEM_RANGE(1, 100000000)))",
                    "CALL API.SESSION_INFO('a'); SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) A, SYSTEM_RANGE(1, 100000) B")) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("MAMORI[denied.statement]"), e.getMessage());
            }
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once, nothing ran");
        }
    }

    @Test
    void everySessionHasTheServersMaximumQueryTime() throws Exception {
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME = 'MAX_QUERY_TIMEOUT'")) {
            assertTrue(rs.next());
            assertEquals(Integer.toString(ServerLayout.MAX_QUERY_MILLIS), rs.getString(1));
        }
    }

    @Test
    void urlSettingsBeyondTheRealmAreRefusedBeforeAnyClassIsLoaded() throws Exception {
        int instances = RecordingEventListener.INSTANCES.get();
        for (String setting : List.of(";DATABASE_EVENT_LISTENER='" + RecordingEventListener.class.getName() + "'",
                ";OPEN_NEW=TRUE", ";INIT=CREATE LOCAL TEMPORARY TABLE X(A INT)", ";MV_STORE=FALSE",
                ";ACCESS_MODE_DATA=r", ";QUERY_TIMEOUT=0", ";MAX_QUERY_TIMEOUT=0", ";IFEXISTS=FALSE")) {
            SQLException e = assertThrows(SQLException.class, () -> TestServer.connect(
                    TestServer.sslUrl(REALM + setting), "zeimu.clerk", Tokens.fresh("zeimu.clerk")).close(), setting);
            assertTrue(e.getMessage().contains("MAMORI[denied.setting]"), setting + ": " + e.getMessage());
        }
        assertEquals(instances, RecordingEventListener.INSTANCES.get(), "the server never instantiated the listener");
        SQLException noRealm = assertThrows(SQLException.class,
                () -> TestServer.connect(TestServer.sslUrl(""), "zeimu.clerk", Tokens.fresh("zeimu.clerk")).close());
        assertTrue(noRealm.getMessage().contains("MAMORI[denied.setting]"), noRealm.getMessage());
    }

    @Test
    void idleSocketsAreCappedPerAddressAndFreedAtTheHandshakeDeadline() throws Exception {
        int port = TestServer.get().server().port();
        TestServer.setting("net.maxConnectionsPerAddress", "8");
        TestServer.setting("net.handshakeTimeoutMillis", "1500");
        List<Socket> idle = new ArrayList<>();
        try {
            Thread.sleep(1200); // the guard re-reads its settings at most once a second
            int baseline = serverThreads();
            for (int i = 0; i < 200; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.setSoTimeout(5000);
                idle.add(s);
            }
            Thread.sleep(300);
            int during = serverThreads();
            System.out.printf("server connection threads: %d before, %d with 200 idle sockets open%n", baseline, during);
            assertTrue(during - baseline <= 8, "at most 8 threads for one address, was " + (during - baseline));
            long closedByServer = idle.stream().filter(ServerExhaustionAttackTest::closedByServer).count();
            assertEquals(200, closedByServer, "every idle socket was closed: over the cap at once, the rest at the deadline");
            int after = serverThreads();
            for (int i = 0; i < 30 && after > baseline; i++) {
                Thread.sleep(100); // a closing thread may still be on its way out
                after = serverThreads();
            }
            System.out.printf("server connection threads after the handshake deadline: %d%n", after);
            assertTrue(after <= baseline, "the deadline freed the threads");
            try (Connection clerk = clerk(); PreparedStatement st = clerk.prepareStatement("CALL API.SESSION_INFO(?)")) {
                st.setString(1, "attack");
                st.executeQuery().close();
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
            TestServer.setting("net.maxConnectionsPerAddress", "32");
            TestServer.setting("net.handshakeTimeoutMillis", "10000");
        }
    }

    @Test
    void callsOverTheSessionRateAreRefusedWithAnAlertForTheSecurityOfficer() throws Exception {
        TestServer.setting("session.maxCallsPerMinute", "20");
        try {
            Thread.sleep(1200);
            long alerts = WireAudit.rows("zeimu.clerk", "RATE_LIMIT");
            long refused = WireAudit.rows("zeimu.clerk", "CALL_REFUSED");
            int ok = 0;
            List<String> refusals = new ArrayList<>();
            try (Connection clerk = clerk(); PreparedStatement st = clerk.prepareStatement("CALL API.SESSION_INFO(?)")) {
                st.setString(1, "attack");
                for (int i = 0; i < 25; i++) {
                    try {
                        st.executeQuery().close();
                        ok++;
                    } catch (SQLException e) {
                        refusals.add(e.getMessage());
                    }
                }
            }
            assertEquals(20, ok);
            assertEquals(5, refusals.size());
            assertTrue(refusals.stream().allMatch(m -> m.contains("MAMORI[denied.rate]")), refusals::toString);
            assertEquals(alerts + 1, WireAudit.rows("zeimu.clerk", "RATE_LIMIT"), "one alert per session and window");
            assertEquals(refused + 1, WireAudit.rows("zeimu.clerk", "CALL_REFUSED"));
        } finally {
            TestServer.setting("session.maxCallsPerMinute", "600");
        }
    }

    /** Whether the server ended the connection (after a TLS alert, if the handshake had begun). */
    private static boolean closedByServer(Socket s) {
        try (InputStream in = s.getInputStream()) {
            s.setSoTimeout(5000);
            while (in.read() >= 0) {
                // a TLS alert record before the end of the stream
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.io.IOException e) {
            return true; // reset by the server
        }
    }

    /** Threads H2's TCP server runs for its connections ("H2 TCP Server (...) thread-N"). */
    private static int serverThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("H2 TCP Server") && t.getName().contains(" thread-")).count();
    }

    private static Path databaseFile() {
        ServerLayout layout = TestServer.get().server().layout();
        return layout.databasePath().resolveSibling(layout.databasePath().getFileName() + ".mv.db");
    }

    static Connection clerk() throws Exception {
        return TestServer.connect(TestServer.sslUrl(REALM), "zeimu.clerk", Tokens.fresh("zeimu.clerk"));
    }
}
