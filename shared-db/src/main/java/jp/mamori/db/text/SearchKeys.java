package jp.mamori.db.text;

import java.text.Normalizer;

/**
 * Search keys: the folded forms of names under which persons are stored and searched, so that
 * width, hiragana/katakana, spacing and common itaiji variants do not hide a person.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    /** Folded key of a kanji name. */
    public static String kanjiKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\u3000]", "");
    }

    /** Folded key of a kana reading. */
    public static String kanaKey(String kana) {
        String nfkc = Normalizer.normalize(kana, Normalizer.Form.NFKC).replaceAll("[\\s\u3000]", "");
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> sb.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp));
        return sb.toString();
    }
}
