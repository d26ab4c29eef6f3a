package jp.mamori.db.server.guard;

import java.util.Set;

/**
 * Which values may stand for a parameter of a declared SQL type, so that every call H2 runs
 * reaches the procedure (and its audit) without a conversion error of H2's own.
 * Wire type numbers are those of H2's {@code org.h2.value.Transfer} (protocol 21).
 */
final class ArgumentTypes {

    static final int NULL = 0;
    static final int BOOLEAN = 1;
    static final int TINYINT = 2;
    static final int SMALLINT = 3;
    static final int INTEGER = 4;
    static final int BIGINT = 5;
    static final int DATE = 10;
    static final int VARCHAR = 13;

    private static final Set<Integer> INTEGERS = Set.of(TINYINT, SMALLINT, INTEGER);

    private ArgumentTypes() {
    }

    /** Whether a wire value of {@code wireType} may be bound to a parameter of {@code declared}. */
    static boolean accepts(String declared, int wireType) {
        if (wireType == NULL) {
            return true;
        }
        return switch (declared) {
            case "CHARACTER VARYING", "VARCHAR", "CHARACTER LARGE OBJECT" ->
                    wireType == VARCHAR || wireType == BIGINT || wireType == BOOLEAN || INTEGERS.contains(wireType);
            case "BIGINT" -> wireType == BIGINT || INTEGERS.contains(wireType);
            case "INTEGER" -> INTEGERS.contains(wireType);
            case "SMALLINT" -> wireType == TINYINT || wireType == SMALLINT;
            case "BOOLEAN" -> wireType == BOOLEAN;
            case "DATE" -> wireType == DATE;
            default -> false;
        };
    }

    /** Whether a literal of the statement text may stand for a parameter of {@code declared}. */
    static boolean accepts(String declared, ApiCall.Argument literal) {
        return switch (literal) {
            case MARKER, NULL -> true;
            case STRING -> accepts(declared, VARCHAR);
            case INTEGER -> accepts(declared, INTEGER);
            case BIG_INTEGER -> accepts(declared, BIGINT);
            case BOOLEAN -> accepts(declared, BOOLEAN);
        };
    }
}
