package jp.mamori.db.text;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of input strings for the property tests: random, Japanese-looking and hostile. */
final class HostileStrings {

    private HostileStrings() {
    }

    /** Every kind below, with null sometimes. */
    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, allChars()),
                net.jqwik.api.Tuple.of(3, codePoints()),
                net.jqwik.api.Tuple.of(4, japaneseLooking()),
                net.jqwik.api.Tuple.of(2, fixed()),
                net.jqwik.api.Tuple.of(1, huge())).injectNull(0.02);
    }

    /** Any UTF-16 code unit, lone surrogates and NUL included. */
    static Arbitrary<String> allChars() {
        return Arbitraries.strings().all().ofMaxLength(80);
    }

    /** Any code point, supplementary planes, private use and unassigned included. */
    static Arbitrary<String> codePoints() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT).list().ofMaxSize(40)
                .map(cps -> cps.stream().map(cp -> new String(Character.toChars(cp))).collect(Collectors.joining()));
    }

    /** Kana of all widths, sound marks, digits, spaces, era names and separators mixed. */
    static Arbitrary<String> japaneseLooking() {
        return Arbitraries.strings()
                .withCharRange('\u3040', '\u30FF')
                .withCharRange('\uFF10', '\uFF19')
                .withCharRange('\uFF61', '\uFF9F')
                .withCharRange('0', '9')
                .withChars(" \u3000\t.-/年月日元明治大正昭和平成令和MTSHR髙﨑齋邊山田ー・Aa\u3099\u309A\uFE00")
                .ofMaxLength(70);
    }

    /** Known troublemakers. */
    static Arbitrary<String> fixed() {
        return Arbitraries.of(List.of(
                "", "\u0000", "\u0000\u0000\u0000", "\uD800", "\uDC00", "\uDC00\uD800", "\uD83D\uDE00",
                "'; DROP TABLE x; --", "\"; DROP TABLE PERSON; --", "1' OR '1'='1", "%s%n%x", "${jndi:ldap://x/a}",
                "<script>alert(1)</script>", "\u202Eabc", "\uFEFF", "\u200B", "\r\n", "\t", "\u3000",
                "ﾞ", "ﾟ", "゛", "\u3099", "ｶﾞﾞ", "S64.1.8", "H31.5.1", "H1.1.7", "R0.1.1", "S00.00.00",
                "99999999", "00000000", "9999-12-31", "-1975-04-01", "+1975-04-01",
                "1".repeat(10_000), "１".repeat(10_000), "ア".repeat(10_000), "山".repeat(10_000),
                " ".repeat(10_000), "\u0000".repeat(10_000), "ｶﾞ".repeat(5_000), "\uD800".repeat(10_000)));
    }

    /** Long strings of random characters. */
    static Arbitrary<String> huge() {
        return Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(10_000);
    }
}
