package jp.mamori.db.proc;

import java.util.Locale;
import jp.mamori.db.contract.ArgumentError;
import jp.mamori.db.contract.RefusalCode;

/**
 * Reads the arguments of the release, flag-work and review procedures. A missing or unknown
 * value is refused as {@code invalid.input} whose first argument is the message key of the field
 * ({@code input.<field>.required} or {@code input.<field>.invalid}), as the registry does.
 */
final class WorkInput {

    static final RefusalCode INVALID_INPUT = RefusalCode.INVALID_INPUT;

    private WorkInput() {
    }

    /** A required id or version. */
    static long required(Long value, String field) throws Refusal {
        if (value == null) {
            throw new Refusal(INVALID_INPUT, ArgumentError.ofKey("input." + field + ".required").key());
        }
        return value;
    }

    static int required(Integer value, String field) throws Refusal {
        if (value == null) {
            throw new Refusal(INVALID_INPUT, ArgumentError.ofKey("input." + field + ".required").key());
        }
        return value;
    }

    static boolean required(Boolean value, String field) throws Refusal {
        if (value == null) {
            throw new Refusal(INVALID_INPUT, ArgumentError.ofKey("input." + field + ".required").key());
        }
        return value;
    }

    /** A code of {@code type}, by its exact upper-case name. */
    static <E extends Enum<E>> E code(Class<E> type, String raw, String field) throws Refusal {
        if (raw == null || raw.isBlank()) {
            throw new Refusal(INVALID_INPUT, ArgumentError.ofKey("input." + field + ".required").key());
        }
        String name = raw.strip();
        if (!name.matches("[A-Z_]{1,32}")) {
            throw new Refusal(INVALID_INPUT, ArgumentError.ofKey("input." + field + ".invalid").key());
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(INVALID_INPUT, ArgumentError.ofKey("input." + field + ".invalid").key());
        }
    }
}
