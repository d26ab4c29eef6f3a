package jp.mamori.db.demo;

import java.util.Objects;

/**
 * One 情報連携事務 of the demo catalogue: a section's business and the system in which that
 * section sets 自動応答不可フラグ and 不開示該当フラグ; goes into {@code MAMORI.LINKAGE_DUTY}.
 *
 * @param sectionCode  所属コード of the 利用課
 * @param businessName 登録業務の名称
 * @param systemName   system in which the flags are set, or {@link DemoCatalog#SYSTEM_NOT_REGISTERED}
 */
public record LinkageDutySeed(String sectionCode, String businessName, String systemName) {

    /** Requires all three values, none blank and none longer than the columns allow (128). */
    public LinkageDutySeed {
        Objects.requireNonNull(sectionCode, "sectionCode");
        requireText(businessName, "businessName");
        requireText(systemName, "systemName");
    }

    /** True when the seed names no system and the placeholder stands in its place. */
    public boolean systemNotRegistered() {
        return DemoCatalog.SYSTEM_NOT_REGISTERED.equals(systemName);
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(what + " must have 1 to 128 characters");
        }
    }
}
