package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Search-key folding over anything: never throws, idempotent, no spaces left. */
class SearchKeysProperties {

    @Provide
    Arbitrary<String> anything() {
        return HostileStrings.any();
    }

    @Property(tries = 500)
    void kanaKeyIsIdempotent(@ForAll("anything") String input) {
        String key = SearchKeys.kanaKey(input);
        assertEquals(key, SearchKeys.kanaKey(key));
        assertNoSpaces(key);
    }

    @Property(tries = 500)
    void kanjiKeyIsIdempotent(@ForAll("anything") String input) {
        String key = SearchKeys.kanjiKey(input);
        assertEquals(key, SearchKeys.kanjiKey(key));
        assertNoSpaces(key);
    }

    @Provide
    Arbitrary<String> katakana() {
        return Arbitraries.strings().withCharRange('\u30A1', '\u30F6').withChars("ー").ofMinLength(1).ofMaxLength(30);
    }

    @Property(tries = 500)
    void hiraganaAndHalfWidthSpellingsShareTheKey(@ForAll("katakana") String katakana) {
        StringBuilder hiragana = new StringBuilder();
        katakana.chars().forEach(c -> hiragana.append((char) (c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c)));
        String halfWidth = java.text.Normalizer.normalize(katakana, java.text.Normalizer.Form.NFKC);
        assertEquals(SearchKeys.kanaKey(katakana), SearchKeys.kanaKey(hiragana.toString()));
        assertEquals(SearchKeys.kanaKey(katakana), SearchKeys.kanaKey(" " + halfWidth + "\u3000"));
    }

    @Property(tries = 500)
    void keysOfAcceptedNamesAreNeverLongerThanTheName(@ForAll("anything") String input) {
        KanjiName.parse(input).toOptional().ifPresent(name ->
                assertTrue(codePoints(SearchKeys.kanjiKey(name)) <= codePoints(name), name));
        KanaName.parse(input).toOptional().ifPresent(name ->
                assertTrue(codePoints(SearchKeys.kanaKey(name)) <= codePoints(name), name));
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static void assertNoSpaces(String key) {
        assertFalse(key.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)), key);
    }
}
