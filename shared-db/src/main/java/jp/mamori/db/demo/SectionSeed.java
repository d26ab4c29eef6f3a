package jp.mamori.db.demo;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One 所属 (section) of the demo catalogue, as it goes into {@code MAMORI.SECTION}.
 *
 * @param code        所属コード, {@code ^[0-9A-Z]{2,16}$}
 * @param name        所属名
 * @param holdsData   保有課: the section learns of DV等被害者 and registers them
 * @param doesLinkage 利用課（情報連携事務所管課）: the section sets the flags in its systems
 */
public record SectionSeed(String code, String name, boolean holdsData, boolean doesLinkage) {

    private static final Pattern CODE = Pattern.compile("^[0-9A-Z]{2,16}$");

    /** Validates the code against the schema's rule and requires a name of at most 64 characters. */
    public SectionSeed {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("section code must match ^[0-9A-Z]{2,16}$: " + code);
        }
        if (name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("section name must have 1 to 64 characters: " + code);
        }
    }
}
