package jp.mamori.db.proc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.text.SearchKeys;
import jp.mamori.db.contract.RefusalCode;

/**
 * Writes to PERSON and REGISTRATION, always inside the procedure's transaction. A person row that
 * will be compared and then joined or corrected is read with {@code FOR UPDATE}, so no other
 * transaction changes it in between. Unique-key races surface as refusals, not as errors.
 */
final class PersonWrites {

    private PersonWrites() {
    }

    /** The person fields as stored, with their search keys. */
    record Stored(long personId, String nameKanji, String nameKana, String nameKey, String kanaKey, Sex sex,
            LocalDate birthDate, int version) {
    }

    /** Normalised person fields as typed. */
    record PersonFields(String nameKanji, String nameKana, Sex sex, LocalDate birthDate) {

        String nameKey() {
            return SearchKeys.kanjiKey(nameKanji);
        }

        String kanaKey() {
            return SearchKeys.kanaKey(nameKana);
        }
    }

    static Optional<Stored> lockByNumber(Handle h, String addresseeNumber) {
        return h.createQuery(STORED + "WHERE ADDRESSEE_NUMBER = :key FOR UPDATE").bind("key", addresseeNumber)
                .map((r, ctx) -> stored(r)).findOne();
    }

    static Optional<Stored> lockById(Handle h, long personId) {
        return h.createQuery(STORED + "WHERE PERSON_ID = :key FOR UPDATE").bind("key", personId)
                .map((r, ctx) -> stored(r)).findOne();
    }

    /** Inserts a new person; a concurrent insert of the same number is refused with {@code conflict.retry}. */
    static long insertPerson(Handle h, String addresseeNumber, PersonFields f) throws Refusal {
        try {
            return h.createUpdate("""
                    INSERT INTO MAMORI.PERSON
                        (ADDRESSEE_NUMBER, NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE)
                    VALUES (:number, :kanji, :kana, :nameKey, :kanaKey, :sex, :birth)
                    """).bind("number", addresseeNumber).bind("kanji", f.nameKanji()).bind("kana", f.nameKana())
                    .bind("nameKey", f.nameKey()).bind("kanaKey", f.kanaKey()).bind("sex", f.sex().name())
                    .bind("birth", f.birthDate())
                    .executeAndReturnGeneratedKeys("PERSON_ID").mapTo(Long.class).one();
        } catch (StatementException e) {
            throw conflictOr(e, RefusalCode.CONFLICT_RETRY);
        }
    }

    /** Inserts an active registration; a second active one of the same section is refused. */
    static long insertRegistration(Handle h, long personId, String sectionCode, LocalDate inputDate,
            RegistrationBasis basis, String registeredBy) throws Refusal {
        try {
            return h.createUpdate("""
                    INSERT INTO MAMORI.REGISTRATION
                        (PERSON_ID, SECTION_CODE, INPUT_DATE, AUTO_RESPONSE_BLOCKED, NON_DISCLOSURE, BASIS, REGISTERED_BY)
                    VALUES (:person, :section, :input, TRUE, TRUE, :basis, :by)
                    """).bind("person", personId).bind("section", sectionCode).bind("input", inputDate)
                    .bind("basis", basis.name()).bind("by", registeredBy)
                    .executeAndReturnGeneratedKeys("REGISTRATION_ID").mapTo(Long.class).one();
        } catch (StatementException e) {
            throw conflictOr(e, RefusalCode.CONFLICT_ALREADY_REGISTERED);
        }
    }

    /** Updates the person if still at {@code expectedVersion}; returns the new version. */
    static int update(Handle h, long personId, int expectedVersion, PersonFields f) throws Refusal {
        int changed = h.createUpdate("""
                UPDATE MAMORI.PERSON
                SET NAME_KANJI = :kanji, NAME_KANA = :kana, NAME_KEY = :nameKey, KANA_KEY = :kanaKey,
                    SEX = :sex, BIRTH_DATE = :birth, VERSION = VERSION + 1
                WHERE PERSON_ID = :id AND VERSION = :version
                """).bind("kanji", f.nameKanji()).bind("kana", f.nameKana()).bind("nameKey", f.nameKey())
                .bind("kanaKey", f.kanaKey()).bind("sex", f.sex().name()).bind("birth", f.birthDate())
                .bind("id", personId).bind("version", expectedVersion).execute();
        if (changed != 1) {
            throw new Refusal(RefusalCode.CONFLICT_VERSION);
        }
        return expectedVersion + 1;
    }

    private static final String STORED = """
            SELECT PERSON_ID, NAME_KANJI, NAME_KANA, NAME_KEY, KANA_KEY, SEX, BIRTH_DATE, VERSION
            FROM MAMORI.PERSON
            """;

    private static Stored stored(java.sql.ResultSet r) throws SQLException {
        return new Stored(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                Sex.valueOf(r.getString(6)), r.getObject(7, LocalDate.class), r.getInt(8));
    }

    /** A duplicate key or lock conflict as a refusal with {@code code}; anything else is rethrown. */
    private static Refusal conflictOr(StatementException e, RefusalCode code) {
        if (e.getCause() instanceof SQLException sql) {
            int error = sql.getErrorCode();
            if (error == ErrorCode.DUPLICATE_KEY_1) {
                return new Refusal(code);
            }
            if (error == ErrorCode.LOCK_TIMEOUT_1 || error == ErrorCode.CONCURRENT_UPDATE_1
                    || error == ErrorCode.DEADLOCK_1) {
                return new Refusal(RefusalCode.CONFLICT_RETRY);
            }
        }
        throw e;
    }
}
