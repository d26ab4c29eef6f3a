package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 8 of issue 8: a clerk over plain JDBC reads what the database tells about itself (row
 * counts, change counters, disk space, its path, Java classes), and looks for server stack traces
 * in errors; calls with a wrong number or type of arguments must leave an audit row (ADR 0012).
 */
class UnauditedLeakAttackTest {

    private static final List<String> PROBES = List.of(
            "SELECT TABLE_NAME, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES",
            "SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'MAMORI'",
            "SELECT JAVA_CLASS, JAVA_METHOD FROM INFORMATION_SCHEMA.ROUTINES",
            "SELECT * FROM INFORMATION_SCHEMA.SESSIONS",
            "SELECT * FROM INFORMATION_SCHEMA.SETTINGS",
            "CALL DATABASE_PATH()",
            "CALL DISK_SPACE_USED('MAMORI.PERSON')",
            "SELECT DISK_SPACE_USED('MAMORI.REGISTRATION')",
            "CALL H2VERSION()",
            "VALUES (1)",
            "CALL API.SESSION_INFO(DATABASE_PATH())",
            "call api.session_info('x' || DATABASE_PATH())",
            "CALL API.SESSION_INFO('x') /* comment */",
            "CALL API.SESSION_INFO(?1)");

    @Test
    void whatTheDatabaseTellsAboutItselfIsRefusedAndAudited() throws Exception {
        long before = WireAudit.rows("zeimu.clerk", "STATEMENT_REFUSED");
        try (Connection clerk = ServerExhaustionAttackTest.clerk(); Statement st = clerk.createStatement()) {
            for (String sql : PROBES) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("MAMORI[denied.statement]"), sql + ": " + e.getMessage());
            }
            SQLException meta = assertThrows(SQLException.class,
                    () -> clerk.getMetaData().getTables(null, "MAMORI", "%", null).close());
            assertTrue(meta.getMessage().contains("MAMORI[denied.statement]"), meta.getMessage());
        }
        assertEquals(before + PROBES.size() + 1, WireAudit.rows("zeimu.clerk", "STATEMENT_REFUSED"));
        String detail = WireAudit.lastDetail("zeimu.clerk", "STATEMENT_REFUSED");
        assertFalse(detail.contains("MAMORI.PERSON"), "the statement text is not copied into the log: " + detail);
    }

    @Test
    void aWrongNumberOfArgumentsLeavesAnAuditRow() throws Exception {
        long before = WireAudit.rows("zeimu.clerk", "CALL_REFUSED");
        try (Connection clerk = ServerExhaustionAttackTest.clerk()) {
            for (String sql : List.of("CALL API.SESSION_INFO(?, ?)", "CALL API.SESSION_INFO()",
                    "CALL API.REGISTRY_PERSON(?)", "SELECT * FROM API.FLAG_WORKLIST(?, ?, ?, ?)")) {
                SQLException e = assertThrows(SQLException.class, () -> clerk.prepareStatement(sql).close(), sql);
                assertTrue(e.getMessage().contains("MAMORI[invalid.arguments]"), sql + ": " + e.getMessage());
            }
        }
        assertEquals(before + 4, WireAudit.rows("zeimu.clerk", "CALL_REFUSED"));
        assertTrue(WireAudit.lastDetail("zeimu.clerk", "CALL_REFUSED").contains("code=invalid.arguments"));
    }

    @Test
    void aWrongTypeOfArgumentLeavesAnAuditRow() throws Exception {
        long before = WireAudit.rows("zeimu.clerk", "CALL_REFUSED");
        try (Connection clerk = ServerExhaustionAttackTest.clerk();
                PreparedStatement confirm = clerk.prepareStatement("CALL API.FLAG_CONFIRM(?, ?, ?, ?)")) {
            confirm.setString(1, "attack");
            confirm.setString(2, "not a number");
            confirm.setInt(3, 1);
            confirm.setString(4, "SET");
            SQLException e = assertThrows(SQLException.class, confirm::execute);
            assertTrue(e.getMessage().contains("MAMORI[invalid.arguments]"), e.getMessage());
            SQLException literal = assertThrows(SQLException.class,
                    () -> clerk.prepareStatement("CALL API.FLAG_CONFIRM('attack', 'x', 1, 'SET')").close());
            assertTrue(literal.getMessage().contains("MAMORI[invalid.arguments]"), literal.getMessage());
        }
        assertEquals(before + 2, WireAudit.rows("zeimu.clerk", "CALL_REFUSED"));
        long binary = WireAudit.rows("zeimu.clerk", "CALL_REFUSED");
        try (Connection clerk = ServerExhaustionAttackTest.clerk();
                PreparedStatement info = clerk.prepareStatement("CALL API.SESSION_INFO(?)")) {
            info.setBytes(1, new byte[] {1, 2, 3});
            assertThrows(SQLException.class, info::executeQuery, "a type outside the few allowed ends the connection");
            assertThrows(SQLException.class, () -> clerk.createStatement().execute("CALL API.SESSION_INFO('x')"));
        }
        assertEquals(binary + 1, WireAudit.rows("zeimu.clerk", "CALL_REFUSED"));
    }

    @Test
    void noErrorTheClientReceivesCarriesAServerStackTrace() throws Exception {
        try (Connection clerk = ServerExhaustionAttackTest.clerk(); Statement st = clerk.createStatement()) {
            for (String sql : List.of("SELEC 1", "SELECT * FROM NO_SUCH_TABLE", "CALL API.NO_SUCH_PROCEDURE()",
                    "CALL API.ADMIN_UNLOCK_STAFF('attack', 'demo.locked')", "CALL API.SESSION_INFO('x', 'y')",
                    "CALL API.REGISTRY_PERSON('attack', 'not-a-number')")) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                String sent = e.toString();
                assertFalse(sent.contains("\tat ") || sent.contains("at jp.") || sent.contains("at org.h2"),
                        sql + " sent a stack trace: " + sent);
                assertTrue(e.getMessage().startsWith("MAMORI["), sql + ": " + e.getMessage());
                StringWriter printed = new StringWriter();
                e.printStackTrace(new PrintWriter(printed));
                for (String serverSide : List.of("jp.mamori.db.proc", "jp.mamori.db.server", "jp.mamori.db.auth",
                        "org.h2.server", "org.h2.command.Parser", "org.h2.command.dml", "org.h2.engine.SessionLocal",
                        "org.h2.schema")) {
                    assertFalse(printed.toString().contains(serverSide), "no server class or method: " + printed);
                }
            }
        }
    }
}
