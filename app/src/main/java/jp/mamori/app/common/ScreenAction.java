package jp.mamori.app.common;

import java.util.Objects;

/**
 * What the user did, as the 操作ログ names it: the screen, the action and its target.
 *
 * @param screen screen id, e.g. {@code main}, {@code person.search} (at most 64 characters)
 * @param action action id, e.g. {@code open}, {@code lock} (at most 64 characters)
 * @param target target id or empty; an identifier, never a name or other personal text
 */
public record ScreenAction(String screen, String action, String target) {

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
        if (!id.matches("[a-z][a-zA-Z0-9.]{0,63}")) {
            throw new IllegalArgumentException(what + " is not an id: " + id);
        }
    }
}
