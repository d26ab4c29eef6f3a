package jp.mamori.db.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DETAIL column: {@code key=value} pairs separated by {@code ;}. Values are escaped so that
 * nothing a user typed can forge a field or a line: {@code %}, {@code ;}, {@code =}, control
 * characters, line breaks and unpaired surrogates are percent-encoded as UTF-8 (ADR 0004).
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

    /** The escaped text, cut at {@link #MAX_LENGTH} with a marker if longer. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey()).append('=').append(escape(e.getValue()));
        }
        if (sb.length() > MAX_LENGTH) {
            return sb.substring(0, MAX_LENGTH - 12) + ";truncated=1";
        }
        return sb.toString();
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
                    || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                for (byte b : String.valueOf(surrogate ? '\ufffd' : c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
