package jp.mamori.db.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DETAIL column: {@code key=value} pairs separated by {@code ;}. Values are escaped so that
 * nothing a user typed can forge a field or a line: {@code %}, {@code ;}, {@code =}, control
 * characters, line breaks, format characters (bidi controls such as U+202E, zero-width characters,
 * U+FEFF) and unpaired surrogates are percent-encoded as UTF-8 (ADR 0004).
 */
public final class AuditDetail {

    /** Longest DETAIL the table holds. */
    public static final int MAX_LENGTH = 2000;

    private final Map<String, String> values = new LinkedHashMap<>();

    public static AuditDetail empty() {
        return new AuditDetail();
    }

    public static AuditDetail of(String key, Object value) {
        return new AuditDetail().with(key, value);
    }

    public AuditDetail with(String key, Object value) {
        if (!key.matches("[a-zA-Z][a-zA-Z0-9_.]{0,31}")) {
            throw new IllegalArgumentException("bad detail key");
        }
        values.put(key, value == null ? "" : value.toString());
        return this;
    }

    /** The pairs as given, unescaped, in insertion order. */
    public Map<String, String> entries() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The escaped text, cut at {@link #MAX_LENGTH} with a marker if longer. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey()).append('=').append(escape(e.getValue()));
        }
        return clip(sb.toString(), MAX_LENGTH, ";truncated=1");
    }

    /** Escapes one value for the audit log (also used for TARGET). */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean surrogate = Character.isSurrogate(c);
            if (surrogate && Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                sb.append(c).append(value.charAt(++i));
            } else if (surrogate || c < 0x20 || c == 0x7f || c == '%' || c == ';' || c == '=' || c == ','
                    || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT) {
                for (byte b : String.valueOf(surrogate ? '\ufffd' : c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code text} if it fits in {@code max} characters, else its longest prefix that, followed by
     * {@code marker}, fits — cut neither inside a surrogate pair (an emoji or a rare kanji) nor
     * inside a {@code %XX} escape.
     */
    public static String clip(String text, int max, String marker) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - marker.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        for (int back = 1; back <= 2 && end - back >= 0; back++) {
            if (text.charAt(end - back) == '%') {
                end -= back;
                break;
            }
        }
        // nor between the escapes of one UTF-8 sequence: drop a trailing incomplete one
        while (end >= 3 && text.charAt(end - 3) == '%' && escapedByte(text, end - 2) >= 0x80) {
            int lead = escapedByte(text, end - 2);
            end -= 3;
            if (lead >= 0xC0) {
                break;
            }
        }
        return text.substring(0, end) + marker;
    }

    private static int escapedByte(String text, int at) {
        int high = Character.digit(text.charAt(at), 16);
        int low = Character.digit(text.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    @Override
    public String toString() {
        return render();
    }
}
