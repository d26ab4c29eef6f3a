package jp.mamori.db.text;

import java.text.Normalizer;

/**
 * 氏名 (name as registered): the input rule. The name keeps the characters as typed — kanji
 * including itaiji such as 髙, 﨑 and 齋, kana, 々, ・, full-width or half-width latin letters of a
 * foreign resident's name — except that half-width katakana is widened (ｶﾞ→ガ), surrounding
 * whitespace is trimmed and each run of spaces inside becomes one full-width space.
 *
 * <p>Refused: control and format characters, line breaks, unassigned code points, lone surrogates,
 * private-use characters (外字, which other terminals cannot show), the ASCII characters
 * {@code < > " ' ;}, currency signs and other symbols such as emoji, compatibility characters that
 * stand for several characters (ヿ, Ⅲ, ﬀ), a combining mark with no base character, and a
 * variation selector that does not follow a kanji. Length is 1..32 characters
 * (code points, so 𠮷 counts as one) after normalisation.
 */
public final class KanjiName {

    /** Maximum length in code points after normalisation. */
    public static final int MAX_LENGTH = 32;

    private static final int NONE = -1;

    private KanjiName() {
    }

    /**
     * Parses a name.
     *
     * @param input what was typed or pasted; may be null
     * @return the normalised name, or the reason it was refused
     */
    public static ParseResult<String> parse(String input) {
        if (input == null) {
            return ParseResult.rejected(InputError.KANJI_NAME_EMPTY);
        }
        int start = 0;
        int end = input.length();
        while (start < end && isTrimmed(input.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(input.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        int previous = NONE;
        int length = 0;
        int position = input.codePointCount(0, start);
        for (int i = start; i < end; ) {
            int cp = input.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (isSpace(cp)) {
                pendingSpace = length > 0;
                previous = NONE;
                continue;
            }
            if (Character.getType(cp) == Character.PRIVATE_USE) {
                return ParseResult.rejected(InputError.KANJI_NAME_PRIVATE_USE_CHARACTER,
                        String.valueOf(position), CharacterDescriptions.codePointName(cp));
            }
            int accepted = accept(previous, cp);
            if (accepted == NONE) {
                return ParseResult.rejected(InputError.KANJI_NAME_INVALID_CHARACTER,
                        String.valueOf(position), CharacterDescriptions.describe(cp));
            }
            if (Kana.isSoundMark(cp)) {
                // A sound mark joins the kana before it (ｶﾞ, カ゛ and カ+U+3099 all become ガ).
                replaceLast(out, accepted, length);
                previous = accepted;
                continue;
            }
            if (pendingSpace) {
                length++;
                appendIfRoom(out, Kana.IDEOGRAPHIC_SPACE, length);
                pendingSpace = false;
            }
            length++;
            appendIfRoom(out, accepted, length);
            previous = accepted;
        }
        if (length == 0) {
            return ParseResult.rejected(InputError.KANJI_NAME_EMPTY);
        }
        if (length > MAX_LENGTH) {
            return ParseResult.rejected(InputError.KANJI_NAME_TOO_LONG,
                    String.valueOf(length), String.valueOf(MAX_LENGTH));
        }
        return ParseResult.accepted(out.toString());
    }

    /**
     * The code point to store for {@code cp}, or {@link #NONE} if it is refused here. For a
     * half-width or spacing sound mark the result is the kana it composes with the previous one.
     */
    private static int accept(int previous, int cp) {
        if (Kana.isSoundMark(cp)) {
            return previous == NONE ? NONE : Kana.compose(previous, cp);
        }
        if (Kana.isHalfWidthKatakana(cp) || cp == 0xFF65) {
            return Kana.halfWidthToFullWidth(cp);
        }
        if (cp == '<' || cp == '>' || cp == '"' || cp == '\'' || cp == ';') {
            return NONE;
        }
        if (isVariationSelector(cp)) {
            return previous != NONE && Character.UnicodeScript.of(previous) == Character.UnicodeScript.HAN
                    ? cp : NONE;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.MATH_SYMBOL:
                return standsForOneCharacter(cp) ? cp : NONE;
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return previous == NONE ? NONE : cp;
            default:
                // Control, format, separators other than spaces, surrogates, unassigned,
                // currency, modifier and other symbols (emoji and the like).
                return NONE;
        }
    }

    /**
     * False for compatibility characters that stand for several (ヿ→コト, Ⅲ→III, ﬀ→ff): they are
     * refused so that the name is typed as it reads and its search key is never longer than it.
     */
    private static boolean standsForOneCharacter(int cp) {
        String s = new String(Character.toChars(cp));
        if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return true;
        }
        String normalised = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return normalised.codePointCount(0, normalised.length()) == 1;
    }

    /** Spaces to normalise inside the name: every Unicode space separator, including U+3000. */
    private static boolean isSpace(int cp) {
        return Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** Trimmed at either end: spaces, and the tabs and line breaks a paste brings along. */
    private static boolean isTrimmed(char c) {
        return isSpace(c) || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static void appendIfRoom(StringBuilder out, int cp, int length) {
        if (length <= MAX_LENGTH + 1) {
            out.appendCodePoint(cp);
        }
    }

    private static void replaceLast(StringBuilder out, int cp, int length) {
        if (length <= MAX_LENGTH + 1) {
            int last = out.codePointBefore(out.length());
            out.setLength(out.length() - Character.charCount(last));
            out.appendCodePoint(cp);
        }
    }
}
