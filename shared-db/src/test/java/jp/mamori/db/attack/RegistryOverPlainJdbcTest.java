package jp.mamori.db.attack;

import static jp.mamori.db.registry.RegistryFixture.auditMark;
import static jp.mamori.db.registry.RegistryFixture.auditSince;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.registry.RegistryFixture;
import jp.mamori.db.registry.RegistryFixture.AuditRow;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Staff typing calls to the registry procedures over plain JDBC with their own valid login: no
 * call registers for another section, changes a person the section does not hold, or reads
 * anything without its audit row; hostile arguments are refused before anything is written.
 */
class RegistryOverPlainJdbcTest {

    private static final String REALM = ";AUTHREALM=MAMORI";
    static final String REGISTER = "CALL API.REGISTRY_REGISTER(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SEARCH = "CALL API.REGISTRY_SEARCH(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LOOKUP = "CALL API.REGISTRY_LOOKUP_NUMBER(?, ?)";
    static final String PERSON = "CALL API.REGISTRY_PERSON(?, ?)";
    static final String CORRECT = "CALL API.REGISTRY_CORRECT_PERSON(?, ?, ?, ?, ?, ?, ?)";

    private static Connection clerk;

    @BeforeAll
    static void logIn() throws Exception {
        clerk = TestServer.connect(TestServer.sslUrl(REALM), "zeimu.clerk", Tokens.fresh("zeimu.clerk"));
    }

    @AfterAll
    static void close() throws SQLException {
        clerk.close();
    }

    /** The arguments of a valid registration of a new person, after the screen id. */
    static Object[] validRegistration(long tag) {
        return new Object[] {"attack", RegistryFixture.number(tag), "試験攻撃" + RegistryFixture.kanjiTag(tag),
                "シケンコウゲキ" + RegistryFixture.kanaTag(tag), "M", "1980-02-03", true, true, "APPLICATION", false};
    }

    @Test
    void registeringAlwaysUsesTheCallersOwnSection() throws Exception {
        long tag = RegistryFixture.next();
        long[] before = RegistryFixture.registryRows();
        long mark = auditMark();

        List<Object> withSection = new ArrayList<>(Arrays.asList(validRegistration(tag)));
        withSection.add("KODOMOKATEI");
        SQLException noSuchCall = assertThrows(SQLException.class, () -> call(clerk,
                "CALL API.REGISTRY_REGISTER(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", withSection.toArray()));
        // Was: H2 found no such procedure and no row was written. Now the server's guard refuses the
        // wrong argument count itself, with a CALL_REFUSED row (ADR 0012), which is strictly stronger.
        assertTrue(noSuchCall.getMessage().contains("MAMORI[invalid.arguments]"), noSuchCall.getMessage());

        Object[] sectionAsBasis = validRegistration(tag);
        sectionAsBasis[8] = "KODOMOKATEI";
        assertEquals(List.of("invalid.input", "input.basis.invalid"), refusal(clerk, REGISTER, sectionAsBasis));
        assertArrayEquals(before, RegistryFixture.registryRows());

        Object[] sectionAsScreen = validRegistration(tag);
        sectionAsScreen[0] = "kodomokatei";
        long registrationId = Long.parseLong(call(clerk, REGISTER, sectionAsScreen));
        assertEquals(1, RegistryFixture.count("SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = ? "
                + "AND SECTION_CODE = 'ZEIMU' AND REGISTERED_BY = 'zeimu.clerk'", registrationId));
        assertEquals(List.of("CALL_REFUSED:DENIED", "PERSON_REGISTER:DENIED", "PERSON_REGISTER:OK"),
                actions(mark, "zeimu.clerk"), "the call with a wrong argument count is refused and audited too");
    }

    @Test
    void aSectionThatOnlyUsesTheDataMayReadButNotRegister() throws Exception {
        try (Connection kenko = ExtraStaff.login("kenko.clerk", StaffRole.CLERK, "KENKOZUKURI")) {
            long tag = RegistryFixture.next();
            long[] before = RegistryFixture.registryRows();
            long mark = auditMark();
            assertEquals(List.of("denied.section"), refusal(kenko, REGISTER, validRegistration(tag)));
            assertArrayEquals(before, RegistryFixture.registryRows());
            assertEquals("", call(kenko, LOOKUP, "attack", RegistryFixture.number(tag)), "no such person");
            call(kenko, SEARCH, "attack", null, "みほん", null, null, null, null, "ALL", 5);
            assertEquals(List.of("PERSON_REGISTER:DENIED", "PERSON_LOOKUP:OK", "PERSON_SEARCH:OK"),
                    actions(mark, "kenko.clerk"));
        }
    }

    @Test
    void aSectionThatNeitherHoldsNorUsesTheDataReadsNothing() throws Exception {
        ExtraStaff.section("NODATA", "試験用の所属（対象外）", false, false);
        try (Connection other = ExtraStaff.login("nodata.clerk", StaffRole.CLERK, "NODATA")) {
            long mark = auditMark();
            assertEquals(List.of("denied.section"), refusal(other, LOOKUP, "attack", "900000000000001"));
            assertEquals(List.of("denied.section"),
                    refusal(other, SEARCH, "attack", null, "みほん", null, null, null, null, "ALL", 5));
            assertEquals(List.of("denied.section"), refusal(other, PERSON, "attack", 1));
            assertEquals(List.of("PERSON_LOOKUP:DENIED", "PERSON_SEARCH:DENIED", "PERSON_VIEW:DENIED"),
                    actions(mark, "nodata.clerk"));
        }
    }

    @Test
    void aPersonTheSectionDoesNotHoldCannotBeCorrected() throws Exception {
        long personId = RegistryFixture.count("""
                SELECT MIN(P.PERSON_ID) FROM MAMORI.PERSON P WHERE NOT EXISTS (SELECT 1 FROM MAMORI.REGISTRATION R
                WHERE R.PERSON_ID = P.PERSON_ID AND R.SECTION_CODE = 'ZEIMU' AND R.RELEASE_DATE IS NULL)""");
        String before = personRow(personId);
        long mark = auditMark();

        assertEquals(List.of("denied.notHolding"), refusal(clerk, CORRECT, "attack", personId, 0, "改竄　太郎",
                "カイザン　タロウ", "M", "1990-01-01"));

        assertEquals(before, personRow(personId));
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.get(0).outcome());
        assertEquals(Long.toString(personId), rows.get(0).target());
    }

    static Stream<Arguments> everyKindOfCall() {
        String demo = "900000000000001";
        return Stream.of(
                Arguments.of(LOOKUP, new Object[] {"attack", demo}),
                Arguments.of(LOOKUP, new Object[] {"attack", null}),
                Arguments.of(LOOKUP, new Object[] {"attack", "1 OR 1=1"}),
                Arguments.of(LOOKUP, new Object[] {null, demo}),
                Arguments.of(SEARCH, new Object[] {"attack", demo, null, null, null, null, null, "ALL", 10}),
                Arguments.of(SEARCH, new Object[] {"attack", null, null, null, null, "F", null, "ALL", 10}),
                Arguments.of(SEARCH, new Object[] {"attack", null, null, null, null, null, null, null, null}),
                Arguments.of(SEARCH, new Object[] {"attack", null, "%", "PARTIAL", null, null, null, "ALL", 10}),
                Arguments.of(SEARCH, new Object[] {"attack", null, "ミホン", null, null, null, null, "ALL", -1}),
                Arguments.of(SEARCH, new Object[] {"attack", null, null, null, null, null, "ZEIMU' OR '1'='1", "ALL", 5}),
                Arguments.of(PERSON, new Object[] {"attack", 1}),
                Arguments.of(PERSON, new Object[] {"attack", 999_999_999}),
                Arguments.of(PERSON, new Object[] {"attack", "1; DROP TABLE MAMORI.PERSON"}),
                Arguments.of(PERSON, new Object[] {"attack", null}),
                Arguments.of(CORRECT, new Object[] {"attack", 1, 0, null, null, null, null}),
                Arguments.of(CORRECT, new Object[] {"attack", "x", "y", "z", "z", "z", "z"}),
                Arguments.of(REGISTER, new Object[] {"attack", null, null, null, null, null, null, null, null, null}),
                Arguments.of(REGISTER, new Object[] {"ATTACK!", demo, "見本", "ミホン", "M", "2000-01-01", true, true,
                        "APPLICATION", false}));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfCall")
    void everyCallWritesExactlyOneAuditRow(String sql, Object[] args) throws Exception {
        long[] before = RegistryFixture.registryRows();
        long mark = auditMark();
        try {
            call(clerk, sql, args);
        } catch (SQLException e) {
            assertTrue(e.getMessage().contains("MAMORI["), e.getMessage());
        }
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).action().startsWith("PERSON_"), rows.get(0).action());
        assertArrayEquals(before, RegistryFixture.registryRows(), "none of these writes anything");
    }

    @Test
    void aWildcardTypedAsANameMatchesOnlyThatCharacter() throws Exception {
        long mark = auditMark();
        assertEquals("", call(clerk, SEARCH, "attack", null, "%", "PARTIAL", null, null, null, "ALL", 10));
        assertEquals("", call(clerk, SEARCH, "attack", null, "_", "PREFIX", null, null, null, "ALL", 10));
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertTrue(rows.stream().allMatch(r -> r.outcome().equals("OK") && r.detail().contains("hits=0")),
                rows::toString);
    }

    @Test
    void securityOfficerAndAdministratorAreRefusedEveryRegistryCall() throws Exception {
        for (String user : List.of("security", "admin")) {
            try (Connection c = TestServer.connect(TestServer.sslUrl(REALM), user, Tokens.fresh(user))) {
                long mark = auditMark();
                assertEquals(List.of("denied.role"), refusal(c, LOOKUP, "attack", "900000000000001"));
                assertEquals(List.of("denied.role"),
                        refusal(c, SEARCH, "attack", null, "ミホン", null, null, null, null, "ALL", 10));
                assertEquals(List.of("denied.role"), refusal(c, PERSON, "attack", 1));
                assertEquals(List.of("denied.role"), refusal(c, REGISTER, validRegistration(RegistryFixture.next())));
                assertEquals(List.of("denied.role"),
                        refusal(c, CORRECT, "attack", 1, 0, "見本　太郎", "ミホン　タロウ", "M", "1990-01-01"));
                List<AuditRow> rows = auditSince(mark, user);
                assertEquals(List.of("PERSON_LOOKUP", "PERSON_SEARCH", "PERSON_VIEW", "PERSON_REGISTER",
                        "PERSON_CORRECT"), rows.stream().map(AuditRow::action).toList());
                assertTrue(rows.stream().allMatch(r -> r.outcome().equals("DENIED")
                        && r.detail().contains("code=denied.role")), rows::toString);
            }
        }
    }

    static Stream<Arguments> hostileRegistrations() {
        List<String> hostile = List.of("あ".repeat(100_000), "'; DELETE FROM MAMORI.PERSON; --", "\u0000",
                "1\u00002", "%' OR '1'='1", "\uD800", "<script>", "見本\u202Eウロタ");
        List<Arguments> cases = new ArrayList<>();
        for (int position = 1; position <= 9; position++) {
            if (position == 6 || position == 7) {
                continue; // the flags: see flagsOtherThanTrueAreRefused
            }
            for (String value : hostile) {
                cases.add(Arguments.of(position, value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileRegistrations")
    void hostileArgumentsAreRefusedAndWriteNothing(int position, String value) throws Exception {
        Object[] args = validRegistration(RegistryFixture.next());
        args[position] = value;
        long[] before = RegistryFixture.registryRows();
        long mark = auditMark();

        List<String> refusal = refusal(clerk, REGISTER, args);

        assertEquals("invalid.input", refusal.get(0), refusal::toString);
        assertArrayEquals(before, RegistryFixture.registryRows());
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.get(0).outcome());
        assertTrue(rows.get(0).detail().contains("reason=" + refusal.get(1)), rows.get(0).detail());
        assertTrue(rows.get(0).detail().length() < 400, "a huge argument is not copied into the log");
        assertFalse(rows.get(0).detail().contains("\u0000"), "control characters are escaped");
    }

    @Test
    void flagsOtherThanTrueAreRefused() throws Exception {
        for (Object flag : new Object[] {false, null, "yes", "1", "TRUE ", "'TRUE'"}) {
            for (int position : new int[] {6, 7}) {
                Object[] args = validRegistration(RegistryFixture.next());
                args[position] = flag;
                long[] before = RegistryFixture.registryRows();
                assertEquals(List.of("invalid.input", "input.flags.required"), refusal(clerk, REGISTER, args));
                assertArrayEquals(before, RegistryFixture.registryRows());
            }
        }
    }

    @Test
    void hostileCorrectionsAreRefusedAndChangeNothing() throws Exception {
        Object[] registration = validRegistration(RegistryFixture.next());
        call(clerk, REGISTER, registration);
        String personId = call(clerk, LOOKUP, "attack", registration[1]);
        String before = personRow(Long.parseLong(personId));
        for (int position = 3; position <= 6; position++) {
            for (String value : List.of("\u0000", "x".repeat(50_000), "'; UPDATE MAMORI.PERSON SET SEX='F'; --")) {
                Object[] args = {"attack", personId, 0, registration[2], registration[3], "M", "1980-02-04"};
                args[position] = value;
                List<String> refusal = refusal(clerk, CORRECT, args);
                assertEquals("invalid.input", refusal.get(0), () -> refusal + " at " + args.length);
            }
        }
        assertEquals(before, personRow(Long.parseLong(personId)));
    }

    @Test
    void preparingACallWritesNoAuditRow() throws Exception {
        long mark = auditMark();
        for (String sql : List.of(SEARCH, LOOKUP, PERSON, REGISTER, CORRECT,
                "SELECT * FROM API.REGISTRY_SEARCH(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "SELECT * FROM API.REGISTRY_PERSON(?, ?)", "SELECT * FROM API.REGISTRY_LOOKUP_NUMBER(?, ?)")) {
            try (PreparedStatement st = clerk.prepareStatement(sql)) {
                st.getMetaData();
                st.getParameterMetaData();
            }
        }
        assertEquals(List.of(), auditSince(mark, "zeimu.clerk"), "prepare-time calls do no work and write no row");
        try (PreparedStatement st = clerk.prepareStatement("SELECT * FROM API.REGISTRY_PERSON(?, ?)")) {
            assertEquals("REGISTRATION_ID", st.getMetaData().getColumnName(11));
            st.setString(1, "attack");
            st.setLong(2, 1);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
            }
        }
        assertEquals(List.of("PERSON_VIEW:OK"), actions(mark, "zeimu.clerk"));
    }

    /** Executes a call and returns the first column of the first row ("" if none). */
    static String call(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            if (!st.execute()) {
                return "";
            }
            try (ResultSet rs = st.getResultSet()) {
                String first = rs.next() ? String.valueOf(rs.getObject(1)) : "";
                while (rs.next()) {
                    rs.getObject(1);
                }
                return first;
            }
        }
    }

    /** The refusal code and arguments of a call that must be refused. */
    static List<String> refusal(Connection c, String sql, Object... args) {
        SQLException e = assertThrows(SQLException.class, () -> call(c, sql, args), () -> "must be refused: " + sql);
        String message = e.getMessage();
        int start = message.indexOf("MAMORI[");
        assertTrue(start >= 0, message);
        return List.of(message.substring(start + 7, message.indexOf(']', start)).split("\\|"));
    }

    private static List<String> actions(long mark, String user) throws SQLException {
        return auditSince(mark, user).stream().map(r -> r.action() + ":" + r.outcome()).toList();
    }

    private static String personRow(long personId) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE, VERSION FROM MAMORI.PERSON "
                        + "WHERE PERSON_ID = ?")) {
            st.setLong(1, personId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= 7; i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                return sb.toString();
            }
        }
    }
}
