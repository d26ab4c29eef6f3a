package jp.mamori.db.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 対象者情報の訂正: new values for a person's name, kana, sex and date of birth, made by a section
 * that holds the person. The addressee number cannot be corrected.
 *
 * @param personId        the person
 * @param expectedVersion the version the screen showed; a newer one refuses the correction
 * @param nameKanji       氏名 as typed
 * @param nameKana        氏名カナ as typed
 * @param sex             性別
 * @param birthDate       生年月日
 */
public record PersonCorrection(long personId, int expectedVersion, String nameKanji, String nameKana, Sex sex,
        LocalDate birthDate) {

    public PersonCorrection {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** A correction that keeps every current value of {@code person}, to change one with a wither. */
    public static PersonCorrection of(PersonSummary person) {
        return new PersonCorrection(person.personId(), person.version(), person.nameKanji(), person.nameKana(),
                person.sex(), person.birthDate());
    }

    public PersonCorrection withNameKanji(String value) {
        return new PersonCorrection(personId, expectedVersion, value, nameKana, sex, birthDate);
    }

    public PersonCorrection withNameKana(String value) {
        return new PersonCorrection(personId, expectedVersion, nameKanji, value, sex, birthDate);
    }

    public PersonCorrection withSex(Sex value) {
        return new PersonCorrection(personId, expectedVersion, nameKanji, nameKana, value, birthDate);
    }

    public PersonCorrection withBirthDate(LocalDate value) {
        return new PersonCorrection(personId, expectedVersion, nameKanji, nameKana, sex, value);
    }
}
