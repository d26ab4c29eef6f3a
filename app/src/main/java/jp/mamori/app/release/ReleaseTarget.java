package jp.mamori.app.release;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The registration a clerk asks to release or delete, as the person view shows it: the
 * registration of the caller's own section and whom it concerns.
 *
 * @param registrationId  the registration of the caller's section
 * @param addresseeNumber 団体内統合宛名番号
 * @param nameKanji       氏名
 * @param nameKana        氏名カナ
 * @param inputDate       入力日 of the registration
 */
public record ReleaseTarget(long registrationId, String addresseeNumber, String nameKanji, String nameKana,
        LocalDate inputDate) {

    public ReleaseTarget {
        Objects.requireNonNull(addresseeNumber, "addresseeNumber");
        Objects.requireNonNull(nameKanji, "nameKanji");
        Objects.requireNonNull(nameKana, "nameKana");
    }
}
