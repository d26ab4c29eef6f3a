package jp.mamori.app.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The message a window currently shows about a failed action (empty when none). It is the
 * error sink that {@link ScreenActions} reports to; the view shows it as a banner.
 */
public final class UserNotice implements Consumer<String> {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Shows {@code text}, replacing any earlier message. */
    @Override
    public void accept(String text) {
        message.set(text == null ? "" : text);
    }

    /** Removes the message. */
    public void clear() {
        message.set("");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
