package jp.mamori.db.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.demo.SyntheticPerson;
import jp.mamori.db.demo.SyntheticPersons;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.PersonDetail;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.SearchResult;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.text.SearchKeys;

/**
 * The registry procedures of issue item 11 — search by kana prefix, search by number, person view,
 * register — through {@link RegistryApi} on a clerk's session, each next to the same statements as
 * the procedure runs them ({@code PersonSearch}, {@code PersonQueries}, {@code PersonWrites},
 * {@code FlagWork}), sent as plain SQL by the server's own account: same rows read and written, no
 * input rules, no authorisation, no audit row. Persons are the bulk-loaded synthetic ones.
 */
final class RegistryOperations implements MeasuredOperation.Suite {

    private static final String SCREEN = "person.search";
    /** The seed {@link BenchServer} loads persons with (index 300 onwards). */
    private static final long SEED = 42L;
    /** A stride that is prime to any plausible person count, to spread the persons asked for. */
    private static final long STRIDE = 7_919L;

    private static final String PERSON_SELECT = """
            SELECT P.PERSON_ID, P.ADDRESSEE_NUMBER, P.NAME_KANJI, P.NAME_KANA, P.SEX, P.BIRTH_DATE, P.VERSION
            FROM MAMORI.PERSON P
            """;
    private static final String FILTERS = """
              AND (CAST(? AS VARCHAR) IS NULL OR P.ADDRESSEE_NUMBER = ?)
              AND (CAST(? AS VARCHAR) IS NULL OR P.KANA_KEY LIKE ? ESCAPE '!')
              AND (CAST(? AS VARCHAR) IS NULL OR P.NAME_KEY LIKE ? ESCAPE '!')
              AND (CAST(? AS DATE) IS NULL OR P.BIRTH_DATE = ?)
              AND (CAST(? AS VARCHAR) IS NULL OR P.SEX = ?)
              AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM MAMORI.REGISTRATION R
                       WHERE R.PERSON_ID = P.PERSON_ID AND R.SECTION_CODE = ?))
              AND (CAST(? AS VARCHAR) = 'ALL'
                   OR (CAST(? AS VARCHAR) = 'ACTIVE') = (EXISTS (SELECT 1 FROM MAMORI.REGISTRATION A
                       WHERE A.PERSON_ID = P.PERSON_ID AND A.RELEASE_DATE IS NULL
                         AND (CAST(? AS VARCHAR) IS NULL OR A.SECTION_CODE = ?))))
            ORDER BY P.KANA_KEY, P.PERSON_ID
            FETCH FIRST ? ROWS ONLY
            """;
    private static final String BY_NUMBER = PERSON_SELECT + "WHERE P.ADDRESSEE_NUMBER = ?\n" + FILTERS;
    private static final String BY_KANA = PERSON_SELECT + "WHERE P.KANA_KEY LIKE ? ESCAPE '!'\n" + FILTERS;
    private static final String HOLDINGS = """
            SELECT R.PERSON_ID, R.SECTION_CODE, S.NAME
            FROM MAMORI.REGISTRATION R JOIN MAMORI.SECTION S ON S.SECTION_CODE = R.SECTION_CODE
            WHERE R.PERSON_ID = ANY(?) AND R.RELEASE_DATE IS NULL
            ORDER BY R.PERSON_ID, R.SECTION_CODE""";
    private static final String REGISTRATIONS = """
            SELECT R.REGISTRATION_ID, R.SECTION_CODE, S.NAME, R.INPUT_DATE, R.RELEASE_DATE,
                   R.AUTO_RESPONSE_BLOCKED, R.NON_DISCLOSURE, R.BASIS, R.REGISTERED_BY, R.VERSION
            FROM MAMORI.REGISTRATION R JOIN MAMORI.SECTION S ON S.SECTION_CODE = R.SECTION_CODE
            WHERE R.PERSON_ID = ?
            ORDER BY R.SECTION_CODE, R.INPUT_DATE, R.REGISTRATION_ID""";
    private static final String LOCK_NUMBER =
            "SELECT PERSON_ID, VERSION FROM MAMORI.PERSON WHERE ADDRESSEE_NUMBER = ? FOR UPDATE";
    private static final String INSERT_PERSON = """
            INSERT INTO MAMORI.PERSON (ADDRESSEE_NUMBER, NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_REGISTRATION = """
            INSERT INTO MAMORI.REGISTRATION
                (PERSON_ID, SECTION_CODE, INPUT_DATE, AUTO_RESPONSE_BLOCKED, NON_DISCLOSURE, BASIS, REGISTERED_BY)
            VALUES (?, ?, ?, TRUE, TRUE, ?, ?)""";
    private static final String INSERT_SET_ITEMS = """
            INSERT INTO MAMORI.FLAG_WORK (PERSON_ID, DUTY_ID, KIND, STATUS, DUE_SINCE)
            SELECT ?, D.DUTY_ID, 'SET', 'OPEN', ?
            FROM MAMORI.LINKAGE_DUTY D JOIN MAMORI.SECTION S ON S.SECTION_CODE = D.SECTION_CODE
            WHERE D.ACTIVE AND S.ACTIVE AND S.DOES_LINKAGE""";

    @Override
    public List<MeasuredOperation> operations(MeasuredOperation.BenchContext context) throws SQLException {
        int loaded = context.persons() - DemoEnvironment.DEMO_PERSONS;
        if (loaded < 1) {
            return List.of();
        }
        SyntheticPersons persons = new SyntheticPersons(SEED);
        List<Long> personIds = personIds(context.admin());
        String section = context.session().info().sectionCode();
        long firstNew = DemoEnvironment.DEMO_PERSONS + (long) loaded;
        return List.of(
                searchByKana("search by kana prefix (surname + 1 kana of given name)", persons, loaded, 1),
                searchByKana("search by kana prefix (surname only; capped at 1,000 rows)", persons, loaded, 0),
                searchByKanaAndBirth(persons, loaded),
                searchByNumber(loaded),
                personView(personIds),
                register(persons, section, firstNew));
    }

    /** The synthetic person of call {@code i}, spread over the loaded ones. */
    private static long index(int i, int loaded) {
        return DemoEnvironment.DEMO_PERSONS + Math.floorMod(i * STRIDE, (long) loaded);
    }

    private static MeasuredOperation searchByKana(String name, SyntheticPersons persons, int loaded,
            int givenNameChars) {
        return new Named(name) {
            private String prefix(int i) {
                SyntheticPerson p = persons.person(index(i, loaded));
                String[] parts = p.nameKana().split(SyntheticPersons.NAME_SEPARATOR);
                return parts[0] + parts[1].substring(0, givenNameChars);
            }

            @Override
            public void secured(MamoriSession session, int i) {
                SearchResult result = session.procedures(RegistryApi.class).search(SCREEN,
                        SearchCriteria.any().withName(prefix(i), NameMatch.PREFIX));
                requireHits(result.persons().size());
                count(result.persons().size());
            }

            @Override
            public void raw(Connection admin, int i) throws SQLException {
                String pattern = SearchKeys.kanaKey(prefix(i)).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                requireHits(search(admin, BY_KANA, pattern, null, pattern, null));
            }
        };
    }

    /** What a clerk types most: the full reading and the date of birth. */
    private static MeasuredOperation searchByKanaAndBirth(SyntheticPersons persons, int loaded) {
        return new Named("search by full kana name + date of birth") {
            @Override
            public void secured(MamoriSession session, int i) {
                SyntheticPerson p = persons.person(index(i, loaded));
                SearchResult result = session.procedures(RegistryApi.class).search(SCREEN, SearchCriteria.any()
                        .withName(p.nameKana(), NameMatch.PREFIX).withBirthDate(p.birthDate()));
                requireHits(result.persons().size());
                count(result.persons().size());
            }

            @Override
            public void raw(Connection admin, int i) throws SQLException {
                SyntheticPerson p = persons.person(index(i, loaded));
                String pattern = SearchKeys.kanaKey(p.nameKana()).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                requireHits(search(admin, BY_KANA, pattern, null, pattern, p.birthDate()));
            }
        };
    }

    private static MeasuredOperation searchByNumber(int loaded) {
        return new Named("search by addressee number") {
            @Override
            public void secured(MamoriSession session, int i) {
                SearchResult result = session.procedures(RegistryApi.class).search(SCREEN,
                        SearchCriteria.any().withAddresseeNumber(SyntheticPersons.addresseeNumber(index(i, loaded))));
                requireOne(result.persons().size());
            }

            @Override
            public void raw(Connection admin, int i) throws SQLException {
                String number = SyntheticPersons.addresseeNumber(index(i, loaded));
                requireOne(search(admin, BY_NUMBER, number, number, null, null));
            }
        };
    }

    private static MeasuredOperation personView(List<Long> personIds) {
        return new Named("person view") {
            private long id(int i) {
                return personIds.get((int) Math.floorMod(i * STRIDE, (long) personIds.size()));
            }

            @Override
            public void secured(MamoriSession session, int i) {
                PersonDetail detail = session.procedures(RegistryApi.class).person("person.view", id(i));
                requireHits(detail.registrations().size());
            }

            @Override
            public void raw(Connection admin, int i) throws SQLException {
                long id = id(i);
                List<Long> found = new ArrayList<>();
                try (PreparedStatement st = admin.prepareStatement(PERSON_SELECT + "WHERE P.PERSON_ID = ?")) {
                    st.setLong(1, id);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
                requireOne(found.size());
                holdings(admin, found);
                int registrations = 0;
                try (PreparedStatement st = admin.prepareStatement(REGISTRATIONS)) {
                    st.setLong(1, id);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            registrations++;
                        }
                    }
                }
                requireHits(registrations);
            }
        };
    }

    private static MeasuredOperation register(SyntheticPersons persons, String section, long firstNew) {
        return new Named("register a new person for the own section") {
            @Override
            public void secured(MamoriSession session, int i) {
                SyntheticPerson p = persons.person(firstNew + 2L * i);
                long id = session.procedures(RegistryApi.class).register("person.register", new NewRegistration(
                        p.addresseeNumber(), p.nameKanji(), p.nameKana(), Sex.valueOf(p.sex()), p.birthDate(),
                        true, true, RegistrationBasis.APPLICATION, false));
                if (id <= 0) {
                    throw new IllegalStateException("no registration id");
                }
            }

            @Override
            public void raw(Connection admin, int i) throws SQLException {
                SyntheticPerson p = persons.person(firstNew + 2L * i + 1);
                LocalDate today = LocalDate.now();
                admin.setAutoCommit(false);
                try {
                    try (PreparedStatement lock = admin.prepareStatement(LOCK_NUMBER)) {
                        lock.setString(1, p.addresseeNumber());
                        try (ResultSet rs = lock.executeQuery()) {
                            if (rs.next()) {
                                throw new IllegalStateException("the new number exists already");
                            }
                        }
                    }
                    long personId;
                    try (PreparedStatement insert = admin.prepareStatement(INSERT_PERSON, Statement.RETURN_GENERATED_KEYS)) {
                        insert.setString(1, p.addresseeNumber());
                        insert.setString(2, p.nameKanji());
                        insert.setString(3, p.nameKana());
                        insert.setString(4, SearchKeys.kanjiKey(p.nameKanji()));
                        insert.setString(5, SearchKeys.kanaKey(p.nameKana()));
                        insert.setString(6, p.sex());
                        insert.setDate(7, Date.valueOf(p.birthDate()));
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            personId = keys.getLong(1);
                        }
                    }
                    try (PreparedStatement insert = admin.prepareStatement(INSERT_REGISTRATION)) {
                        insert.setLong(1, personId);
                        insert.setString(2, section);
                        insert.setDate(3, Date.valueOf(today));
                        insert.setString(4, RegistrationBasis.APPLICATION.name());
                        insert.setString(5, "bench.raw");
                        insert.executeUpdate();
                    }
                    try (PreparedStatement insert = admin.prepareStatement(INSERT_SET_ITEMS)) {
                        insert.setLong(1, personId);
                        insert.setDate(2, Date.valueOf(today));
                        requireHits(insert.executeUpdate());
                    }
                    admin.commit();
                } catch (SQLException | RuntimeException e) {
                    admin.rollback();
                    throw e;
                } finally {
                    admin.setAutoCommit(true);
                }
            }
        };
    }

    /** Runs a search statement as the procedure binds it; returns the persons found. */
    private static int search(Connection admin, String sql, String lead, String number, String kana,
            LocalDate birth) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = admin.prepareStatement(sql)) {
            Object[] values = {lead, number, number, kana, kana, null, null, birth, birth, null, null, null, null,
                    "ALL", "ALL", null, null, SearchCriteria.DEFAULT_LIMIT + 1};
            for (int v = 0; v < values.length; v++) {
                st.setObject(v + 1, values[v]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        List<Long> page = ids.size() > SearchCriteria.DEFAULT_LIMIT ? ids.subList(0, SearchCriteria.DEFAULT_LIMIT) : ids;
        holdings(admin, page);
        return page.size();
    }

    private static void holdings(Connection admin, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement st = admin.prepareStatement(HOLDINGS)) {
            Array array = admin.createArrayOf("BIGINT", ids.toArray());
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getString(3);
                }
            }
        }
    }

    private static List<Long> personIds(Connection admin) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = admin.prepareStatement(
                "SELECT PERSON_ID FROM MAMORI.PERSON WHERE ADDRESSEE_NUMBER LIKE '9%' ORDER BY PERSON_ID");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void requireHits(int hits) {
        if (hits < 1) {
            throw new IllegalStateException("the benchmark call found nothing: it would measure nothing");
        }
    }

    private static void requireOne(int hits) {
        if (hits != 1) {
            throw new IllegalStateException("expected exactly one person, found " + hits);
        }
    }

    /** An operation with a fixed name that may count the rows its secured calls returned. */
    private abstract static class Named implements MeasuredOperation {
        private final String name;
        private long calls;
        private long rows;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        void count(int returned) {
            calls++;
            rows += returned;
        }

        @Override
        public String note() {
            return calls == 0 ? "" : String.format(java.util.Locale.ROOT, "%.0f persons per result on average",
                    rows / (double) calls);
        }
    }
}
