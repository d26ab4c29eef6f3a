package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.db.release.WorkFixture;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Staff with their own valid key files typing SQL over plain JDBC against the release and
 * flag-work procedures: every attempt to release without a second person, to decide for another
 * section, or to confirm another section's flags is refused, changes nothing and leaves a DENIED
 * row in the audit log.
 */
class ReleaseOverPlainJdbcTest {

    private static final Map<String, Connection> CONNECTIONS = new HashMap<>();

    @AfterAll
    static void close() throws SQLException {
        for (Connection c : CONNECTIONS.values()) {
            c.close();
        }
    }

    private static synchronized Connection as(String user) throws Exception {
        Connection c = CONNECTIONS.get(user);
        if (c == null) {
            c = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), user, Tokens.fresh(user));
            CONNECTIONS.put(user, c);
        }
        return c;
    }

    @Test
    void aClerkCannotApprove() throws Exception {
        long registration = WorkFixture.register(WorkFixture.newPerson(), "ZEIMU");
        long request = request("zeimu.clerk", registration, "RELEASE", "APPLICATION");
        assertDenied("zeimu.clerk", "RELEASE_DECIDE", "denied.role",
                () -> decide("zeimu.clerk", request, true, null, 0));
        assertUnchanged(registration, request);
    }

    @Test
    void aChiefCannotApproveTheirOwnRequest() throws Exception {
        long registration = WorkFixture.register(WorkFixture.newPerson(), "ZEIMU");
        long request = request("zeimu.chief", registration, "DELETE", "ERRONEOUS");
        assertDenied("zeimu.chief", "RELEASE_DECIDE", "denied.ownRequest",
                () -> decide("zeimu.chief", request, true, null, 0));
        assertDenied("zeimu.chief", "RELEASE_DECIDE", "denied.ownRequest",
                () -> decide("zeimu.chief", request, false, "WRONG_PERSON", 0));
        assertUnchanged(registration, request);
        assertTrue(WorkFixture.registrationExists(registration));
    }

    @Test
    void aChiefCannotDecideAnotherSectionsRequest() throws Exception {
        long registration = WorkFixture.register(WorkFixture.newPerson(), "ZEIMU");
        long request = request("zeimu.clerk", registration, "RELEASE", "NO_LONGER_NEEDED");
        assertDenied("kodomo.chief", "RELEASE_DECIDE", "denied.section",
                () -> decide("kodomo.chief", request, true, null, 0));
        assertDenied("hogo.chief", "RELEASE_DECIDE", "denied.section",
                () -> decide("hogo.chief", request, false, "OTHER_PROCEDURE", 0));
        assertDenied("kodomo.clerk", "RELEASE_WITHDRAW", "denied.section", () -> call("kodomo.clerk",
                "CALL API.RELEASE_WITHDRAW('attack', ?)", request));
        assertUnchanged(registration, request);
    }

    @Test
    void aSectionCannotAskForAnotherSectionsRegistration() throws Exception {
        long registration = WorkFixture.register(WorkFixture.newPerson(), "KODOMOKATEI");
        long before = WorkFixture.count("SELECT COUNT(*) FROM MAMORI.RELEASE_REQUEST WHERE REGISTRATION_ID = ?",
                registration);
        assertDenied("zeimu.chief", "RELEASE_REQUEST", "denied.section",
                () -> request("zeimu.chief", registration, "RELEASE", "APPLICATION"));
        assertDenied("zeimu.clerk", "RELEASE_PRECHECK", "denied.section", () -> query("zeimu.clerk",
                "SELECT * FROM API.RELEASE_PRECHECK('attack', ?)", registration));
        assertEquals(before, WorkFixture.count("SELECT COUNT(*) FROM MAMORI.RELEASE_REQUEST WHERE REGISTRATION_ID = ?",
                registration));
    }

    @Test
    void aSectionCannotConfirmAnotherSectionsDuty() throws Exception {
        long person = WorkFixture.newPerson();
        WorkFixture.register(person, "ZEIMU");
        int zeimuDuty = WorkFixture.duties("ZEIMU").iterator().next();
        for (String user : List.of("kodomo.clerk", "kodomo.chief", "hogo.clerk")) {
            assertDenied(user, "FLAG_CONFIRM", "denied.section", () -> call(user,
                    "CALL API.FLAG_CONFIRM('attack', ?, ?, 'SET')", person, zeimuDuty));
        }
        assertEquals("OPEN", WorkFixture.flagWork(person, "SET").get(zeimuDuty));
        assertDenied("security", "FLAG_CONFIRM", "denied.role", () -> call("security",
                "CALL API.FLAG_CONFIRM('attack', ?, ?, 'SET')", person, zeimuDuty));
        assertDenied("admin", "FLAG_WORKLIST", "denied.role", () -> query("admin",
                "SELECT * FROM API.FLAG_WORKLIST('attack', 'SET', TRUE)"));
        assertEquals("OPEN", WorkFixture.flagWork(person, "SET").get(zeimuDuty));
    }

    @Test
    void thereIsNoWayToReleaseWithoutAnApprovedRequest() throws Exception {
        long person = WorkFixture.newPerson();
        long registration = WorkFixture.register(person, "ZEIMU");
        int zeimuDuty = WorkFixture.duties("ZEIMU").iterator().next();

        // deciding on nothing
        assertDenied("zeimu.chief", "RELEASE_DECIDE", "notfound.request",
                () -> decide("zeimu.chief", Long.MAX_VALUE, true, null, 0));
        assertDenied("zeimu.chief", "RELEASE_DECIDE", "invalid.input",
                () -> call("zeimu.chief", "CALL API.RELEASE_DECIDE('attack', NULL, TRUE, NULL, 0)"));
        assertDenied("zeimu.chief", "RELEASE_DECIDE", "invalid.input",
                () -> call("zeimu.chief", "CALL API.RELEASE_DECIDE('attack', 1, NULL, NULL, 0)"));
        // confirming a release nobody asked for
        assertDenied("zeimu.clerk", "FLAG_CONFIRM", "notfound.flagWork", () -> call("zeimu.clerk",
                "CALL API.FLAG_CONFIRM('attack', ?, ?, 'RELEASE')", person, zeimuDuty));
        assertDenied("zeimu.clerk", "FLAG_CONFIRM", "notfound.flagWork", () -> call("zeimu.clerk",
                "CALL API.FLAG_CONFIRM('attack', ?, ?, 'SET')", Long.MAX_VALUE, zeimuDuty));
        assertDenied("zeimu.clerk", "FLAG_CONFIRM", "notfound.duty", () -> call("zeimu.clerk",
                "CALL API.FLAG_CONFIRM('attack', ?, ?, 'SET')", person, Integer.MAX_VALUE));
        // a decided request cannot be decided again; a request cannot be approved by its requester's peer twice
        long request = request("zeimu.clerk", registration, "RELEASE", "APPLICATION");
        decide("zeimu.chief", request, false, "INSUFFICIENT_BASIS", 0);
        assertDenied("zeimu.chief", "RELEASE_DECIDE", "conflict.notPending",
                () -> decide("zeimu.chief", request, true, null, 1));
        assertNull(WorkFixture.releaseDate(registration));
        // and the table itself is out of reach
        for (String sql : List.of(
                "UPDATE MAMORI.REGISTRATION SET RELEASE_DATE = CURRENT_DATE WHERE REGISTRATION_ID = " + registration,
                "DELETE FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = " + registration,
                "UPDATE MAMORI.RELEASE_REQUEST SET STATUS = 'APPROVED' WHERE REQUEST_ID = " + request,
                "UPDATE MAMORI.FLAG_WORK SET STATUS = 'DONE', CONFIRMED_BY = 'x', CONFIRMED_AT = CURRENT_TIMESTAMP",
                "INSERT INTO MAMORI.RELEASE_REQUEST (REGISTRATION_ID, PERSON_ID, SECTION_CODE, KIND, BASIS, REQUESTED_BY,"
                        + " REQUESTED_AT, STATUS) VALUES (1, 1, 'ZEIMU', 'RELEASE', 'APPLICATION', 'x', CURRENT_TIMESTAMP,"
                        + " 'PENDING')")) {
            try (Statement st = as("zeimu.chief").createStatement()) {
                assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
            }
        }
        assertNull(WorkFixture.releaseDate(registration));
        assertEquals("OPEN", WorkFixture.flagWork(person, "SET").get(zeimuDuty));
    }

    @Test
    void preparingATableProcedureWritesNothing() throws Exception {
        Connection clerk = as("zeimu.clerk");
        long rows = WorkFixture.count("SELECT COUNT(*) FROM MAMORI.AUDIT_LOG");
        for (String sql : List.of("SELECT * FROM API.RELEASE_PENDING(?)", "SELECT * FROM API.FLAG_WORKLIST(?, 'SET', FALSE)",
                "SELECT * FROM API.FLAG_SUMMARY(?)", "SELECT * FROM API.WORK_COUNTS(?)", "SELECT * FROM API.REVIEW_DUE(?)",
                "SELECT * FROM API.RELEASE_PRECHECK(?, 1)")) {
            try (PreparedStatement st = clerk.prepareStatement(sql)) {
                assertTrue(st.getMetaData().getColumnCount() > 0, sql);
            }
        }
        assertEquals(rows, WorkFixture.count("SELECT COUNT(*) FROM MAMORI.AUDIT_LOG"));
    }

    private static long request(String user, long registration, String kind, String basis) throws Exception {
        try (PreparedStatement st = as(user).prepareStatement("CALL API.RELEASE_REQUEST('attack', ?, ?, ?)")) {
            st.setLong(1, registration);
            st.setString(2, kind);
            st.setString(3, basis);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void decide(String user, long request, boolean approve, String reason, int version)
            throws Exception {
        try (CallableStatement st = as(user).prepareCall("CALL API.RELEASE_DECIDE('attack', ?, ?, ?, ?)")) {
            st.setLong(1, request);
            st.setBoolean(2, approve);
            if (reason == null) {
                st.setNull(3, Types.VARCHAR);
            } else {
                st.setString(3, reason);
            }
            st.setInt(4, version);
            st.execute();
        }
    }

    private static void call(String user, String sql, Object... args) throws Exception {
        try (PreparedStatement st = as(user).prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.execute();
        }
    }

    private static void query(String user, String sql, Object... args) throws Exception {
        try (PreparedStatement st = as(user).prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws Exception;
    }

    /** The attempt fails with the refusal code and adds exactly one DENIED audit row for the user and action. */
    private static void assertDenied(String user, String action, String code, Attempt attempt) {
        long before = WorkFixture.auditRows(user, action, "DENIED");
        SQLException e = assertThrows(SQLException.class, attempt::run, () -> user + " " + action);
        assertTrue(e.getMessage().contains("MAMORI[" + code), e.getMessage());
        assertEquals(before + 1, WorkFixture.auditRows(user, action, "DENIED"), user + " " + action + " audited");
        List<String> audit = WorkFixture.lastAudit(user, action);
        assertEquals("DENIED", audit.get(0));
        assertTrue(audit.get(2).contains("code=" + code), audit.get(2));
    }

    private static void assertUnchanged(long registration, long request) {
        assertNull(WorkFixture.releaseDate(registration));
        assertEquals("PENDING", WorkFixture.requestStatus(request));
    }
}
