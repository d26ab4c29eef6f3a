package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.mamori.db.server.OperatorAudit;
import jp.mamori.db.contract.Realms;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 10: whoever holds the server secret on the server host reaches no victim data over the
 * network. The administrator {@code SERVER@SERVERADMIN} is refused over loopback (the production
 * default); the maintenance account {@code OPERATOR@SERVERADMIN} is filtered like a staff session —
 * its own SQL is refused with a row — and can only call the API.SERVER_* procedures, each a row. A
 * clerk calling those procedures is refused with a DENIED row.
 */
class OperatorAccountAttackTest {

    @TempDir
    static Path dir;

    private static String secret;
    private static Connection operator;

    @BeforeAll
    static void logInAsOperator() throws Exception {
        secret = Files.readString(TestServer.get().server().layout().adminSecret()).strip();
        operator = TestServer.connect(TestServer.sslUrl(";AUTHREALM=SERVERADMIN"), Realms.OPERATOR_USER, secret);
    }

    @AfterAll
    static void close() throws SQLException {
        operator.close();
    }

    @Test
    void theAdministratorIsNotReachableOverLoopbackWithTheRealSecret() throws Exception {
        long before = lastSeq();
        SQLException refused = assertThrows(SQLException.class, () -> TestServer.connect(
                TestServer.sslUrl(";AUTHREALM=SERVERADMIN"), Realms.SERVER_ADMIN_USER, secret).close());
        assertEquals(28000, refused.getErrorCode(), "H2's wrong user or password: " + refused.getMessage());
        assertEquals(List.of("SERVER_LOGIN:DENIED:reason=no-network-sql"),
                rowsAfter(before, OperatorAudit.ADMINISTRATOR, "SERVER_LOGIN"));
    }

    @Test
    void theOperatorsOwnSqlIsRefusedAndEachAttemptIsARow() throws Exception {
        Path backup = dir.resolve("stolen.zip");
        Path script = dir.resolve("dump.sql");
        List<String> attempts = List.of(
                "SELECT * FROM MAMORI.PERSON",
                "SELECT COUNT(*) FROM MAMORI.REGISTRATION",
                "CREATE ALIAS ATTACK FOR 'java.lang.System.getProperty'",
                "SCRIPT",
                "SCRIPT TO '" + script + "'",
                "BACKUP TO '" + backup + "'",
                "CREATE USER ATTACKER PASSWORD 'x' ADMIN",
                "GRANT SELECT ON MAMORI.PERSON TO PUBLIC",
                "DELETE FROM MAMORI.AUDIT_LOG",
                "SET AUTHENTICATOR FALSE",
                "CALL DATABASE_PATH()");
        long before = lastSeq();
        for (String sql : attempts) {
            try (Statement st = operator.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("MAMORI[denied.statement]"), sql + ": " + e.getMessage());
            }
        }
        assertEquals(attempts.size(), rowsAfter(before, OperatorAudit.ACCOUNT, "STATEMENT_REFUSED").size(),
                "one DENIED row per attempt");
        assertFalse(Files.exists(backup), "no backup was written where the operator asked");
        assertFalse(Files.exists(script), "no script was written");
        try (Connection admin = TestServer.admin(); ResultSet rs = admin.createStatement().executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ATTACK'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no alias was created");
        }
    }

    @Test
    void theOperatorHoldsNoRightsInTheDatabase() throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = ?")) {
            st.setString(1, OperatorAudit.ACCOUNT);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "the maintenance account is an H2 user");
                assertFalse(rs.getBoolean(1), "and not an administrator");
            }
        }
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.RIGHTS WHERE GRANTEE = ?")) {
            st.setString(1, OperatorAudit.ACCOUNT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no table rights, no roles");
            }
        }
    }

    @Test
    void theMaintenanceProceduresWorkAndEachIsARow() throws Exception {
        long before = lastSeq();
        String zip;
        try (PreparedStatement st = operator.prepareStatement("CALL API.SERVER_BACKUP(?)")) {
            st.setString(1, "server.tools");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                zip = rs.getString(1);
            }
        }
        assertTrue(Files.size(Path.of(zip)) > 0, zip);
        assertTrue(Path.of(zip).startsWith(TestServer.get().server().layout().backups().toAbsolutePath()),
                "written into the server's own backups directory: " + zip);
        String verdict;
        try (PreparedStatement st = operator.prepareStatement("CALL API.SERVER_VERIFY_LOG(?)")) {
            st.setString(1, "server.tools");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                verdict = rs.getString(1);
            }
        }
        assertTrue(verdict.startsWith("intact"), verdict);
        assertEquals(List.of("SERVER_BACKUP:OK:", "SERVER_VERIFY_LOG:OK:result=intact"),
                rowsAfter(before, OperatorAudit.ACCOUNT, "SERVER_BACKUP", "SERVER_VERIFY_LOG"));
    }

    @Test
    void aClerkCallingTheMaintenanceProceduresIsRefusedWithARow() throws Exception {
        long before = lastSeq();
        try (Connection clerk = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "zeimu.clerk",
                Tokens.fresh("zeimu.clerk")); PreparedStatement st = clerk.prepareStatement("CALL API.SERVER_BACKUP(?)")) {
            st.setString(1, "server.tools");
            SQLException e = assertThrows(SQLException.class, st::executeQuery);
            assertTrue(e.getMessage().contains("MAMORI[denied.role]"), e.getMessage());
        }
        assertEquals(List.of("SERVER_BACKUP:DENIED:code=denied.role"),
                rowsAfter(before, "zeimu.clerk", "SERVER_BACKUP"));
    }

    /** ACTION:OUTCOME:reason, result or code (may be empty) of {@code user}'s rows after {@code seq}. */
    private static List<String> rowsAfter(long seq, String user, String... actions) throws SQLException {
        List<String> wanted = List.of(actions);
        List<String> rows = new java.util.ArrayList<>();
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT ACTION, OUTCOME, DETAIL FROM MAMORI.AUDIT_LOG WHERE SEQ > ? AND USER_NAME = ? ORDER BY SEQ")) {
            st.setLong(1, seq);
            st.setString(2, user);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!wanted.contains(rs.getString(1))) {
                        continue;
                    }
                    String detail = java.util.Arrays.stream(rs.getString(3).split(";"))
                            .filter(p -> p.startsWith("reason=") || p.startsWith("result=") || p.startsWith("code="))
                            .collect(java.util.stream.Collectors.joining(";"));
                    rows.add(rs.getString(1) + ":" + rs.getString(2) + ":" + detail);
                }
            }
        }
        return rows;
    }

    private static long lastSeq() throws SQLException {
        try (Connection admin = TestServer.admin();
                ResultSet rs = admin.createStatement().executeQuery("SELECT MAX(SEQ) FROM MAMORI.AUDIT_LOG")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
