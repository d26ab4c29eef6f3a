package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchKeysTest {

    @Test
    void kanaSpellingsOfOneNameGiveOneKey() {
        String key = SearchKeys.kanaKey("ヤマダ タロウ");
        assertEquals("ヤマダタロウ", key);
        assertEquals(key, SearchKeys.kanaKey("やまだ　たろう"));
        assertEquals(key, SearchKeys.kanaKey("ﾔﾏﾀﾞ ﾀﾛｳ"));
        assertEquals(key, SearchKeys.kanaKey("ヤマダ・タロウ"));
        assertEquals(key, SearchKeys.kanaKey(" ﾔﾏﾀﾞ\u3000\u3000ﾀﾛｳ\t"));
    }

    @Test
    void kanjiItaijiAndSpacesFold() {
        assertEquals("高橋崎子", SearchKeys.kanjiKey("髙橋 \uFA11子"));
        assertEquals(SearchKeys.kanjiKey("高橋崎子"), SearchKeys.kanjiKey("髙橋 \uFA11子"));
        assertEquals("斎藤", SearchKeys.kanjiKey("齋藤"));
        assertEquals("斎藤", SearchKeys.kanjiKey("齊藤"));
        assertEquals("斎藤", SearchKeys.kanjiKey("斉藤"));
        assertEquals("渡辺", SearchKeys.kanjiKey("渡邊"));
        assertEquals("渡辺", SearchKeys.kanjiKey("渡邉"));
        assertEquals("渡辺", SearchKeys.kanjiKey("渡邉\uDB40\uDD01"));   // 邉 with an IVS
        assertEquals("吉田", SearchKeys.kanjiKey("𠮷田"));
        assertEquals("塚本", SearchKeys.kanjiKey("\uFA10本"));
        assertEquals("竜", SearchKeys.kanjiKey("\uF9C4"));            // compatibility 龍 → 龍 → 竜
    }

    static Stream<Arguments> folds() {
        return Stream.of(
                Arguments.of("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ"),
                Arguments.of("ぁぃぅぇぉっゃゅょゎゕゖ", "アイウエオツヤユヨワカケ"),
                Arguments.of("ヴァイオリン", "ヴアイオリン"),
                Arguments.of("ゔぁいおりん", "ヴアイオリン"),
                Arguments.of("ｳﾞｧｲｵﾘﾝ", "ヴアイオリン"),
                Arguments.of("コーヒー", "コーヒー"),
                Arguments.of("ｺｰﾋｰ", "コーヒー"),
                Arguments.of("ｼｮｳｺﾞ", "シヨウゴ"),
                Arguments.of("ㇰㇱㇲ", "クシス"),
                Arguments.of("smith john", "SMITHJOHN"),
                Arguments.of("ＳＭＩＴＨ　ＪＯＨＮ", "SMITHJOHN"),
                Arguments.of("ｽﾐｽ･ｼﾞｮﾝ", "スミスジヨン"),
                Arguments.of("ッ\u200B\u3099", "ヅ"),                 // a mark freed by dropping a format char
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource
    void folds(String input, String expected) {
        assertEquals(expected, SearchKeys.kanaKey(input));
        assertEquals(expected, SearchKeys.kanjiKey(input));
    }

    @Test
    void nullFoldsToEmpty() {
        assertEquals("", SearchKeys.kanaKey(null));
        assertEquals("", SearchKeys.kanjiKey(null));
    }

    @Test
    void distinctNamesStayDistinct() {
        assertNotEquals(SearchKeys.kanaKey("ヴ"), SearchKeys.kanaKey("ブ"));
        assertNotEquals(SearchKeys.kanaKey("ガ"), SearchKeys.kanaKey("カ"));
        assertNotEquals(SearchKeys.kanjiKey("崎"), SearchKeys.kanjiKey("埼"));
        assertNotEquals(SearchKeys.kanjiKey("高"), SearchKeys.kanjiKey("商"));
    }

    @Test
    void compatibilityIdeographsThatNfkcLeavesAloneAreFoldedByTheTable() {
        // U+FA11 﨑 and U+FA14 﨔 are among the twelve "unified" ideographs of the compatibility
        // block: NFKC does not change them, so only the table can fold them.
        assertEquals("\uFA11", Normalizer.normalize("\uFA11", Normalizer.Form.NFKC));
        assertEquals("\uFA14", Normalizer.normalize("\uFA14", Normalizer.Form.NFKC));
        assertEquals("崎", SearchKeys.kanjiKey("\uFA11"));
        assertEquals("欅", SearchKeys.kanjiKey("\uFA14"));
        // U+FA10 塚 and U+FA4F 祐 are mapped by NFKC itself.
        assertEquals("\u585A", Normalizer.normalize("\uFA10", Normalizer.Form.NFKC));
        assertEquals("\u7950", Normalizer.normalize("\uFA4F", Normalizer.Form.NFKC));
        assertEquals("\u7950", SearchKeys.kanjiKey("\uFA4F"));
    }

    @Test
    void everyCompatibilityIdeographFoldsLikeItsNfkcForm() {
        for (int cp = 0xF900; cp <= 0xFAFF; cp++) {
            if (!Character.isIdeographic(cp)) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
            assertEquals(SearchKeys.kanjiKey(nfkc), SearchKeys.kanjiKey(s), CharacterDescriptions.codePointName(cp));
        }
    }

    @Test
    void keysOfAcceptedNamesFitTheirColumns() {
        String longest = KanjiName.parse("𠮷".repeat(32)).orElseThrow();
        assertEquals(32, SearchKeys.kanjiKey(longest).length());   // 吉 ×32, within VARCHAR(128)
        String kana = KanaName.parse("ア".repeat(64)).orElseThrow();
        assertEquals(64, SearchKeys.kanaKey(kana).length());
    }
}
