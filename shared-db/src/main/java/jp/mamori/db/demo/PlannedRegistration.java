package jp.mamori.db.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One synthetic 登録 of a person by a holding section, before it is written. Both flags
 * (自動応答不可フラグ, 不開示該当フラグ) are always set; only the dates and the basis vary.
 *
 * @param sectionCode 保有課 code
 * @param inputDate   入力日
 * @param releaseDate 解除日, or {@code null} while the registration is active
 * @param basis       {@code APPLICATION} (本人の申出) or {@code EVIDENT_NEED} (申出によらず設定が明らかに必要)
 */
public record PlannedRegistration(String sectionCode, LocalDate inputDate, LocalDate releaseDate,
        String basis) {

    /** Checks that a release follows the input and that the basis is a schema code. */
    public PlannedRegistration {
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(inputDate, "inputDate");
        if (releaseDate != null && !releaseDate.isAfter(inputDate)) {
            throw new IllegalArgumentException("release date must follow the input date");
        }
        if (!"APPLICATION".equals(basis) && !"EVIDENT_NEED".equals(basis)) {
            throw new IllegalArgumentException("basis must be APPLICATION or EVIDENT_NEED: " + basis);
        }
    }

    /** True while not released. */
    public boolean active() {
        return releaseDate == null;
    }
}
