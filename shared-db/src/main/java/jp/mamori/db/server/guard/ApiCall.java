package jp.mamori.db.server.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only statement text a staff session may send: {@code CALL API.NAME(arg, ...)} (or, for a
 * procedure that returns rows, {@code SELECT * FROM API.NAME(arg, ...)}) where each
 * argument is a parameter marker {@code ?}, a string literal, an integer, {@code NULL},
 * {@code TRUE} or {@code FALSE}. No expression, no comment, no second statement.
 *
 * @param alias     the procedure name, upper case
 * @param arguments the arguments in order
 */
record ApiCall(String alias, List<Argument> arguments) {

    private static final Pattern SHAPE = Pattern.compile(
            "\\s*(?:CALL|SELECT\\s+\\*\\s+FROM)\\s+API\\s*\\.\\s*([A-Za-z][A-Za-z0-9_]{0,127})\\s*\\((.*)\\)\\s*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** One argument's kind. */
    enum Argument { MARKER, STRING, INTEGER, BIG_INTEGER, BOOLEAN, NULL }

    static Optional<ApiCall> parse(String sql) {
        if (sql == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(sql);
        if (!m.matches()) {
            return Optional.empty();
        }
        return arguments(m.group(2)).map(args -> new ApiCall(m.group(1).toUpperCase(Locale.ROOT), args));
    }

    private static Optional<List<Argument>> arguments(String text) {
        List<Argument> args = new ArrayList<>();
        int i = skip(text, 0);
        if (i == text.length()) {
            return Optional.of(args);
        }
        while (true) {
            if (args.size() >= WireLimits.MAX_ITEMS) {
                return Optional.empty();
            }
            int end;
            char c = text.charAt(i);
            if (c == '?') {
                end = i + 1;
                if (end < text.length() && Character.isDigit(text.charAt(end))) {
                    return Optional.empty();
                }
                args.add(Argument.MARKER);
            } else if (c == '\'') {
                end = endOfString(text, i);
                if (end < 0) {
                    return Optional.empty();
                }
                args.add(Argument.STRING);
            } else if (c == '-' || Character.isDigit(c)) {
                end = i + 1;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                String digits = text.substring(i, end);
                if (digits.equals("-") || digits.length() > 19) {
                    return Optional.empty();
                }
                try {
                    long value = Long.parseLong(digits);
                    args.add(value == (int) value ? Argument.INTEGER : Argument.BIG_INTEGER);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else {
                end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                switch (word) {
                    case "NULL" -> args.add(Argument.NULL);
                    case "TRUE", "FALSE" -> args.add(Argument.BOOLEAN);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            i = skip(text, end);
            if (i == text.length()) {
                return Optional.of(args);
            }
            if (text.charAt(i) != ',') {
                return Optional.empty();
            }
            i = skip(text, i + 1);
            if (i == text.length()) {
                return Optional.empty();
            }
        }
    }

    private static int endOfString(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    private static int skip(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
