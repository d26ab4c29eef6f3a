package jp.mamori.db.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.mamori.db.text.SearchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk-loads synthetic 対象者 and their 登録 into {@code MAMORI.PERSON} and
 * {@code MAMORI.REGISTRATION} with JDBC batches over an administrator's connection, for
 * demonstrations and load tests. Search keys come from {@link SearchKeys}. The holding sections
 * are read from {@code MAMORI.SECTION} ({@code HOLDS_DATA} and {@code ACTIVE}), so the catalogue
 * must be in place first. Nothing here goes through the audited procedures: this fills an empty
 * or test database and must never be pointed at a production one.
 */
public final class RegistryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryLoader.class);

    private static final String INSERT_PERSON = """
            INSERT INTO MAMORI.PERSON
                (ADDRESSEE_NUMBER, NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_REGISTRATION = """
            INSERT INTO MAMORI.REGISTRATION
                (PERSON_ID, SECTION_CODE, INPUT_DATE, RELEASE_DATE, AUTO_RESPONSE_BLOCKED,
                 NON_DISCLOSURE, BASIS, REGISTERED_BY)
            VALUES (?, ?, ?, ?, TRUE, TRUE, ?, ?)""";

    private final Connection connection;

    /** A loader writing through {@code adminConnection}; the caller keeps and closes it. */
    public RegistryLoader(Connection adminConnection) {
        this.connection = Objects.requireNonNull(adminConnection, "adminConnection");
    }

    /**
     * What to load.
     *
     * @param firstIndex           index of the first synthetic person (see {@link SyntheticPersons})
     * @param personCount          number of persons
     * @param averageRegistrations mean number of holding sections per person, 1.0 to 3.0
     * @param releasedShare        share of registrations released after their input date
     * @param seed                 seed for persons and registrations
     * @param registeredBy         value of {@code REGISTERED_BY}
     * @param today                last possible input or release date
     * @param commitEvery          persons per batch and transaction
     */
    public record Plan(long firstIndex, int personCount, double averageRegistrations,
            double releasedShare, long seed, String registeredBy, LocalDate today, int commitEvery) {

        /** Default share of released registrations. */
        public static final double DEFAULT_RELEASED_SHARE = 0.10;
        /** Default persons per transaction. */
        public static final int DEFAULT_COMMIT_EVERY = 2_000;

        /** Checks counts and required values. */
        public Plan {
            if (personCount < 0 || commitEvery < 1 || firstIndex < 0) {
                throw new IllegalArgumentException("person count, first index and batch size must be positive");
            }
            Objects.requireNonNull(registeredBy, "registeredBy");
            Objects.requireNonNull(today, "today");
        }

        /** A plan starting at index 0, with 10 % released, today's date and batches of 2,000. */
        public static Plan of(int personCount, double averageRegistrations, long seed, String registeredBy) {
            return new Plan(0, personCount, averageRegistrations, DEFAULT_RELEASED_SHARE, seed,
                    registeredBy, LocalDate.now(), DEFAULT_COMMIT_EVERY);
        }

        /** This plan, starting at another index. */
        public Plan startingAt(long index) {
            return new Plan(index, personCount, averageRegistrations, releasedShare, seed, registeredBy,
                    today, commitEvery);
        }

        /** This plan, with another generation day. */
        public Plan on(LocalDate day) {
            return new Plan(firstIndex, personCount, averageRegistrations, releasedShare, seed,
                    registeredBy, day, commitEvery);
        }
    }

    /** What was loaded and how long it took. */
    public record Result(long persons, long registrations, long releasedRegistrations, Duration elapsed) {

        /** Inserted rows (persons and registrations) per second of wall time. */
        public double rowsPerSecond() {
            double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
            return (persons + registrations) / seconds;
        }
    }

    /**
     * Inserts the persons and registrations of {@code plan}, committing after every
     * {@code commitEvery} persons. A failed batch is rolled back and the exception thrown;
     * batches committed before it stay.
     */
    public Result load(Plan plan) throws SQLException {
        long started = System.nanoTime();
        SyntheticPersons persons = new SyntheticPersons(plan.seed());
        RegistrationPlanner planner = new RegistrationPlanner(plan.seed(), holdingSections(),
                plan.averageRegistrations(), plan.releasedShare(), plan.today());
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long registrations = 0;
        long released = 0;
        try (PreparedStatement personInsert = connection.prepareStatement(INSERT_PERSON, new String[] {"PERSON_ID"});
                PreparedStatement registrationInsert = connection.prepareStatement(INSERT_REGISTRATION)) {
            long end = plan.firstIndex() + plan.personCount();
            for (long batchStart = plan.firstIndex(); batchStart < end; batchStart += plan.commitEvery()) {
                long batchEnd = Math.min(end, batchStart + plan.commitEvery());
                List<Long> ids = insertPersons(personInsert, persons, batchStart, batchEnd);
                for (long index = batchStart; index < batchEnd; index++) {
                    long personId = ids.get((int) (index - batchStart));
                    for (PlannedRegistration row : planner.plan(index)) {
                        addRegistration(registrationInsert, personId, row, plan.registeredBy());
                        registrations++;
                        released += row.active() ? 0 : 1;
                    }
                }
                registrationInsert.executeBatch();
                connection.commit();
                LOG.debug("synthetic persons up to index {} committed", batchEnd - 1);
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        Result result = new Result(plan.personCount(), registrations, released,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("loaded {} synthetic persons and {} registrations in {} ms", result.persons(),
                result.registrations(), result.elapsed().toMillis());
        return result;
    }

    /** The 保有課 codes persons are registered in, in code order. */
    public List<String> holdingSections() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SECTION_CODE FROM MAMORI.SECTION WHERE HOLDS_DATA AND ACTIVE ORDER BY SECTION_CODE");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static List<Long> insertPersons(PreparedStatement insert, SyntheticPersons persons,
            long from, long to) throws SQLException {
        for (long index = from; index < to; index++) {
            SyntheticPerson person = persons.person(index);
            insert.setString(1, person.addresseeNumber());
            insert.setString(2, person.nameKanji());
            insert.setString(3, person.nameKana());
            insert.setString(4, SearchKeys.kanjiKey(person.nameKanji()));
            insert.setString(5, SearchKeys.kanaKey(person.nameKana()));
            insert.setString(6, person.sex());
            insert.setDate(7, Date.valueOf(person.birthDate()));
            insert.addBatch();
        }
        insert.executeBatch();
        List<Long> ids = new ArrayList<>((int) (to - from));
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        if (ids.size() != to - from) {
            throw new SQLException("expected " + (to - from) + " generated person ids, got " + ids.size());
        }
        return ids;
    }

    private static void addRegistration(PreparedStatement insert, long personId, PlannedRegistration row,
            String registeredBy) throws SQLException {
        insert.setLong(1, personId);
        insert.setString(2, row.sectionCode());
        insert.setDate(3, Date.valueOf(row.inputDate()));
        if (row.releaseDate() == null) {
            insert.setNull(4, Types.DATE);
        } else {
            insert.setDate(4, Date.valueOf(row.releaseDate()));
        }
        insert.setString(5, row.basis());
        insert.setString(6, registeredBy);
        insert.addBatch();
    }
}
