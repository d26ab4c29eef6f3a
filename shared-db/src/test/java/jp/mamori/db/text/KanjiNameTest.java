package jp.mamori.db.text;

import static jp.mamori.db.text.Results.assertAccepted;
import static jp.mamori.db.text.Results.assertRejected;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KanjiNameTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("山田 太郎", "山田\u3000太郎"),
                Arguments.of("  山田\u3000\u3000 太郎 \t\n", "山田\u3000太郎"),
                Arguments.of("髙橋 \uFA11子", "髙橋\u3000\uFA11子"),      // itaiji kept as typed
                Arguments.of("齋藤 眞", "齋藤\u3000眞"),
                Arguments.of("佐々木 ハナ", "佐々木\u3000ハナ"),
                Arguments.of("𠮷田 花子", "𠮷田\u3000花子"),
                Arguments.of("\u585A本", "\u585A本"),
                Arguments.of("\uFA10本", "\uFA10本"),                    // compatibility ideograph not rewritten
                Arguments.of("葛\uDB40\uDD00城", "葛\uDB40\uDD00城"),     // IVS after a kanji kept
                Arguments.of("ｽﾐｽ ｼﾞｮﾝ", "スミス\u3000ジョン"),            // half-width kana widened
                Arguments.of("スミス・ジョン", "スミス・ジョン"),
                Arguments.of("ＳＭＩＴＨ ＪＯＨＮ", "ＳＭＩＴＨ\u3000ＪＯＨＮ"),
                Arguments.of("O-Brien Mary", "O-Brien\u3000Mary"),
                Arguments.of("José", "José"),
                Arguments.of("Jose\u0301", "Jose\u0301"),
                Arguments.of("金 民俊", "金\u3000民俊"),
                Arguments.of("김민준", "김민준"),
                Arguments.of("〆木 〇子", "〆木\u3000〇子"),
                Arguments.of("山田\u00A0太郎", "山田\u3000太郎"),
                Arguments.of("スミス III", "スミス\u3000III"));
    }

    @ParameterizedTest
    @MethodSource
    void accepted(String input, String expected) {
        assertAccepted(expected, KanjiName.parse(input));
    }

    static Stream<Arguments> invalidCharacter() {
        return Stream.of(
                Arguments.of("山田<script>", "3", "「<」"),
                Arguments.of("山田>", "3", "「>」"),
                Arguments.of("山田\"", "3", "「\"」"),
                Arguments.of("O'Brien", "2", "「'」"),
                Arguments.of("'; DROP TABLE x; --", "1", "「'」"),
                Arguments.of("山田;", "3", "「;」"),
                Arguments.of("山\u0000田", "2", "制御文字（U+0000）"),
                Arguments.of("山田\t太郎", "3", "制御文字（U+0009）"),
                Arguments.of("山田\n太郎", "3", "制御文字（U+000A）"),
                Arguments.of("山田\u2028太郎", "3", "空白・改行文字（U+2028）"),
                Arguments.of("山\u200B田", "2", "書式文字（U+200B）"),
                Arguments.of("山\u202E田", "2", "書式文字（U+202E）"),
                Arguments.of("山田\uDC00", "3", "不正な文字（U+DC00）"),
                Arguments.of("山田😀", "3", "「😀」"),
                Arguments.of("山田¥", "3", "「¥」"),
                Arguments.of("\u0301山田", "1", "結合文字（U+0301）"),
                Arguments.of("\uFE00山田", "1", "結合文字（U+FE00）"),
                Arguments.of("ア\uDB40\uDD00", "2", "結合文字（U+E0100）"),   // IVS only after a kanji
                Arguments.of("山田 ﾞ", "4", "「ﾞ」"),
                Arguments.of("山ﾞ", "2", "「ﾞ」"),
                Arguments.of("\uFFFF", "1", "不正な文字（U+FFFF）"),
                Arguments.of("ヿ", "1", "「ヿ」"),                       // stands for コト
                Arguments.of("スミスⅢ", "4", "「Ⅲ」"),
                Arguments.of("Gi\uFB00ord", "3", "「\uFB00」"));
    }

    @ParameterizedTest
    @MethodSource
    void invalidCharacter(String input, String position, String shown) {
        assertRejected(InputError.KANJI_NAME_INVALID_CHARACTER, List.of(position, shown), KanjiName.parse(input));
    }

    @Test
    void privateUseCharactersAreRefusedAsGaiji() {
        assertRejected(InputError.KANJI_NAME_PRIVATE_USE_CHARACTER, List.of("2", "U+E000"), KanjiName.parse("山\uE000"));
        assertRejected(InputError.KANJI_NAME_PRIVATE_USE_CHARACTER, List.of("1", "U+F0000"),
                KanjiName.parse(new String(Character.toChars(0xF0000))));
    }

    @Test
    void emptyInputs() {
        for (String input : new String[] {null, "", "  ", "\u3000", "\t\r\n"}) {
            assertRejected(InputError.KANJI_NAME_EMPTY, KanjiName.parse(input));
        }
    }

    @Test
    void lengthCountsCodePointsAfterNormalisation() {
        assertAccepted("𠮷".repeat(32), KanjiName.parse("𠮷".repeat(32)));
        assertAccepted("山".repeat(16) + "\u3000" + "田".repeat(15), KanjiName.parse("山".repeat(16) + "   " + "田".repeat(15)));
        assertRejected(InputError.KANJI_NAME_TOO_LONG, List.of("33", "32"), KanjiName.parse("山".repeat(33)));
        assertRejected(InputError.KANJI_NAME_TOO_LONG, List.of("10000", "32"), KanjiName.parse("山".repeat(10_000)));
    }
}
