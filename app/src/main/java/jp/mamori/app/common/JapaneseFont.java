package jp.mamori.app.common;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Chooses the font family for the client's Japanese text: the first installed of
 * {@link #PREFERRED}. JavaFX CSS ignores all but the first family of a list, so the choice is
 * made here and set on each window's root; without any of them JavaFX's "System" font and the
 * platform's fallback are used.
 */
public final class JapaneseFont {

    /** Families in order of preference: Linux (IPA, Noto), then Windows. */
    public static final List<String> PREFERRED = List.of("IPAPGothic", "IPAGothic",
            "IPAexGothic", "Noto Sans CJK JP", "Yu Gothic UI", "Meiryo UI", "Meiryo");

    private static volatile Optional<String> chosen;

    private JapaneseFont() {
    }

    /** The first installed preferred family, if any (looked up once). */
    public static Optional<String> family() {
        Optional<String> result = chosen;
        if (result == null) {
            Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            installed.addAll(Font.getFamilies());
            result = PREFERRED.stream().filter(installed::contains).findFirst();
            chosen = result;
        }
        return result;
    }

    /** Sets the chosen family on {@code root}, which all its text inherits. */
    public static void applyTo(Parent root) {
        family().ifPresent(family -> root.setStyle("-fx-font-family: \"" + family + "\";"));
    }
}
