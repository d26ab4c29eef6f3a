package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.registry.RegistryFixture;
import jp.mamori.db.registry.RegistryFixture.AuditRow;
import jp.mamori.db.release.WorkFixture;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A clerk reading the registry in bulk through the search over plain JDBC: browsing another
 * section's persons is refused and audited, one call returns at most {@code search.maxRows}
 * persons with the total, and seeing many distinct persons raises one MASS_LOOKUP alert row per
 * window for the security officer.
 */
class BulkSearchOverPlainJdbcTest {

    private static final String SEARCH = "SELECT * FROM API.REGISTRY_SEARCH('attack', ?, ?, ?, ?, ?, ?, ?, ?)";

    private static Connection clerk;

    @BeforeAll
    static void logIn() throws Exception {
        clerk = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "zeimu.clerk", Tokens.fresh("zeimu.clerk"));
        for (int i = 0; i < 4; i++) {
            WorkFixture.register(WorkFixture.newPerson(), "ZEIMU");
            WorkFixture.register(WorkFixture.newPerson(), "KODOMOKATEI");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        clerk.close();
    }

    @Test
    void browsingAnotherSectionIsRefusedAndAudited() throws Exception {
        long mark = RegistryFixture.auditMark();
        for (String status : List.of("ALL", "ACTIVE", "RELEASED")) {
            SQLException e = assertThrows(SQLException.class,
                    () -> rows(clerk, null, null, null, null, null, "KODOMOKATEI", status, "10000"));
            assertTrue(e.getMessage().startsWith("MAMORI[denied.browseOtherSection]"), e.getMessage());
        }
        SQLException bySex = assertThrows(SQLException.class,
                () -> rows(clerk, null, null, null, null, "F", "KODOMOKATEI", "ALL", "10000"));
        assertTrue(bySex.getMessage().startsWith("MAMORI[denied.browseOtherSection]"), bySex.getMessage());

        List<AuditRow> audit = RegistryFixture.auditSince(mark, "zeimu.clerk");
        assertEquals(4, audit.size());
        for (AuditRow row : audit) {
            assertEquals("PERSON_SEARCH:DENIED", row.action() + ":" + row.outcome());
            assertTrue(row.detail().contains("code=denied.browseOtherSection"), row.detail());
        }
        assertTrue(rows(clerk, null, null, null, null, null, "ZEIMU", "ACTIVE", "5").size() > 0,
                "the own section may be browsed");
        rows(clerk, null, "シケン", "PREFIX", null, null, "KODOMOKATEI", "ALL", "5");
    }

    @Test
    void oneSearchReturnsAtMostTheCapWithTheTotal() throws Exception {
        long total = RegistryFixture.count("""
                SELECT COUNT(DISTINCT PERSON_ID) FROM MAMORI.REGISTRATION WHERE SECTION_CODE = 'ZEIMU'""");
        assertTrue(total > 3, "enough persons: " + total);
        TestServer.setting("search.maxRows", "3");
        try {
            long mark = RegistryFixture.auditMark();
            List<long[]> found = rows(clerk, null, null, null, null, null, "ZEIMU", "ALL", "10000");
            assertEquals(3, found.size(), "capped by the server, whatever the client asks for");
            for (long[] row : found) {
                assertEquals(1, row[1], "TRUNCATED");
                assertEquals(total, row[2], "TOTAL");
            }
            AuditRow row = RegistryFixture.auditSince(mark, "zeimu.clerk").get(0);
            assertTrue(row.detail().contains("limit=3;hits=3;total=" + total + ";truncated=true"), row.detail());
        } finally {
            TestServer.setting("search.maxRows", "200");
        }
        List<long[]> few = rows(clerk, null, null, null, null, null, "ZEIMU", "ALL", "2");
        assertEquals(2, few.size());
        assertEquals(total, few.get(0)[2]);
    }

    @Test
    void manyDistinctPersonsRaiseOneAlertPerWindow() throws Exception {
        TestServer.setting("lookup.alertPersons", "5");
        try (Connection bulk = ExtraStaff.login("bulk.clerk", StaffRole.CLERK, "ZEIMU")) {
            long mark = RegistryFixture.auditMark();
            List<long[]> first = rows(bulk, null, null, null, null, null, "ZEIMU", "ALL", "4");
            assertEquals(4, first.size());
            assertEquals(List.of(), alerts(mark), "4 persons are not a mass look-up");

            List<long[]> second = rows(bulk, null, null, null, null, null, "ZEIMU", "ALL", "8");
            assertEquals(8, second.size());
            List<AuditRow> raised = alerts(mark);
            assertEquals(1, raised.size(), raised::toString);
            AuditRow alert = raised.get(0);
            assertEquals("OK", alert.outcome());
            assertEquals("ZEIMU", alert.section());
            assertTrue(alert.detail().startsWith("alert=securityOfficer;persons=8;threshold=5;windowMinutes=60;since="),
                    alert.detail());
            List<AuditRow> all = RegistryFixture.auditSince(mark, "bulk.clerk");
            assertEquals(List.of("PERSON_SEARCH", "PERSON_SEARCH", "MASS_LOOKUP"),
                    all.stream().map(AuditRow::action).toList(), "the alert follows the call that raised it");

            rows(bulk, null, null, null, null, null, "ZEIMU", "ALL", "20");
            for (long[] row : second) {
                try (PreparedStatement st = bulk.prepareStatement("SELECT * FROM API.REGISTRY_PERSON('attack', ?)")) {
                    st.setString(1, Long.toString(row[0]));
                    st.executeQuery().close();
                }
            }
            assertEquals(1, alerts(mark).size(), "once per window, not once per further look-up");
        } finally {
            TestServer.setting("lookup.alertPersons", "500");
        }
    }

    private static List<AuditRow> alerts(long mark) throws SQLException {
        return RegistryFixture.auditSince(mark, "bulk.clerk").stream()
                .filter(r -> r.action().equals("MASS_LOOKUP")).toList();
    }

    /** PERSON_ID, TRUNCATED (0/1) and TOTAL of each row. */
    private static List<long[]> rows(Connection c, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SEARCH)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<long[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong("PERSON_ID"), rs.getBoolean("TRUNCATED") ? 1 : 0,
                            rs.getLong("TOTAL")});
                }
            }
            return rows;
        }
    }
}
