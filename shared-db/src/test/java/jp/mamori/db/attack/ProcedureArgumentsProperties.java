package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile arguments for the write procedures, sent by a clerk over plain JDBC: whatever
 * arrives (any Unicode, control characters, NUL, lone surrogates, huge strings, SQL fragments),
 * the call is answered with a mamori refusal or succeeds as a real registration — never an
 * internal error or a database message — no row is half-written, and each call leaves exactly one
 * audit row.
 */
class ProcedureArgumentsProperties {

    private static Connection clerk;

    @BeforeContainer
    static void logIn() throws Exception {
        clerk = TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), "hogo.clerk", Tokens.fresh("hogo.clerk"));
    }

    @AfterContainer
    static void logOut() throws SQLException {
        clerk.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(5),
                Arbitraries.strings().all().ofMinLength(5_000).ofMaxLength(20_000),
                Arbitraries.of("'; DROP TABLE MAMORI.PERSON; --", "' OR '1'='1", "%", "_", "\u0000", "NULL",
                        "S64.1.8", "H31.5.1", "９９９９９９９９９９９９９９９９", "ﾔﾏﾀﾞ\u0000ﾀﾛｳ", "\u202e", ""));
    }

    @Property(tries = 60)
    void registerNeverFailsInternallyNorWritesHalfARegistration(@ForAll("hostile") String number,
            @ForAll("hostile") String name, @ForAll("hostile") String kana, @ForAll("hostile") String birth,
            @ForAll("hostile") String sex) throws SQLException {
        long persons = count("MAMORI.PERSON");
        long registrations = count("MAMORI.REGISTRATION");
        long audit = count("MAMORI.AUDIT_LOG");
        boolean registered = call("CALL API.REGISTRY_REGISTER(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "attack.fuzz", number, name, kana, sex, birth, "TRUE", "TRUE", "APPLICATION", "FALSE");
        assertEquals(audit + 1, count("MAMORI.AUDIT_LOG"), "exactly one audit row");
        if (!registered) {
            assertEquals(persons, count("MAMORI.PERSON"), "no person written");
            assertEquals(registrations, count("MAMORI.REGISTRATION"), "no registration written");
        }
    }

    @Property(tries = 60)
    void searchAndViewNeverFailInternally(@ForAll("hostile") String number, @ForAll("hostile") String name,
            @ForAll("hostile") String birth, @ForAll("hostile") String personId) throws SQLException {
        call("CALL API.REGISTRY_SEARCH(?, ?, ?, ?, ?, ?, ?, ?, ?)", "attack.fuzz", number, name, "PREFIX", birth, null,
                null, "ALL", "100");
        call("CALL API.REGISTRY_PERSON(?, ?)", "attack.fuzz", personId);
    }

    /** True if the call succeeded; a refusal must be a mamori refusal, never an internal error. */
    private static boolean call(String sql, String... args) throws SQLException {
        try (PreparedStatement st = clerk.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
            return true;
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            assertTrue(message.contains("MAMORI[") && !message.contains("MAMORI[error.internal]"),
                    "a mamori refusal, not an internal error: " + message.substring(0, Math.min(200, message.length())));
            return false;
        }
    }


    private static long count(String table) throws SQLException {
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
