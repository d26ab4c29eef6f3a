package jp.mamori.db.proc;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.db.contract.RefusalCode;

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

    private final RefusalCode code;
    private final List<String> args;

    public Refusal(RefusalCode code, Object... args) {
        super(code.wire());
        if (code == RefusalCode.UNKNOWN || code == RefusalCode.CONNECTION_LOST
                || code == RefusalCode.ERROR_UNEXPECTED) {
            throw new IllegalArgumentException(code + " is a client-side code");
        }
        this.code = code;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    /**
     * A refusal by its wire code. Fails loudly (IllegalArgumentException, an internal error of the
     * procedure) for a code that is not a {@link RefusalCode}.
     *
     * @deprecated use {@link #Refusal(RefusalCode, Object...)}; kept so that code written against
     *     the string form still compiles and is checked against the contract
     */
    @Deprecated
    public Refusal(String code, Object... args) {
        this(RefusalCode.ofWire(code)
                .orElseThrow(() -> new IllegalArgumentException("refusal code not in the contract: " + code)), args);
    }

    /** The wire form of the code, as written to the audit DETAIL. */
    public String code() {
        return code.wire();
    }

    public RefusalCode refusalCode() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    /** The wire form. */
    public SQLException toSqlException() {
        return new SQLException(encode(code.wire(), args), SQL_STATE);
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
