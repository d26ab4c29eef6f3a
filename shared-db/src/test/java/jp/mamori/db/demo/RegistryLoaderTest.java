package jp.mamori.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.db.text.SearchKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private DemoDatabase database;

    @BeforeEach
    void migrateAndInsertCatalogue() throws SQLException {
        database = DemoDatabase.migrated(dir);
        try (Connection connection = database.connect()) {
            DemoCatalog.load().insertInto(connection);
        }
    }

    @Test
    void loadsAThousandPersonsWithTheirPlannedRegistrationsQuickly() throws SQLException {
        RegistryLoader.Plan plan = new RegistryLoader.Plan(0, 1_000, 1.6, 0.10, 42, "demo.loader", TODAY, 300);
        try (Connection connection = database.connect()) {
            RegistryLoader loader = new RegistryLoader(connection);
            RegistryLoader.Result result = loader.load(plan);

            RegistrationPlanner planner = new RegistrationPlanner(42, loader.holdingSections(), 1.6, 0.10, TODAY);
            long planned = 0;
            long plannedReleased = 0;
            for (long i = 0; i < 1_000; i++) {
                List<PlannedRegistration> rows = planner.plan(i);
                planned += rows.size();
                plannedReleased += rows.stream().filter(r -> !r.active()).count();
            }
            assertEquals(1_000, result.persons());
            assertEquals(planned, result.registrations());
            assertEquals(plannedReleased, result.releasedRegistrations());
            assertTrue(result.elapsed().toSeconds() < 30, "load took " + result.elapsed());
            assertTrue(connection.getAutoCommit());

            assertEquals(1_000, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.PERSON"));
            assertEquals(planned, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.REGISTRATION"));
            assertEquals(plannedReleased, DemoDatabase.count(connection,
                    "SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE RELEASE_DATE IS NOT NULL"));
            assertEquals(0, DemoDatabase.count(connection, """
                    SELECT COUNT(*) FROM (SELECT PERSON_ID, SECTION_CODE FROM MAMORI.REGISTRATION
                    WHERE RELEASE_DATE IS NULL GROUP BY PERSON_ID, SECTION_CODE HAVING COUNT(*) > 1)"""));
            assertEquals(0, DemoDatabase.count(connection, """
                    SELECT COUNT(*) FROM MAMORI.PERSON P WHERE NOT EXISTS
                    (SELECT 1 FROM MAMORI.REGISTRATION R WHERE R.PERSON_ID = P.PERSON_ID)"""));
            assertEquals(0, DemoDatabase.count(connection, """
                    SELECT COUNT(*) FROM (SELECT PERSON_ID FROM MAMORI.REGISTRATION
                    GROUP BY PERSON_ID HAVING COUNT(DISTINCT SECTION_CODE) > 3)"""));
            assertEquals(0, DemoDatabase.count(connection, """
                    SELECT COUNT(*) FROM MAMORI.REGISTRATION R JOIN MAMORI.SECTION S
                    ON S.SECTION_CODE = R.SECTION_CODE WHERE NOT S.HOLDS_DATA
                    OR NOT R.AUTO_RESPONSE_BLOCKED OR NOT R.NON_DISCLOSURE
                    OR R.RELEASE_DATE <= R.INPUT_DATE OR R.INPUT_DATE < DATE '2019-06-30'
                    OR R.REGISTERED_BY <> 'demo.loader'"""));
            assertSearchKeysAndPersonsMatchTheGenerator(connection);
        }
    }

    @Test
    void aSecondLoadContinuesNumberingAndADuplicateRangeIsRolledBack() throws SQLException {
        try (Connection connection = database.connect()) {
            RegistryLoader loader = new RegistryLoader(connection);
            RegistryLoader.Plan plan = RegistryLoader.Plan.of(200, 2.0, 5, "demo.loader").on(TODAY);
            loader.load(plan);
            loader.load(plan.startingAt(200));
            assertEquals(400, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.PERSON"));
            long registrations = DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.REGISTRATION");

            assertThrows(SQLException.class, () -> loader.load(plan.startingAt(350)));

            assertEquals(400, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.PERSON"));
            assertEquals(registrations, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.REGISTRATION"));
            assertTrue(connection.getAutoCommit());
        }
    }

    @Test
    void withoutHoldingSectionsNothingIsLoaded(@TempDir Path emptyDir) throws SQLException {
        DemoDatabase empty = DemoDatabase.migrated(emptyDir);
        try (Connection connection = empty.connect()) {
            assertThrows(IllegalArgumentException.class,
                    () -> new RegistryLoader(connection).load(RegistryLoader.Plan.of(10, 1.5, 1, "demo.loader")));
            assertEquals(0, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.PERSON"));
        }
    }

    private static void assertSearchKeysAndPersonsMatchTheGenerator(Connection connection) throws SQLException {
        SyntheticPersons generator = new SyntheticPersons(42);
        Set<String> surnames = SyntheticPersons.SURNAMES.stream()
                .map(SyntheticPersons.NamePart::kanji).collect(Collectors.toSet());
        int rows = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT ADDRESSEE_NUMBER, NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE
                FROM MAMORI.PERSON ORDER BY ADDRESSEE_NUMBER""");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                SyntheticPerson expected = generator.person(rows);
                assertEquals(expected, new SyntheticPerson(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(6), rs.getDate(7).toLocalDate()));
                assertEquals(SearchKeys.kanjiKey(rs.getString(2)), rs.getString(4));
                assertEquals(SearchKeys.kanaKey(rs.getString(3)), rs.getString(5));
                assertTrue(surnames.contains(rs.getString(2).split("\u3000")[0]));
                rows++;
            }
        }
        assertEquals(1_000, rows);
    }
}
