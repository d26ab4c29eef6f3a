package jp.mamori.db.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 対象者: one person as the search, the addressee-number look-up and the person view show them.
 *
 * @param personId            the person's id (used as the audit target)
 * @param addresseeNumber     団体内統合宛名番号 (ASCII digits)
 * @param nameKanji           氏名
 * @param nameKana            氏名カナ (full-width katakana)
 * @param sex                 性別
 * @param birthDate           生年月日
 * @param version             version for optimistic locking of a correction
 * @param holdingSectionCodes 所属コード of the sections that hold the person now, comma-joined in code order
 * @param holdingSections     所属名 of the same sections in the same order, comma-joined
 * @param anyActive           whether any section holds the person now
 */
public record PersonSummary(long personId, String addresseeNumber, String nameKanji, String nameKana, Sex sex,
        LocalDate birthDate, int version, String holdingSectionCodes, String holdingSections, boolean anyActive) {

    /** The codes of the holding sections as a list (empty if none). */
    public List<String> holdingSectionCodeList() {
        return split(holdingSectionCodes);
    }

    /** The names of the holding sections as a list (empty if none). */
    public List<String> holdingSectionNameList() {
        return split(holdingSections);
    }

    /** Whether the given section holds the person now. */
    public boolean heldBy(String sectionCode) {
        return holdingSectionCodeList().contains(sectionCode);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
