package jp.mamori.db.proc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import jp.mamori.db.domain.Sex;

/**
 * Result columns of the registry procedures. Every person row has the same leading columns (the
 * client maps them to {@code PersonSummary}); search adds {@code TRUNCATED} and {@code TOTAL}, the person view adds
 * one registration per row.
 */
final class RegistryColumns {

    /** The stored columns of a person, read by {@link #person(ResultSet)}; holdings come separately. */
    static final String PERSON_SELECT = """
            SELECT P.PERSON_ID, P.ADDRESSEE_NUMBER, P.NAME_KANJI, P.NAME_KANA, P.SEX, P.BIRTH_DATE, P.VERSION
            FROM MAMORI.PERSON P
            """;

    private RegistryColumns() {
    }

    /** The person columns: lookup by number. */
    static Columns persons() {
        return new Columns().bigint("PERSON_ID").text("ADDRESSEE_NUMBER", 32).text("NAME_KANJI", 64)
                .text("NAME_KANA", 128).text("SEX", 1).date("BIRTH_DATE").integer("VERSION")
                .text("HOLDING_SECTION_CODES", 1000).text("HOLDING_SECTIONS", 2000).bool("ANY_ACTIVE");
    }

    /** Search: the person columns, whether more persons matched than were returned, and how many matched. */
    static Columns searchRows() {
        return persons().bool("TRUNCATED").bigint("TOTAL");
    }

    /** Person view: the person columns repeated on each row, then one registration (all null if none). */
    static Columns personView() {
        return persons().bigint("REGISTRATION_ID").text("SECTION_CODE", 16).text("SECTION_NAME", 64)
                .date("INPUT_DATE").date("RELEASE_DATE").bool("AUTO_RESPONSE_BLOCKED").bool("NON_DISCLOSURE")
                .text("BASIS", 16).text("REGISTERED_BY", 32).integer("REGISTRATION_VERSION");
    }

    static PersonRow person(ResultSet r) throws SQLException {
        return new PersonRow(r.getLong("PERSON_ID"), r.getString("ADDRESSEE_NUMBER"), r.getString("NAME_KANJI"),
                r.getString("NAME_KANA"), Sex.valueOf(r.getString("SEX")), r.getObject("BIRTH_DATE", LocalDate.class),
                r.getInt("VERSION"), "", "");
    }

    /** One person as read by {@link #PERSON_SELECT}. */
    record PersonRow(long personId, String addresseeNumber, String nameKanji, String nameKana, Sex sex,
            LocalDate birthDate, int version, String holdingCodes, String holdingNames) {

        /** This person with the sections holding them now. */
        PersonRow holding(String codes, String names) {
            return new PersonRow(personId, addresseeNumber, nameKanji, nameKana, sex, birthDate, version, codes, names);
        }

        Object[] cells(Object... more) {
            Object[] cells = new Object[10 + more.length];
            cells[0] = personId;
            cells[1] = addresseeNumber;
            cells[2] = nameKanji;
            cells[3] = nameKana;
            cells[4] = sex.name();
            cells[5] = birthDate;
            cells[6] = version;
            cells[7] = holdingCodes;
            cells[8] = holdingNames;
            cells[9] = !holdingCodes.isEmpty();
            System.arraycopy(more, 0, cells, 10, more.length);
            return cells;
        }
    }
}
