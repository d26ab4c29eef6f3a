package jp.mamori.db.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plainly fictional 対象者 for demonstrations and load tests: the name is made of words such
 * as 見本 and 試験, the 団体内統合宛名番号 starts with 9 and counts up.
 *
 * @param addresseeNumber 団体内統合宛名番号 (15 digits)
 * @param nameKanji       氏名, surname and given name separated by an ideographic space
 * @param nameKana        氏名カナ in full-width katakana, separated the same way
 * @param sex             性別: {@code M}, {@code F} or {@code U}
 * @param birthDate       生年月日
 */
public record SyntheticPerson(String addresseeNumber, String nameKanji, String nameKana, String sex,
        LocalDate birthDate) {

    /** Requires every value; the sex must be one of the schema's codes. */
    public SyntheticPerson {
        Objects.requireNonNull(addresseeNumber, "addresseeNumber");
        Objects.requireNonNull(nameKanji, "nameKanji");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(birthDate, "birthDate");
        if (!"M".equals(sex) && !"F".equals(sex) && !"U".equals(sex)) {
            throw new IllegalArgumentException("sex must be M, F or U: " + sex);
        }
    }
}
