package jp.mamori.db.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 対象者登録 as the register screen sends it. The holding section is never part of it: the server
 * takes the caller's own section from the session. Text fields are sent as typed; the server
 * normalises and validates them with the same rules as the screen.
 *
 * @param addresseeNumber     団体内統合宛名番号 as typed (full-width digits allowed)
 * @param nameKanji           氏名 as typed
 * @param nameKana            氏名カナ as typed (hiragana, katakana or half-width katakana)
 * @param sex                 性別
 * @param birthDate           生年月日 (the screen parses 和暦 or 西暦 input)
 * @param autoResponseBlocked 自動応答不可フラグ; must be true at registration
 * @param nonDisclosure       不開示該当フラグ; must be true at registration
 * @param basis               設定の根拠
 * @param confirmExisting     true once the screen has shown the existing person with this number
 *                            and the clerk has confirmed that the registration joins them
 */
public record NewRegistration(String addresseeNumber, String nameKanji, String nameKana, Sex sex,
        LocalDate birthDate, boolean autoResponseBlocked, boolean nonDisclosure, RegistrationBasis basis,
        boolean confirmExisting) {

    public NewRegistration {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(basis, "basis");
    }

    /** The same registration, confirmed to join the existing person. */
    public NewRegistration confirmed() {
        return new NewRegistration(addresseeNumber, nameKanji, nameKana, sex, birthDate, autoResponseBlocked,
                nonDisclosure, basis, true);
    }
}
