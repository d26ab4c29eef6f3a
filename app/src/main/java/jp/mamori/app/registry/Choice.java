package jp.mamori.app.registry;

import java.util.Objects;

/**
 * One option of a choice on a registry screen: the value (null for 「指定なし」) and its Japanese
 * label. {@link #toString()} is the label, so a combo box shows it without a converter.
 *
 * @param value the value, or null for no restriction
 * @param label what the user reads
 */
public record Choice<T>(T value, String label) {

    public Choice {
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label;
    }
}
