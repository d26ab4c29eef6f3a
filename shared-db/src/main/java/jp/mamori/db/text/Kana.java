package jp.mamori.db.text;

import java.text.Normalizer;

/** Code-point rules for kana shared by the name parsers and the search keys. */
final class Kana {

    static final int IDEOGRAPHIC_SPACE = 0x3000;
    static final int MIDDLE_DOT = 0x30FB;
    static final int LONG_VOWEL_MARK = 0x30FC;

    private static final int COMBINING_DAKUTEN = 0x3099;
    private static final int COMBINING_HANDAKUTEN = 0x309A;

    private Kana() {
    }

    /** Hiragana letters ぁ..ゖ (U+3041–U+3096). */
    static boolean isHiraganaLetter(int cp) {
        return cp >= 0x3041 && cp <= 0x3096;
    }

    /** Katakana letters ァ..ヺ (U+30A1–U+30FA). */
    static boolean isKatakanaLetter(int cp) {
        return cp >= 0x30A1 && cp <= 0x30FA;
    }

    /** Half-width katakana letters and ｰ (U+FF66–U+FF9D), not the sound marks. */
    static boolean isHalfWidthKatakana(int cp) {
        return cp >= 0xFF66 && cp <= 0xFF9D;
    }

    /** ゛ in any of its forms: combining, spacing, half-width. */
    static boolean isDakuten(int cp) {
        return cp == COMBINING_DAKUTEN || cp == 0x309B || cp == 0xFF9E;
    }

    /** ゜ in any of its forms: combining, spacing, half-width. */
    static boolean isHandakuten(int cp) {
        return cp == COMBINING_HANDAKUTEN || cp == 0x309C || cp == 0xFF9F;
    }

    static boolean isSoundMark(int cp) {
        return isDakuten(cp) || isHandakuten(cp);
    }

    /** ぁ→ァ, ゔ→ヴ, ゝ→ヽ; any other code point unchanged. */
    static int hiraganaToKatakana(int cp) {
        if (isHiraganaLetter(cp) || cp == 0x309D || cp == 0x309E) {
            return cp + 0x60;
        }
        return cp;
    }

    /** ｶ→カ, ｰ→ー, ･→・ (one code point in, one out); others unchanged. */
    static int halfWidthToFullWidth(int cp) {
        if (isHalfWidthKatakana(cp) || cp == 0xFF65) {
            return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                    .codePointAt(0);
        }
        return cp;
    }

    /**
     * Joins a sound mark to a full-width kana (カ+゛→ガ, ハ+゜→パ, ウ+゛→ヴ).
     *
     * @return the composed code point, or -1 if that kana cannot carry that mark
     */
    static int compose(int kana, int soundMark) {
        int combining = isDakuten(soundMark) ? COMBINING_DAKUTEN : COMBINING_HANDAKUTEN;
        String composed = Normalizer.normalize(
                new String(Character.toChars(kana)) + (char) combining, Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length()) == 1 ? composed.codePointAt(0) : -1;
    }

    /** Small katakana to the large letter: ァ→ア, ッ→ツ, ヮ→ワ, ヵ→カ, ヶ→ケ, ㇰ→ク …; others unchanged. */
    static int smallToLarge(int cp) {
        switch (cp) {
            case 0x30A1: case 0x30A3: case 0x30A5: case 0x30A7: case 0x30A9: // ァィゥェォ
            case 0x30C3: // ッ
            case 0x30E3: case 0x30E5: case 0x30E7: // ャュョ
            case 0x30EE: // ヮ
                return cp + 1;
            case 0x30F5: return 0x30AB; // ヵ→カ
            case 0x30F6: return 0x30B1; // ヶ→ケ
            default:
                return smallExtensionToLarge(cp);
        }
    }

    /** Katakana Phonetic Extensions ㇰ..ㇿ (U+31F0–U+31FF), used for Ainu. */
    private static int smallExtensionToLarge(int cp) {
        if (cp < 0x31F0 || cp > 0x31FF) {
            return cp;
        }
        return "クシストヌハヒフヘホムラリルレロ".charAt(cp - 0x31F0);
    }
}
