package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.db.registry.RegistryFixture;
import jp.mamori.db.release.WorkFixture;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import jp.mamori.db.text.SearchKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The security officer reads the log; the victim must not be in it. A full walk over plain JDBC —
 * register, look up, search by name, kana, number and date of birth, view, correct, confirm flag
 * work, ask for the release, approve it, and hostile input that is refused — and then every audit
 * row the walk wrote is scanned for any name, kana, addressee number or date of birth of the
 * person, in any of the forms a clerk could type or the server could store.
 */
class AuditHoldsNoVictimDataTest {

    private static final String REALM = ";AUTHREALM=MAMORI";
    private static final Map<String, Connection> CONNECTIONS = new HashMap<>();

    @AfterAll
    static void close() throws SQLException {
        for (Connection c : CONNECTIONS.values()) {
            c.close();
        }
    }

    @Test
    void noAuditRowOfAFullWalkNamesThePerson() throws Exception {
        long tag = RegistryFixture.next();
        String number = RegistryFixture.number(tag);
        String family = "監査漏洩" + RegistryFixture.kanjiTag(tag);
        String familyKana = "カンサロウエイ" + RegistryFixture.kanaTag(tag);
        String name = family + "　花子";
        String kana = familyKana + "　ハナコ";
        String newName = family + "　桜子";
        String newKana = familyKana + "　サクラコ";
        long mark = RegistryFixture.auditMark();

        long registration = Long.parseLong(value("zeimu.clerk",
                "CALL API.REGISTRY_REGISTER('attack', ?, ?, ?, 'F', '1961-11-23', TRUE, TRUE, 'APPLICATION', FALSE)",
                number, name, kana));
        long person = Long.parseLong(value("zeimu.clerk", "CALL API.REGISTRY_LOOKUP_NUMBER('attack', ?)",
                RegistryFixture.fullWidth(number)));
        search("zeimu.clerk", null, family, "PREFIX", null);
        search("zeimu.clerk", null, "かんさろうえい" + RegistryFixture.hiraganaTag(tag), "PREFIX", null);
        search("zeimu.clerk", null, "ﾛｳｴｲ" + RegistryFixture.halfWidthTag(tag) + "ﾊﾅｺ", "PARTIAL", null);
        search("zeimu.clerk", number, null, null, null);
        search("zeimu.clerk", null, null, null, "昭和36年11月23日");
        search("zeimu.clerk", null, name, "PREFIX", "1961-11-23");
        value("zeimu.clerk", "SELECT * FROM API.REGISTRY_PERSON('attack', ?)", Long.toString(person));
        value("zeimu.clerk", "CALL API.REGISTRY_CORRECT_PERSON('attack', ?, '0', ?, ?, 'F', '1961-11-24')",
                Long.toString(person), newName, newKana);
        value("zeimu.clerk", "SELECT * FROM API.REGISTRY_PERSON_HISTORY('attack', ?)", Long.toString(person));
        int duty = WorkFixture.duties("ZEIMU").iterator().next();
        value("zeimu.clerk", "CALL API.FLAG_CONFIRM('attack', ?, ?, 'SET')", person, duty);
        long request = Long.parseLong(value("zeimu.clerk", "CALL API.RELEASE_REQUEST('attack', ?, 'RELEASE', 'APPLICATION')",
                registration));
        try (CallableStatement st = as("zeimu.chief").prepareCall("CALL API.RELEASE_DECIDE('attack', ?, TRUE, ?, 0)")) {
            st.setLong(1, request);
            st.setNull(2, Types.VARCHAR);
            st.execute();
        }
        value("zeimu.clerk", "CALL API.FLAG_CONFIRM('attack', ?, ?, 'RELEASE')", person, duty);

        // hostile input carrying the person's data: every one refused, none echoed
        refused("zeimu.clerk", "CALL API.REGISTRY_REGISTER('attack', ?, ?, ?, 'F', ?, TRUE, TRUE, 'APPLICATION', FALSE)",
                number + "X", name, kana, "1961-11-23");
        refused("zeimu.clerk", "CALL API.REGISTRY_REGISTER('attack', ?, ?, ?, 'F', ?, TRUE, TRUE, 'APPLICATION', FALSE)",
                RegistryFixture.number(RegistryFixture.next()), name + "<script>", kana, "1961-11-23");
        refused("zeimu.clerk", "CALL API.REGISTRY_REGISTER('attack', ?, ?, ?, 'F', ?, TRUE, TRUE, 'APPLICATION', FALSE)",
                RegistryFixture.number(RegistryFixture.next()), name, kana + "\u0000", "1961-11-23");
        refused("zeimu.clerk", "CALL API.REGISTRY_REGISTER('attack', ?, ?, ?, 'F', ?, TRUE, TRUE, 'APPLICATION', FALSE)",
                RegistryFixture.number(RegistryFixture.next()), name, kana, "1961-11-23 " + number);
        refused("zeimu.clerk", "CALL API.REGISTRY_REGISTER('attack', ?, ?, ?, ?, '1961-11-23', TRUE, TRUE, ?, ?)",
                RegistryFixture.number(RegistryFixture.next()), name, kana, kana, name, number);
        refused("zeimu.clerk", "SELECT * FROM API.REGISTRY_SEARCH('attack', ?, ?, 'PREFIX', ?, NULL, NULL, 'ALL', '10')",
                number + "号", name + "@", "1961-11-23!");
        refused("zeimu.clerk", "SELECT * FROM API.REGISTRY_SEARCH('attack', NULL, NULL, ?, NULL, ?, ?, ?, ?)",
                name, kana, number, "1961-11-23", name);
        refused("zeimu.clerk", "SELECT * FROM API.REGISTRY_PERSON('attack', ?)", number + name);
        refused("zeimu.clerk", "CALL API.REGISTRY_CORRECT_PERSON('attack', ?, ?, ?, ?, 'F', ?)",
                Long.toString(person), number, newName, newKana, "1961-11-24");
        refused("zeimu.clerk", "CALL API.REGISTRY_CORRECT_PERSON('attack', ?, '1', ?, ?, 'F', ?)",
                Long.toString(person), newName + "\t", newKana, "1961-11-24");
        refused("zeimu.clerk", "CALL API.RELEASE_REQUEST('attack', ?, ?, ?)", registration, name, kana);

        List<String> forbidden = new ArrayList<>(List.of(number, RegistryFixture.fullWidth(number), family, familyKana,
                "カンサロウエイ", "かんさろうえい", "ﾛｳｴｲ", "監査漏洩", "花子", "ハナコ", "ﾊﾅｺ", "桜子", "サクラコ",
                SearchKeys.kanjiKey(name), SearchKeys.kanaKey(kana), SearchKeys.kanjiKey(newName),
                SearchKeys.kanaKey(newKana), "1961-11-23", "1961-11-24", "19611123", "19611124", "1961/11/23",
                "昭和36", "S36", "<script>"));
        List<String> leaks = new ArrayList<>();
        int rows = 0;
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT SEQ, ACTION, OUTCOME, TARGET, DETAIL FROM MAMORI.AUDIT_LOG WHERE SEQ > ? ORDER BY SEQ")) {
            st.setLong(1, mark);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String text = rs.getString(4) + " " + java.net.URLDecoder.decode(
                            rs.getString(5).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                    for (String f : forbidden) {
                        if (text.contains(f)) {
                            leaks.add(rs.getLong(1) + " " + rs.getString(2) + ":" + rs.getString(3) + " holds " + f
                                    + " in " + rs.getString(4) + " | " + rs.getString(5));
                        }
                    }
                }
            }
        }
        assertTrue(rows >= 25, "the walk wrote its rows: " + rows);
        assertEquals(List.of(), leaks, "audit rows that name the victim");
        assertEquals(Long.toString(person), target(mark, "PERSON_CORRECT"), "rows name the person by id");
    }

    private static String target(long mark, String action) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT TARGET FROM MAMORI.AUDIT_LOG WHERE SEQ > ? AND ACTION = ? AND OUTCOME = 'OK' ORDER BY SEQ")) {
            st.setLong(1, mark);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void search(String user, String number, String nameText, String match, String birth)
            throws Exception {
        value(user, "SELECT * FROM API.REGISTRY_SEARCH('attack', ?, ?, ?, ?, NULL, NULL, 'ALL', '50')",
                number, nameText, match, birth);
    }

    private static void refused(String user, String sql, Object... args) {
        SQLException e = assertThrows(SQLException.class, () -> value(user, sql, args), sql);
        assertTrue(e.getMessage().contains("MAMORI["), e.getMessage());
    }

    /** Runs the statement and returns the first column of the first row ("" if none). */
    private static String value(String user, String sql, Object... args) throws Exception {
        try (PreparedStatement st = as(user).prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getObject(1)) : "";
            }
        }
    }

    private static synchronized Connection as(String user) throws Exception {
        Connection c = CONNECTIONS.get(user);
        if (c == null) {
            c = TestServer.connect(TestServer.sslUrl(REALM), user, Tokens.fresh(user));
            CONNECTIONS.put(user, c);
        }
        return c;
    }
}
