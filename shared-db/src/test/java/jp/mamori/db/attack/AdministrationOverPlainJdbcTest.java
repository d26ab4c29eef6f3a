package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Roles kept apart over plain JDBC with real credentials (ADR 0015): a clerk and a chief calling every
 * administrator procedure, and the administrator calling every registry, release, worklist or other
 * procedure that is not theirs, or reading any table. The procedures are read from the database's own
 * list, so a new procedure is attacked without anyone adding it here. Each call is refused with
 * {@code denied.role}, leaves exactly one DENIED row and changes nothing.
 */
class AdministrationOverPlainJdbcTest {

    /** What the administrator may call besides the ADMIN_ procedures: about their own session only. */
    private static final Set<String> ADMIN_ALSO = Set.of("SESSION_INFO", "RECORD_ACTION", "LOGOUT", "CHANGE_PASSWORD",
            "CLIENT_SETTINGS");

    private static Connection clerk;
    private static Connection chief;
    private static Connection admin;

    @BeforeAll
    static void logIn() throws Exception {
        clerk = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "zeimu.clerk", Tokens.fresh("zeimu.clerk"));
        chief = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "zeimu.chief", Tokens.fresh("zeimu.chief"));
        admin = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "admin", Tokens.fresh("admin"));
    }

    @AfterAll
    static void close() throws SQLException {
        clerk.close();
        chief.close();
        admin.close();
    }

    /** Every procedure of schema API as a call with harmless, well-typed arguments. */
    static List<Call> procedures() throws SQLException {
        List<Call> calls = new ArrayList<>();
        try (Connection c = TestServer.admin(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT R.ROUTINE_NAME, R.SPECIFIC_NAME FROM INFORMATION_SCHEMA.ROUTINES R
                        WHERE R.ROUTINE_SCHEMA = 'API' ORDER BY R.ROUTINE_NAME, R.SPECIFIC_NAME""")) {
            while (rs.next()) {
                calls.add(new Call(rs.getString(1), "CALL API." + rs.getString(1) + "(" + arguments(c, rs.getString(2))
                        + ")"));
            }
        }
        assertTrue(calls.stream().filter(Call::administrative).count() >= 25, calls.toString());
        return calls;
    }

    static Stream<Call> administratorProcedures() throws SQLException {
        return procedures().stream().filter(Call::administrative);
    }

    static Stream<Call> othersProcedures() throws SQLException {
        return procedures().stream().filter(c -> !c.administrative() && !ADMIN_ALSO.contains(c.name()));
    }

    @ParameterizedTest
    @MethodSource("administratorProcedures")
    void clerkAndChiefAreRefusedEveryAdministratorProcedure(Call call) throws Exception {
        String settings = snapshot("SELECT LISTAGG(NAME || '=' || VAL, ',') WITHIN GROUP (ORDER BY NAME) FROM MAMORI.SETTING");
        String staff = snapshot("SELECT LISTAGG(USER_NAME || ROLE_CODE || ACTIVE || MUST_CHANGE_PASSWORD, ',') "
                + "WITHIN GROUP (ORDER BY USER_NAME) FROM MAMORI.STAFF");
        assertRefusedAndAudited(clerk, "zeimu.clerk", call);
        assertRefusedAndAudited(chief, "zeimu.chief", call);
        assertEquals(settings, snapshot("SELECT LISTAGG(NAME || '=' || VAL, ',') WITHIN GROUP (ORDER BY NAME) "
                + "FROM MAMORI.SETTING"));
        assertEquals(staff, snapshot("SELECT LISTAGG(USER_NAME || ROLE_CODE || ACTIVE || MUST_CHANGE_PASSWORD, ',') "
                + "WITHIN GROUP (ORDER BY USER_NAME) FROM MAMORI.STAFF"));
        assertEquals("0", snapshot("SELECT COUNT(*) FROM MAMORI.TERMINAL WHERE TERMINAL_ID = 'X' OR NOT ACTIVE "
                + "AND TERMINAL_ID = 'DEMO-PC01'"));
    }

    @ParameterizedTest
    @MethodSource("othersProcedures")
    void administratorIsRefusedEveryRegistryReleaseAndWorklistProcedure(Call call) throws Exception {
        assertRefusedAndAudited(admin, "admin", call);
    }

    @ParameterizedTest
    @MethodSource("jp.mamori.db.attack.ClerkOverPlainJdbcTest#tables")
    void administratorReadsNoTable(String table) {
        for (String sql : List.of("SELECT * FROM " + table, "SELECT COUNT(*) FROM " + table, "DELETE FROM " + table)) {
            assertThrows(SQLException.class, () -> execute(admin, sql), () -> "must be refused: " + sql);
        }
    }

    private static void assertRefusedAndAudited(Connection who, String user, Call call) throws Exception {
        long before = denied(user);
        SQLException e = assertThrows(SQLException.class, () -> execute(who, call.sql()), call::sql);
        assertTrue(e.getMessage().contains("MAMORI[denied.role]"), call.sql() + " -> " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals(before + 1, denied(user), "one DENIED row for " + call.sql());
    }

    private static String arguments(Connection c, String specificName) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                SELECT DATA_TYPE FROM INFORMATION_SCHEMA.PARAMETERS WHERE SPECIFIC_SCHEMA = 'API'
                AND SPECIFIC_NAME = ? ORDER BY ORDINAL_POSITION""")) {
            st.setString(1, specificName);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    values.add(values.isEmpty() ? "'attack'" : switch (type) {
                        case "INTEGER", "BIGINT", "SMALLINT", "TINYINT" -> "1";
                        case "BOOLEAN" -> "FALSE";
                        // The wire guard takes a date only as a bound value, never as a literal (ADR 0012).
                        case "DATE" -> "NULL";
                        default -> "'X'";
                    });
                }
            }
        }
        return String.join(", ", values);
    }

    private static void execute(Connection who, String sql) throws SQLException {
        try (Statement st = who.createStatement()) {
            if (st.execute(sql)) {
                try (ResultSet rs = st.getResultSet()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        }
    }

    private static long denied(String user) throws SQLException {
        return Long.parseLong(snapshot("SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE OUTCOME = 'DENIED' AND USER_NAME = '"
                + user + "'"));
    }

    private static String snapshot(String sql) throws SQLException {
        try (Connection c = TestServer.admin(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return String.valueOf(rs.getString(1));
        }
    }

    /** One procedure call. */
    record Call(String name, String sql) {
        boolean administrative() {
            return name.startsWith("ADMIN_");
        }

        @Override
        public String toString() {
            return sql;
        }
    }
}
