package jp.mamori.db.text;

/**
 * 氏名カナ (kana reading of a name): the input rule. Hiragana, katakana and half-width katakana are
 * accepted, with ー, ・ and sound marks written separately (ｶﾞ, カ゛); the result is full-width
 * katakana with each run of spaces (half-width or full-width) turned into one full-width space and
 * no space at either end. Latin letters, digits, kanji, symbols and control characters are refused,
 * naming the character and its position.
 */
public final class KanaName {

    /** Maximum length in characters after normalisation. */
    public static final int MAX_LENGTH = 64;

    private KanaName() {
    }

    /**
     * Parses a kana name.
     *
     * @param input what was typed or pasted; may be null
     * @return the full-width katakana name, or the reason it was refused
     */
    public static ParseResult<String> parse(String input) {
        if (input == null) {
            return ParseResult.rejected(InputError.KANA_NAME_EMPTY);
        }
        StringBuilder out = new StringBuilder(Math.min(input.length(), MAX_LENGTH + 1));
        boolean pendingSpace = false;
        int previous = -1;
        int length = 0;
        int position = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (cp == ' ' || cp == Kana.IDEOGRAPHIC_SPACE) {
                pendingSpace = length > 0;
                previous = -1;
                continue;
            }
            if (Kana.isSoundMark(cp)) {
                int composed = previous < 0 ? -1 : Kana.compose(previous, cp);
                if (composed < 0) {
                    return ParseResult.rejected(InputError.KANA_NAME_MISPLACED_SOUND_MARK,
                            String.valueOf(position), CharacterDescriptions.describe(cp));
                }
                if (length <= MAX_LENGTH) {
                    out.setCharAt(out.length() - 1, (char) composed);
                }
                previous = composed;
                continue;
            }
            int katakana = toKatakana(cp);
            if (katakana < 0) {
                return ParseResult.rejected(InputError.KANA_NAME_INVALID_CHARACTER,
                        String.valueOf(position), CharacterDescriptions.describe(cp));
            }
            if (pendingSpace) {
                length++;
                appendIfRoom(out, Kana.IDEOGRAPHIC_SPACE);
                pendingSpace = false;
            }
            length++;
            appendIfRoom(out, katakana);
            previous = katakana;
        }
        if (length == 0) {
            return ParseResult.rejected(InputError.KANA_NAME_EMPTY);
        }
        if (length > MAX_LENGTH) {
            return ParseResult.rejected(InputError.KANA_NAME_TOO_LONG,
                    String.valueOf(length), String.valueOf(MAX_LENGTH));
        }
        return ParseResult.accepted(out.toString());
    }

    /**
     * The full-width katakana for an accepted kana, ー or ・; -1 if the character is not allowed.
     * Iteration marks (ゝ, ヽ), ゟ and the small Ainu kana are deliberately refused: a reading is
     * spelled out so that it can be searched.
     */
    private static int toKatakana(int cp) {
        if (Kana.isHiraganaLetter(cp)) {
            return Kana.hiraganaToKatakana(cp);
        }
        if (Kana.isKatakanaLetter(cp) || cp == Kana.LONG_VOWEL_MARK || cp == Kana.MIDDLE_DOT) {
            return cp;
        }
        if (Kana.isHalfWidthKatakana(cp) || cp == 0xFF65) {
            return Kana.halfWidthToFullWidth(cp);
        }
        return -1;
    }

    /** Stops growing the buffer past the limit so a huge paste costs no memory; length is still counted. */
    private static void appendIfRoom(StringBuilder out, int katakana) {
        if (out.length() <= MAX_LENGTH) {
            out.append((char) katakana);
        }
    }
}
