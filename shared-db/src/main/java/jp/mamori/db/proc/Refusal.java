package jp.mamori.db.proc;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A procedure's refusal: a stable code and its arguments. It travels to the client inside the
 * SQLException message as {@code MAMORI[code|arg|arg]} with SQLState {@value #SQL_STATE} (ADR 0003);
 * the client maps the code to a Japanese message.
 */
public final class Refusal extends Exception {

    /** SQLState of every mamori refusal. */
    public static final String SQL_STATE = "MM001";
    /** SQLState of an internal error (the details stay in the server log). */
    public static final String INTERNAL_STATE = "MM500";

    private final String code;
    private final List<String> args;

    public Refusal(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    /** The wire form. */
    public SQLException toSqlException() {
        return new SQLException(encode(code, args), SQL_STATE);
    }

    static String encode(String code, List<String> args) {
        StringBuilder sb = new StringBuilder("MAMORI[").append(code);
        for (String arg : args) {
            sb.append('|').append(escape(arg));
        }
        return sb.append(']').toString();
    }

    private static String escape(String value) {
        return value.chars().mapToObj(c -> c == '%' || c == '|' || c == ']' || c < 0x20
                ? String.format("%%%02X", c) : String.valueOf((char) c)).collect(Collectors.joining());
    }
}
