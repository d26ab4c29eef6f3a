package jp.mamori.db.text;

import java.text.Normalizer;

/**
 * Search keys: the folded forms of names under which persons are stored and searched, so that
 * width, hiragana/katakana, spacing, small kana and common itaiji variants do not hide a person.
 *
 * <p>Both keys are built the same way:
 * <ol>
 *   <li>variation selectors (IVS, U+FE00–FE0F, U+E0100–E01EF) are removed;</li>
 *   <li>NFKC: full-width latin and digits become ASCII, half-width katakana becomes full-width
 *       (ｶﾞ→ガ), CJK compatibility ideographs that have a mapping become the unified ideograph;</li>
 *   <li>spaces of every kind, control and format characters, and the middle dots ・ and · are
 *       removed; ASCII letters are upper-cased; hiragana becomes katakana; small kana become large
 *       (ァ→ア, ッ→ツ, ヵ→カ, ヶ→ケ); ヴ and ー are kept; for {@link #kanjiKey} each kanji is replaced
 *       by its canonical form from {@code itaiji.tsv} (髙→高, 﨑→崎, 齋→斎 …);</li>
 *   <li>NFC composition once more, so a sound mark freed by step 3 joins its kana (ッ+゛→ヅ).</li>
 * </ol>
 * Folding is idempotent: a key folds to itself. Changing these rules or the table means existing
 * keys in the database must be rebuilt.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    /** Folded key of a kanji name (氏名); null folds to the empty string. */
    public static String kanjiKey(String name) {
        return fold(name, true);
    }

    /** Folded key of a kana reading (氏名カナ); null folds to the empty string. */
    public static String kanaKey(String kana) {
        return fold(kana, false);
    }

    private static String fold(String text, boolean itaiji) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = Normalizer.normalize(withoutVariationSelectors(text), Normalizer.Form.NFKC);
        ItaijiTable table = itaiji ? ItaijiTable.instance() : null;
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (isDropped(cp)) {
                continue;
            }
            if (cp >= 'a' && cp <= 'z') {
                cp -= 'a' - 'A';
            }
            cp = Kana.smallToLarge(Kana.hiraganaToKatakana(cp));
            if (table != null) {
                cp = table.fold(cp);
            }
            out.appendCodePoint(cp);
        }
        // Steps above only replace or drop code points; composition can only join a base with a
        // following mark, which yields no character those steps would change again.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String withoutVariationSelectors(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isDropped(int cp) {
        if (cp == Kana.MIDDLE_DOT || cp == 0x00B7) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.CONTROL:
            case Character.FORMAT:
                return true;
            default:
                return false;
        }
    }
}
