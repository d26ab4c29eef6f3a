package jp.mamori.db.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Eight staff of four sections register the same new addressee number at the same moment: one
 * person results, each section holds them at most once, and every losing call is a plain refusal
 * (never an internal error, never a half-written row).
 */
class ConcurrentRegistrationTest {

    private static final List<String> USERS = List.of("zeimu.clerk", "zeimu.chief", "kodomo.clerk", "kodomo.chief",
            "hogo.clerk", "hogo.chief", "koseki.clerk", "koseki.chief");

    @Test
    void oneNumberBecomesOnePersonHeldOncePerSection() throws Exception {
        long tag = RegistryFixture.next();
        String number = RegistryFixture.number(tag);
        List<Connection> connections = new ArrayList<>();
        for (String user : USERS) {
            connections.add(TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), user, Tokens.fresh(user)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(USERS.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Connection c : connections) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return register(c, number, tag);
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertTrue(results.stream().allMatch(r -> r.equals("OK") || r.equals("conflict.retry")
                    || r.equals("conflict.alreadyRegistered")), results::toString);
            assertTrue(results.contains("OK"), results::toString);
            assertEquals(1, RegistryFixture.count("SELECT COUNT(*) FROM MAMORI.PERSON WHERE ADDRESSEE_NUMBER = ?",
                    number));
            long registrations = RegistryFixture.count("""
                    SELECT COUNT(*) FROM MAMORI.REGISTRATION R JOIN MAMORI.PERSON P ON P.PERSON_ID = R.PERSON_ID
                    WHERE P.ADDRESSEE_NUMBER = ?""", number);
            long sections = RegistryFixture.count("""
                    SELECT COUNT(DISTINCT R.SECTION_CODE) FROM MAMORI.REGISTRATION R
                    JOIN MAMORI.PERSON P ON P.PERSON_ID = R.PERSON_ID WHERE P.ADDRESSEE_NUMBER = ?""", number);
            assertEquals(sections, registrations, "no section holds the person twice");
            assertEquals(results.stream().filter("OK"::equals).count(), registrations);
        } finally {
            pool.shutdownNow();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static String register(Connection c, String number, long tag) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("CALL API.REGISTRY_REGISTER(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, "person.register");
            st.setString(2, number);
            st.setString(3, "同時登録試験" + RegistryFixture.kanjiTag(tag));
            st.setString(4, "ドウジトウロクシケン" + RegistryFixture.kanaTag(tag));
            st.setString(5, "U");
            st.setString(6, "2001-02-03");
            st.setBoolean(7, true);
            st.setBoolean(8, true);
            st.setString(9, "EVIDENT_NEED");
            st.setBoolean(10, true);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return "OK";
            }
        } catch (SQLException e) {
            String message = e.getMessage();
            int start = message.indexOf("MAMORI[");
            return start < 0 ? message : message.substring(start + 7, message.indexOf(']', start)).split("\\|")[0];
        }
    }
}
