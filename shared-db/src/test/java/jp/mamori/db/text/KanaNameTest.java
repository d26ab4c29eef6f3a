package jp.mamori.db.text;

import static jp.mamori.db.text.Results.assertAccepted;
import static jp.mamori.db.text.Results.assertRejected;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KanaNameTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("ヤマダ タロウ", "ヤマダ\u3000タロウ"),
                Arguments.of("やまだ　たろう", "ヤマダ\u3000タロウ"),
                Arguments.of("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ\u3000タロウ"),
                Arguments.of("  ヤマダ  \u3000 タロウ  ", "ヤマダ\u3000タロウ"),
                Arguments.of("ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "ガギグゲゴ\u3000パピプペポ"),
                Arguments.of("ｳﾞｧｲｵﾘﾝ", "ヴァイオリン"),
                Arguments.of("ゔぁいおりん", "ヴァイオリン"),
                Arguments.of("カ゛ッコウ", "ガッコウ"),
                Arguments.of("ハ\u309Aン", "パン"),
                Arguments.of("ｺｰﾋｰ", "コーヒー"),
                Arguments.of("スミス・ジョン", "スミス・ジョン"),
                Arguments.of("ｽﾐｽ･ｼﾞｮﾝ", "スミス・ジョン"),
                Arguments.of("ジョン ポール スミス", "ジョン\u3000ポール\u3000スミス"),
                Arguments.of("ヷヸヹヺ", "ヷヸヹヺ"),
                Arguments.of("ﾜﾞ", "ヷ"),
                Arguments.of("ア", "ア"));
    }

    @ParameterizedTest
    @MethodSource
    void accepted(String input, String expected) {
        assertAccepted(expected, KanaName.parse(input));
    }

    static Stream<Arguments> invalidCharacter() {
        return Stream.of(
                Arguments.of("ヤマダ Taro", "5", "「T」"),
                Arguments.of("ヤマダ１", "4", "「１」"),
                Arguments.of("ヤマダ1", "4", "「1」"),
                Arguments.of("山田 タロウ", "1", "「山」"),
                Arguments.of("ヤマダ-タロウ", "4", "「-」"),
                Arguments.of("ヤマダ\tタロウ", "4", "制御文字（U+0009）"),
                Arguments.of("ヤ\u0000マ", "2", "制御文字（U+0000）"),
                Arguments.of("ヤマ\u200Bダ", "3", "書式文字（U+200B）"),
                Arguments.of("ササヽキ", "3", "「ヽ」"),
                Arguments.of("ヤマダ\uD83D", "4", "不正な文字（U+D83D）"),
                Arguments.of("ヤマダ😀", "4", "「😀」"),
                Arguments.of("ヤマダ\u00A0タロウ", "4", "空白・改行文字（U+00A0）"),
                Arguments.of("'; DROP TABLE x; --", "1", "「'」"));
    }

    @ParameterizedTest
    @MethodSource
    void invalidCharacter(String input, String position, String shown) {
        assertRejected(InputError.KANA_NAME_INVALID_CHARACTER, List.of(position, shown), KanaName.parse(input));
    }

    static Stream<Arguments> misplacedSoundMark() {
        return Stream.of(
                Arguments.of("ﾞｱ", "1", "「ﾞ」"),
                Arguments.of("ｱﾞ", "2", "「ﾞ」"),
                Arguments.of("ガ゛", "2", "「゛」"),
                Arguments.of("カ ﾞ", "3", "「ﾞ」"),
                Arguments.of("ンﾟ", "2", "「ﾟ」"),
                Arguments.of("ー\u3099", "2", "結合文字（U+3099）"));
    }

    @ParameterizedTest
    @MethodSource
    void misplacedSoundMark(String input, String position, String shown) {
        assertRejected(InputError.KANA_NAME_MISPLACED_SOUND_MARK, List.of(position, shown), KanaName.parse(input));
    }

    @Test
    void emptyInputs() {
        for (String input : new String[] {null, "", " ", "\u3000 \u3000"}) {
            assertRejected(InputError.KANA_NAME_EMPTY, KanaName.parse(input));
        }
    }

    @Test
    void lengthIsCountedAfterNormalisation() {
        assertAccepted("ガ".repeat(64), KanaName.parse("ｶﾞ".repeat(64)));
        assertAccepted("ア".repeat(32) + "\u3000" + "イ".repeat(31), KanaName.parse("ア".repeat(32) + "     " + "イ".repeat(31)));
        assertRejected(InputError.KANA_NAME_TOO_LONG, List.of("65", "64"), KanaName.parse("ア".repeat(65)));
        assertRejected(InputError.KANA_NAME_TOO_LONG, List.of("10000", "64"), KanaName.parse("ｶﾞ".repeat(10_000)));
    }
}
