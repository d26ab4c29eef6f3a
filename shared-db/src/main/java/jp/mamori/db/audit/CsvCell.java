package jp.mamori.db.audit;

/**
 * How one text value is written into a bundle CSV cell, and read back (ADR 0005). The encoding is
 * reversible, so the chain is verified over the values as stored, and a spreadsheet that opens
 * the CSV neither runs a formula nor hides text:
 *
 * <ul>
 *   <li>a value starting with {@code = + - @ ＝ ＋ － ＠}, tab, CR, LF or {@code '} gets a leading
 *       {@code '} (OWASP CSV injection; the quote itself is escaped the same way);</li>
 *   <li>control and format characters — C0/C1 controls, bidi embeddings and isolates
 *       (U+202A–202E, U+2066–2069), zero-width characters (U+200B–200F), U+FEFF and every other
 *       character of Unicode category Cf, U+2028/2029 — and unpaired surrogates are written
 *       visibly as {@code \}{@code uXXXX}; a backslash is written as two.</li>
 * </ul>
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n'";

    private CsvCell() {
    }

    /** The cell text for {@code value}. */
    public static String encode(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 1);
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            sb.append('\'');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                sb.append(c).append(value.charAt(++i));
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (hidden(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The value of a cell written by {@link #encode(String)}.
     *
     * @throws IllegalArgumentException if the cell holds a backslash that starts no escape
     */
    public static String decode(String cell) {
        int start = cell.startsWith("'") ? 1 : 0;
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = start; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (i + 1 < cell.length() && cell.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (i + 5 < cell.length() && cell.charAt(i + 1) == 'u'
                    && cell.substring(i + 2, i + 6).matches("[0-9A-F]{4}")) {
                sb.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                throw new IllegalArgumentException("a backslash that starts no escape at position " + i);
            }
        }
        return sb.toString();
    }

    /** Characters a reader cannot see or that change how the text around them is shown. */
    static boolean hidden(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
