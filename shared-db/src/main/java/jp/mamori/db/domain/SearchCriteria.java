package jp.mamori.db.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 対象者検索の条件. Null or blank means "any". At least one of addressee number, name, date of birth
 * or holding section must be given (sex and status only narrow). Text is sent as typed; the server
 * normalises it and folds names with the search keys (width, hiragana/katakana, spaces, itaiji).
 *
 * @param addresseeNumber 団体内統合宛名番号, exact match
 * @param nameText        氏名 or 氏名カナ; kana is matched against the kana key, anything else against
 *                        the name key
 * @param nameMatch       prefix or partial matching of the name
 * @param birthDate       生年月日, exact
 * @param sex             性別
 * @param sectionCode     holding section (所属コード); with no number, name or date of birth, only the
 *                        caller's own section may be given (browsing another section is refused)
 * @param status          held now, released, or all
 * @param limit           most rows wanted, 1 to {@value #MAX_LIMIT}
 */
public record SearchCriteria(String addresseeNumber, String nameText, NameMatch nameMatch, LocalDate birthDate,
        Sex sex, String sectionCode, StatusFilter status, int limit) {

    /**
     * The most rows a client may ask for; the server returns no more than its own cap (setting
     * {@code search.maxRows}, 200 by default) and says how many matched in all (ADR 0013).
     */
    public static final int MAX_LIMIT = 10_000;
    /** Rows a search returns unless told otherwise. */
    public static final int DEFAULT_LIMIT = 1_000;

    public SearchCriteria {
        Objects.requireNonNull(nameMatch, "nameMatch");
        Objects.requireNonNull(status, "status");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    /** No criterion yet: prefix matching, every status, {@link #DEFAULT_LIMIT} rows. */
    public static SearchCriteria any() {
        return new SearchCriteria(null, null, NameMatch.PREFIX, null, null, null, StatusFilter.ALL, DEFAULT_LIMIT);
    }

    public SearchCriteria withAddresseeNumber(String value) {
        return new SearchCriteria(value, nameText, nameMatch, birthDate, sex, sectionCode, status, limit);
    }

    public SearchCriteria withName(String value, NameMatch match) {
        return new SearchCriteria(addresseeNumber, value, match, birthDate, sex, sectionCode, status, limit);
    }

    public SearchCriteria withBirthDate(LocalDate value) {
        return new SearchCriteria(addresseeNumber, nameText, nameMatch, value, sex, sectionCode, status, limit);
    }

    public SearchCriteria withSex(Sex value) {
        return new SearchCriteria(addresseeNumber, nameText, nameMatch, birthDate, value, sectionCode, status, limit);
    }

    public SearchCriteria withSection(String value) {
        return new SearchCriteria(addresseeNumber, nameText, nameMatch, birthDate, sex, value, status, limit);
    }

    public SearchCriteria withStatus(StatusFilter value) {
        return new SearchCriteria(addresseeNumber, nameText, nameMatch, birthDate, sex, sectionCode, value, limit);
    }

    public SearchCriteria withLimit(int value) {
        return new SearchCriteria(addresseeNumber, nameText, nameMatch, birthDate, sex, sectionCode, status, value);
    }
}
