package jp.mamori.db.text;

/**
 * 団体内統合宛名番号 (integrated addressee number): the input rule. Half-width and full-width digits
 * are accepted, surrounding spaces (half-width, full-width, tab, line breaks from a paste) are
 * stripped, and the result is the ASCII digit string with leading zeros kept.
 */
public final class AddresseeNumber {

    /** The usual length limit; a municipality with longer numbers passes its own. */
    public static final int DEFAULT_MAX_LENGTH = 15;

    /** The database column's hard limit; no configuration may exceed it. */
    public static final int ABSOLUTE_MAX_LENGTH = 32;

    private AddresseeNumber() {
    }

    /** Parses with {@link #DEFAULT_MAX_LENGTH}. */
    public static ParseResult<String> parse(String input) {
        return parse(input, DEFAULT_MAX_LENGTH);
    }

    /**
     * Parses an addressee number.
     *
     * @param input     what was typed or pasted; may be null
     * @param maxLength the number of digits allowed, 1..{@link #ABSOLUTE_MAX_LENGTH}
     * @throws IllegalArgumentException if {@code maxLength} is out of range (configuration error;
     *                                  never because of the input)
     */
    public static ParseResult<String> parse(String input, int maxLength) {
        if (maxLength < 1 || maxLength > ABSOLUTE_MAX_LENGTH) {
            throw new IllegalArgumentException("maxLength must be 1.." + ABSOLUTE_MAX_LENGTH);
        }
        if (input == null) {
            return ParseResult.rejected(InputError.ADDRESSEE_NUMBER_EMPTY);
        }
        int start = 0;
        int end = input.length();
        while (start < end && isSurroundingSpace(input.charAt(start))) {
            start++;
        }
        while (end > start && isSurroundingSpace(input.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return ParseResult.rejected(InputError.ADDRESSEE_NUMBER_EMPTY);
        }
        StringBuilder digits = new StringBuilder(Math.min(end - start, ABSOLUTE_MAX_LENGTH + 1));
        int position = input.codePointCount(0, start);
        int digitCount = 0;
        for (int i = start; i < end; ) {
            int cp = input.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            int digit = digitValue(cp);
            if (digit < 0) {
                return ParseResult.rejected(InputError.ADDRESSEE_NUMBER_NOT_DIGITS,
                        String.valueOf(position), CharacterDescriptions.describe(cp));
            }
            digitCount++;
            if (digitCount <= maxLength) {
                digits.append((char) ('0' + digit));
            }
        }
        if (digitCount > maxLength) {
            return ParseResult.rejected(InputError.ADDRESSEE_NUMBER_TOO_LONG,
                    String.valueOf(digitCount), String.valueOf(maxLength));
        }
        return ParseResult.accepted(digits.toString());
    }

    /** 0-9 and ０-９ only; other scripts' digits are refused. */
    private static int digitValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp >= 0xFF10 && cp <= 0xFF19) {
            return cp - 0xFF10;
        }
        return -1;
    }

    private static boolean isSurroundingSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0';
    }
}
