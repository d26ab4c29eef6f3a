package jp.mamori.db.release;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import jp.mamori.db.proc.FlagWork;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.testing.TestServer;

/**
 * Persons and registrations made for one test on the test server's administrative connection,
 * with the flag work derived the way the registration procedure derives it; and the read-backs
 * the tests compare the procedures' answers with.
 */
public final class WorkFixture {

    /** The municipality's time zone. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000L * 1_000L);

    private WorkFixture() {
    }

    private static Jdbi jdbi() {
        TestServer.get();
        return ServerContext.get().jdbi();
    }

    public static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    /** A fresh 15-digit 団体内統合宛名番号 starting with 7 (demo persons start with 9, registry tests with 8). */
    public static String newNumber() {
        return String.format("7%014d", COUNTER.incrementAndGet());
    }

    /** A new person nobody holds yet. */
    public static long newPerson() {
        String number = newNumber();
        return jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO MAMORI.PERSON (ADDRESSEE_NUMBER, NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE)
                VALUES (:number, '試験 守', 'シケン マモル', '試験守', 'シケンマモル', 'F', DATE '1990-04-01')""")
                .bind("number", number)
                .executeAndReturnGeneratedKeys("PERSON_ID").mapTo(Long.class).one());
    }

    /**
     * Registers the person for a section today and derives its flag work in the same transaction,
     * as the registration procedure does; returns the registration id.
     */
    public static long register(long personId, String sectionCode) {
        return jdbi().inTransaction(h -> {
            long id = h.createUpdate("""
                    INSERT INTO MAMORI.REGISTRATION (PERSON_ID, SECTION_CODE, INPUT_DATE, AUTO_RESPONSE_BLOCKED,
                        NON_DISCLOSURE, BASIS, REGISTERED_BY)
                    VALUES (:p, :s, :d, TRUE, TRUE, 'APPLICATION', 'test.fixture')""")
                    .bind("p", personId).bind("s", sectionCode).bind("d", today())
                    .executeAndReturnGeneratedKeys("REGISTRATION_ID").mapTo(Long.class).one();
            FlagWork.onRegistered(h, personId);
            return id;
        });
    }

    /** Active duty ids of one section. */
    public static Set<Integer> duties(String sectionCode) {
        List<Integer> ids = jdbi().withHandle(h -> h.createQuery("""
                SELECT DUTY_ID FROM MAMORI.LINKAGE_DUTY WHERE SECTION_CODE = :s AND ACTIVE""")
                .bind("s", sectionCode).mapTo(Integer.class).list());
        return new TreeSet<>(ids);
    }

    /** Every active linkage duty (active duty of an active 利用課). */
    public static Set<Integer> allActiveDuties() {
        List<Integer> ids = jdbi().withHandle(h -> h.createQuery("""
                SELECT D.DUTY_ID FROM MAMORI.LINKAGE_DUTY D JOIN MAMORI.SECTION S ON S.SECTION_CODE = D.SECTION_CODE
                WHERE D.ACTIVE AND S.ACTIVE AND S.DOES_LINKAGE""").mapTo(Integer.class).list());
        return new TreeSet<>(ids);
    }

    /** The person's flag-work rows of one kind: duty id → status. */
    public static Map<Integer, String> flagWork(long personId, String kind) {
        List<Map.Entry<Integer, String>> rows = jdbi().withHandle(h -> h.createQuery("""
                SELECT DUTY_ID, STATUS FROM MAMORI.FLAG_WORK WHERE PERSON_ID = :p AND KIND = :k""")
                .bind("p", personId).bind("k", kind)
                .map((r, ctx) -> Map.entry(r.getInt(1), r.getString(2))).list());
        Map<Integer, String> byDuty = new TreeMap<>();
        rows.forEach(e -> byDuty.put(e.getKey(), e.getValue()));
        return byDuty;
    }

    /** Duty ids of the person's rows of one kind and status. */
    public static Set<Integer> flagWork(long personId, String kind, String status) {
        return flagWork(personId, kind).entrySet().stream().filter(e -> e.getValue().equals(status))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A single number from an administrative query. */
    public static long count(String sql, Object... args) {
        return jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    /** Runs an administrative statement. */
    public static int execute(String sql, Object... args) {
        return jdbi().withHandle(h -> {
            var update = h.createUpdate(sql);
            for (int i = 0; i < args.length; i++) {
                update.bind(i, args[i]);
            }
            return update.execute();
        });
    }

    /** The 解除日 of a registration, or null if active; fails if the registration is gone. */
    public static LocalDate releaseDate(long registrationId) {
        return jdbi().withHandle(h -> h.createQuery(
                "SELECT RELEASE_DATE FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = :id")
                .bind("id", registrationId).map((r, ctx) -> java.util.Optional.ofNullable(r.getObject(1, LocalDate.class)))
                .findOne().orElseThrow(() -> new AssertionError("registration " + registrationId + " is gone")))
                .orElse(null);
    }

    /** A date from an administrative query, or null. */
    public static LocalDate date(String sql, Object... args) {
        return jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.map((r, ctx) -> java.util.Optional.ofNullable(r.getObject(1, LocalDate.class))).one();
        }).orElse(null);
    }

    public static boolean registrationExists(long registrationId) {
        return count("SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = ?", registrationId) > 0;
    }

    public static boolean personExists(long personId) {
        return count("SELECT COUNT(*) FROM MAMORI.PERSON WHERE PERSON_ID = ?", personId) > 0;
    }

    /** The status of a request. */
    public static String requestStatus(long requestId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT STATUS FROM MAMORI.RELEASE_REQUEST WHERE REQUEST_ID = :id")
                .bind("id", requestId).mapTo(String.class).one());
    }

    /** Audit rows of a user and action with an outcome. */
    public static long auditRows(String user, String action, String outcome) {
        return count("SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE USER_NAME = ? AND ACTION = ? AND OUTCOME = ?",
                user, action, outcome);
    }

    /** TARGET and DETAIL of the latest audit row of a user and action. */
    public static List<String> lastAudit(String user, String action) {
        return jdbi().withHandle(h -> h.createQuery("""
                SELECT OUTCOME, TARGET, DETAIL FROM MAMORI.AUDIT_LOG WHERE USER_NAME = :u AND ACTION = :a
                ORDER BY SEQ DESC LIMIT 1""").bind("u", user).bind("a", action)
                .map((r, ctx) -> List.of(r.getString(1), r.getString(2), r.getString(3))).one());
    }
}
