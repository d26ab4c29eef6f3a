package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A clerk with their own valid key file, password and the designated terminal, typing SQL over
 * plain JDBC: every table operation fails, the audit log cannot be changed, administrator
 * procedures are refused and leave DENIED rows.
 */
class ClerkOverPlainJdbcTest {

    private static Connection clerk;

    @BeforeAll
    static void logInAsClerk() throws Exception {
        clerk = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "zeimu.clerk", Tokens.fresh("zeimu.clerk"));
    }

    @AfterAll
    static void close() throws SQLException {
        clerk.close();
    }

    static Stream<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'MAMORI' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add("MAMORI.\"" + rs.getString(1) + "\"");
            }
        }
        assertTrue(tables.size() >= 12, "the schema's tables are all listed");
        return tables.stream();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyStatementOnEveryTableFails(String table) throws SQLException {
        for (String sql : List.of(
                "SELECT * FROM " + table,
                "SELECT COUNT(*) FROM " + table,
                "INSERT INTO " + table + " DEFAULT VALUES",
                "UPDATE " + table + " SET " + firstColumn(table) + " = " + firstColumn(table),
                "DELETE FROM " + table,
                "TRUNCATE TABLE " + table,
                "DROP TABLE " + table,
                "ALTER TABLE " + table + " ADD COLUMN X INT",
                "CREATE INDEX ATTACK_IDX ON " + table + " (" + firstColumn(table) + ")")) {
            assertRefused(sql);
        }
    }

    @Test
    void auditLogCannotBeChangedEvenByTheServerAccount() throws SQLException {
        assertRefused("UPDATE MAMORI.AUDIT_LOG SET OUTCOME = 'OK'");
        assertRefused("DELETE FROM MAMORI.AUDIT_LOG");
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE MAMORI.AUDIT_LOG SET OUTCOME = 'OK' WHERE SEQ = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("DELETE FROM MAMORI.AUDIT_LOG WHERE SEQ = 1"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void ddlAndServerFunctionsAreRefused() {
        for (String sql : List.of(
                "CREATE ALIAS MY_EXEC FOR 'java.lang.Runtime.getRuntime'",
                "CREATE TABLE PUBLIC.LOOT(X INT)",
                "CREATE USER EVIL PASSWORD 'x' ADMIN",
                "CREATE TRIGGER T BEFORE INSERT ON MAMORI.AUDIT_LOG FOR EACH ROW CALL 'x.Y'",
                "SCRIPT TO '/tmp/mamori-dump.sql'",
                "RUNSCRIPT FROM '/tmp/x.sql'",
                "BACKUP TO '/tmp/mamori-backup.zip'",
                "CALL FILE_READ('/etc/passwd')",
                "CALL CSVWRITE('/tmp/x.csv', 'SELECT 1')",
                "SET AUTHENTICATOR FALSE",
                "SHUTDOWN",
                "GRANT ALL ON SCHEMA MAMORI TO PUBLIC",
                "ALTER USER \"ZEIMU.CLERK@MAMORI\" ADMIN TRUE")) {
            assertRefused(sql);
        }
    }

    @Test
    void administratorProceduresAreRefusedAndAudited() throws SQLException {
        long before = deniedRows("zeimu.clerk", "STAFF_UNLOCK");
        SQLException e = assertThrows(SQLException.class, () -> execute("CALL API.ADMIN_UNLOCK_STAFF('attack', 'demo.locked')"));
        assertTrue(e.getMessage().contains("MAMORI[denied.role]"), e.getMessage());
        assertEquals(before + 1, deniedRows("zeimu.clerk", "STAFF_UNLOCK"));

        long revokes = deniedRows("zeimu.clerk", "CERT_REVOKE");
        assertThrows(SQLException.class, () -> execute("CALL API.ADMIN_REVOKE_CERTIFICATE('attack', '1', 'x')"));
        assertEquals(revokes + 1, deniedRows("zeimu.clerk", "CERT_REVOKE"));
        assertThrows(SQLException.class, () -> execute("SELECT * FROM API.ADMIN_LIST_STAFF('attack')"));
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT LOCKED_AT IS NOT NULL FROM MAMORI.STAFF WHERE USER_NAME = 'demo.locked'")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "the locked account stays locked");
        }
    }

    @Test
    void clerkCannotEvenLookAtTheirOwnPrivileges() {
        // Was: the clerk could read INFORMATION_SCHEMA and saw no rights. Now no statement other
        // than an API call reaches the database at all (ADR 0012), which is strictly stronger.
        for (String sql : List.of("SELECT COUNT(*) FROM INFORMATION_SCHEMA.RIGHTS",
                "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER")) {
            SQLException e = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertTrue(e.getMessage().contains("MAMORI[denied.statement]"), e.getMessage());
        }
    }

    private static String firstColumn(String table) throws SQLException {
        String name = table.substring("MAMORI.\"".length(), table.length() - 1);
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                        + "'MAMORI' AND TABLE_NAME = '" + name + "' ORDER BY ORDINAL_POSITION LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertRefused(String sql) {
        assertThrows(SQLException.class, () -> execute(sql), () -> "must be refused: " + sql);
    }

    private static void execute(String sql) throws SQLException {
        try (Statement st = clerk.createStatement()) {
            if (st.execute(sql)) {
                try (ResultSet rs = st.getResultSet()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        }
    }

    static long deniedRows(String user, String action) throws SQLException {
        try (Connection admin = TestServer.admin(); var st = admin.prepareStatement(
                "SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE USER_NAME = ? AND ACTION = ? AND OUTCOME = 'DENIED'")) {
            st.setString(1, user);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
