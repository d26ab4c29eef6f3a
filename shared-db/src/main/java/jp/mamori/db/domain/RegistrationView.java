package jp.mamori.db.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 登録: one holding section's registration of a person, as the person view shows it.
 *
 * @param registrationId      the registration's id
 * @param sectionCode         所属コード
 * @param sectionName         所属名
 * @param inputDate           入力日
 * @param releaseDate         解除日, null while the registration is active
 * @param autoResponseBlocked 自動応答不可フラグ
 * @param nonDisclosure       不開示該当フラグ
 * @param basis               設定の根拠
 * @param registeredBy        user name of the staff member who registered
 * @param version             version for optimistic locking of later changes
 */
public record RegistrationView(long registrationId, String sectionCode, String sectionName, LocalDate inputDate,
        LocalDate releaseDate, boolean autoResponseBlocked, boolean nonDisclosure, RegistrationBasis basis,
        String registeredBy, int version) {

    /** Whether the section holds the person now (no 解除日). */
    public boolean active() {
        return releaseDate == null;
    }

    /** 解除日, if released. */
    public Optional<LocalDate> released() {
        return Optional.ofNullable(releaseDate);
    }
}
