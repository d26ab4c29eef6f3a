package jp.mamori.db.proc;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import jp.mamori.db.audit.SearchTermHashes;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.proc.RegistryColumns.PersonRow;
import jp.mamori.db.text.KanaName;
import jp.mamori.db.text.SearchKeys;
import jp.mamori.db.contract.RefusalCode;

/**
 * 対象者検索: validated criteria and the query that runs them. The statement is chosen by the most
 * selective criterion given (number, name prefix, date of birth, partial name, holding section) so
 * that H2 drives it from that column's index; the other criteria are bound as optional filters.
 * Every statement is a constant: values are always bound, never concatenated.
 */
final class PersonSearch {

    /** Person ids written to the audit detail at most; more hits are counted only. */
    static final int AUDITED_IDS = 100;

    /** Browsing another section's persons (a search narrowed only by that section) is extraction. */
    static final RefusalCode DENIED_BROWSE_OTHER_SECTION = RefusalCode.DENIED_BROWSE_OTHER_SECTION;

    private static final String FILTERS = """
              AND (CAST(:number AS VARCHAR) IS NULL OR P.ADDRESSEE_NUMBER = :number)
              AND (CAST(:kana AS VARCHAR) IS NULL OR P.KANA_KEY LIKE :kana ESCAPE '!')
              AND (CAST(:name AS VARCHAR) IS NULL OR P.NAME_KEY LIKE :name ESCAPE '!')
              AND (CAST(:birth AS DATE) IS NULL OR P.BIRTH_DATE = :birth)
              AND (CAST(:sex AS VARCHAR) IS NULL OR P.SEX = :sex)
              AND (CAST(:section AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM MAMORI.REGISTRATION R
                       WHERE R.PERSON_ID = P.PERSON_ID AND R.SECTION_CODE = :section))
              AND (CAST(:status AS VARCHAR) = 'ALL'
                   OR (CAST(:status AS VARCHAR) = 'ACTIVE') = (EXISTS (SELECT 1 FROM MAMORI.REGISTRATION A
                       WHERE A.PERSON_ID = P.PERSON_ID AND A.RELEASE_DATE IS NULL
                         AND (CAST(:section AS VARCHAR) IS NULL OR A.SECTION_CODE = :section))))
            """;
    private static final String ORDER = """
            ORDER BY P.KANA_KEY, P.PERSON_ID
            FETCH FIRST :fetch ROWS ONLY
            """;
    private static final String COUNT_SELECT = "SELECT COUNT(*) FROM MAMORI.PERSON P\n";

    /** The leading condition of each statement: the most selective criterion, driving the index. */
    private enum Driver {
        NUMBER("WHERE P.ADDRESSEE_NUMBER = :number\n"),
        KANA("WHERE P.KANA_KEY LIKE :kana ESCAPE '!'\n"),
        NAME("WHERE P.NAME_KEY LIKE :name ESCAPE '!'\n"),
        BIRTH("WHERE P.BIRTH_DATE = :birth\n"),
        SECTION("WHERE P.PERSON_ID IN (SELECT D.PERSON_ID FROM MAMORI.REGISTRATION D WHERE D.SECTION_CODE = :section)\n");

        private final String rows;
        private final String count;

        Driver(String where) {
            this.rows = RegistryColumns.PERSON_SELECT + where + FILTERS + ORDER;
            this.count = COUNT_SELECT + where + FILTERS;
        }
    }

    /**
     * Validated criteria.
     *
     * @param number    normalised addressee number or null
     * @param nameKey   folded name or kana key, or null
     * @param kana      whether {@code nameKey} is a kana key
     * @param nameMatch prefix or partial
     * @param birth     date of birth or null
     * @param sex       sex or null
     * @param section   holding section or null
     * @param status    status filter
     * @param limit     rows to return at most
     */
    record Criteria(String number, String nameKey, boolean kana, NameMatch nameMatch, LocalDate birth, Sex sex,
            String section, StatusFilter status, int limit) {

        /** Browsing: narrowed by holding section (and status, sex) only, no person named. */
        boolean browse() {
            return number == null && nameKey == null && birth == null;
        }

        Criteria withLimit(int value) {
            return new Criteria(number, nameKey, kana, nameMatch, birth, sex, section, status, value);
        }
    }

    /** Persons found, whether more matched, and how many matched in all. */
    record Found(List<PersonRow> persons, boolean truncated, long total) {
    }

    private PersonSearch() {
    }

    /**
     * Reads and validates the raw arguments; refuses a search without a selective criterion, and
     * browsing (a search narrowed by holding section only) of any section but the caller's own:
     * reading another section's list is extraction, its own function.
     */
    static Criteria criteria(Handle h, RegistryInput in, String callerSection, String number, String nameText,
            String nameMatch, String birthDate, String sex, String sectionCode, String status, String limit)
            throws Refusal {
        String parsedNumber = RegistryInput.isBlank(number) ? null : in.addresseeNumber(h, number);
        String nameKey = null;
        boolean kana = false;
        if (!RegistryInput.isBlank(nameText)) {
            var asKana = KanaName.parse(nameText);
            kana = asKana.isAccepted();
            nameKey = kana ? SearchKeys.kanaKey(asKana.orElseThrow()) : SearchKeys.kanjiKey(in.kanjiName(nameText));
        }
        NameMatch match = in.nameMatch(nameMatch);
        LocalDate birth = RegistryInput.isBlank(birthDate) ? null : in.birthDate(birthDate);
        Sex parsedSex = RegistryInput.isBlank(sex) ? null : in.sex(sex);
        String section = RegistryInput.isBlank(sectionCode) ? null : in.sectionCode(h, sectionCode);
        StatusFilter parsedStatus = in.status(status);
        int parsedLimit = in.limit(limit);
        if (parsedNumber == null && (nameKey == null || nameKey.isEmpty()) && birth == null && section == null) {
            throw new Refusal(RefusalCode.INVALID_CRITERIA);
        }
        Criteria c = new Criteria(parsedNumber, nameKey == null || nameKey.isEmpty() ? null : nameKey, kana, match,
                birth, parsedSex, section, parsedStatus, parsedLimit);
        if (c.browse() && !section.equals(callerSection)) {
            throw new Refusal(DENIED_BROWSE_OTHER_SECTION);
        }
        return c;
    }

    /**
     * Runs the search: at most {@code limit} persons in kana order, and the number of all persons
     * that matched (counted only when more matched than were returned).
     */
    static Found run(Handle h, Criteria c) {
        Driver driver = driver(c);
        List<PersonRow> rows = bind(h.createQuery(driver.rows), c).bind("fetch", c.limit() + 1)
                .map((r, ctx) -> RegistryColumns.person(r))
                .list();
        boolean truncated = rows.size() > c.limit();
        long total = truncated ? bind(h.createQuery(driver.count), c).mapTo(Long.class).one() : rows.size();
        return new Found(PersonQueries.withHoldings(h, truncated ? rows.subList(0, c.limit()) : rows), truncated,
                total);
    }

    private static Query bind(Query query, Criteria c) {
        String pattern = c.nameKey() == null ? null : likePattern(c.nameKey(), c.nameMatch());
        return query.bind("number", c.number())
                .bind("kana", c.kana() ? pattern : null)
                .bind("name", c.kana() ? null : pattern)
                .bind("birth", c.birth())
                .bind("sex", c.sex() == null ? null : c.sex().name())
                .bind("section", c.section())
                .bind("status", c.status().name());
    }

    /**
     * Writes what was searched to the audit note without naming anyone (ADR 0013): name, kana and
     * number as keyed hashes, only whether a date of birth was given, then the number of hits, the
     * total and the first person ids.
     */
    static void audit(AuditNote note, SearchTermHashes hashes, Criteria c, Found found) {
        if (c.number() != null) {
            note.detail("numberHash", hashes.number(c.number()));
        }
        if (c.nameKey() != null) {
            note.detail(c.kana() ? "kanaHash" : "nameHash", hashes.nameKey(c.kana(), c.nameKey()))
                    .detail("match", c.nameMatch().name());
        }
        if (c.birth() != null) {
            note.detail("birthGiven", true);
        }
        detailIfGiven(note, "sex", c.sex());
        detailIfGiven(note, "section", c.section());
        note.detail("status", c.status().name()).detail("limit", c.limit())
                .detail("hits", found.persons().size()).detail("total", found.total())
                .detail("truncated", found.truncated())
                .detail("ids", found.persons().stream().limit(AUDITED_IDS)
                        .map(p -> Long.toString(p.personId())).collect(Collectors.joining(" ")));
    }

    private static void detailIfGiven(AuditNote note, String key, Object value) {
        if (value != null) {
            note.detail(key, value);
        }
    }

    private static Driver driver(Criteria c) {
        if (c.number() != null) {
            return Driver.NUMBER;
        }
        boolean prefixName = c.nameKey() != null && c.nameMatch() == NameMatch.PREFIX;
        if (prefixName) {
            return c.kana() ? Driver.KANA : Driver.NAME;
        }
        if (c.birth() != null) {
            return Driver.BIRTH;
        }
        if (c.nameKey() != null) {
            return c.kana() ? Driver.KANA : Driver.NAME;
        }
        return Driver.SECTION;
    }

    /**
     * A LIKE pattern for a folded key, with {@code ! % _} escaped by {@code !} (JDBI's statement
     * parser reads a backslash inside quotes as an escape, so {@code \\} cannot be the escape).
     */
    static String likePattern(String key, NameMatch match) {
        String escaped = key.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return match == NameMatch.PARTIAL ? "%" + escaped + "%" : escaped + "%";
    }
}
