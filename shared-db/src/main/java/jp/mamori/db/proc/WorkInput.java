package jp.mamori.db.proc;

import java.util.Locale;

/**
 * Reads the arguments of the release, flag-work and review procedures. A missing or unknown
 * value is refused as {@code invalid.input} whose first argument is the message key of the field
 * ({@code input.<field>.required} or {@code input.<field>.invalid}), as the registry does.
 */
final class WorkInput {

    static final String INVALID_INPUT = "invalid.input";

    private WorkInput() {
    }

    /** A required id or version. */
    static long required(Long value, String field) throws Refusal {
        if (value == null) {
            throw new Refusal(INVALID_INPUT, "input." + field + ".required");
        }
        return value;
    }

    static int required(Integer value, String field) throws Refusal {
        if (value == null) {
            throw new Refusal(INVALID_INPUT, "input." + field + ".required");
        }
        return value;
    }

    static boolean required(Boolean value, String field) throws Refusal {
        if (value == null) {
            throw new Refusal(INVALID_INPUT, "input." + field + ".required");
        }
        return value;
    }

    /** A code of {@code type}, by its exact upper-case name. */
    static <E extends Enum<E>> E code(Class<E> type, String raw, String field) throws Refusal {
        if (raw == null || raw.isBlank()) {
            throw new Refusal(INVALID_INPUT, "input." + field + ".required");
        }
        String name = raw.strip();
        if (!name.matches("[A-Z_]{1,32}")) {
            throw new Refusal(INVALID_INPUT, "input." + field + ".invalid");
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(INVALID_INPUT, "input." + field + ".invalid");
        }
    }
}
