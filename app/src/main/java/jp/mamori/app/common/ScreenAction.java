package jp.mamori.app.common;

import java.util.Objects;

/**
 * What the user did, as the 操作ログ names it: the screen, the action and its target.
 *
 * @param screen screen id, e.g. {@code main}, {@code person.search}: lower case, digits, {@code . _ -},
 *               at most 64 characters (the server's rule)
 * @param action action id, e.g. {@code open}, {@code lock}: same rule
 * @param target target id or empty; an identifier, never a name or other personal text
 */
public record ScreenAction(String screen, String action, String target) {

    /** What the server accepts as a screen or action id. */
    public static final String ID_PATTERN = "[a-z][a-z0-9._-]{0,63}";

    public ScreenAction {
        requireId(screen, "screen");
        requireId(action, "action");
        Objects.requireNonNull(target, "target");
        if (target.length() > 256) {
            throw new IllegalArgumentException("target longer than 256 characters");
        }
    }

    /** An action without a target. */
    public static ScreenAction of(String screen, String action) {
        return new ScreenAction(screen, action, "");
    }

    private static void requireId(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException(what + " is not an id: " + id);
        }
    }
}
