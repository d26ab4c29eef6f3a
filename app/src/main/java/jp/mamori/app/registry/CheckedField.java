package jp.mamori.app.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.mamori.app.common.InputMessages;
import jp.mamori.db.text.ParseResult;

/**
 * One text field of a registry screen, checked as it is typed with the same Japanese input rule
 * the server applies ({@code jp.mamori.db.text}): the parsed value, the message beside the field
 * and a hint that shows the value as it will be stored (e.g. カナ widened, both calendars).
 *
 * <p>An empty required field says so only once it has been touched (typed in and emptied) or a
 * save was attempted, so that a fresh form is not covered in red.
 *
 * @param <T> the parsed value
 */
public final class CheckedField<T> {

    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final boolean required;
    private final ObjectBinding<ParseResult<T>> result;
    private final ObjectBinding<T> value;
    private final StringBinding message;
    private final StringBinding hint;
    private final BooleanBinding valid;

    /**
     * @param parser   the input rule; must not throw
     * @param hint     how an accepted value is shown back, given the typed text and the value
     *                 (empty string for no hint)
     * @param required whether an empty field is an error
     */
    public CheckedField(Function<String, ParseResult<T>> parser, BiFunction<String, ? super T, String> hint,
            boolean required) {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(hint, "hint");
        this.required = required;
        text.addListener((obs, old, now) -> touched.set(true));
        this.result = Bindings.createObjectBinding(
                () -> isBlank(text.get()) ? null : parser.apply(text.get()), text);
        this.value = Bindings.createObjectBinding(() -> {
            ParseResult<T> r = result.get();
            return r == null ? null : r.toOptional().orElse(null);
        }, result);
        this.message = Bindings.createStringBinding(() -> {
            ParseResult<T> r = result.get();
            if (r == null) {
                return required && touched.get() ? messageOf(parser.apply("")) : "";
            }
            return messageOf(r);
        }, result, touched);
        this.hint = Bindings.createStringBinding(
                () -> value.get() == null ? "" : hint.apply(text.get(), value.get()), value);
        this.valid = Bindings.createBooleanBinding(() -> {
            ParseResult<T> r = result.get();
            return r == null ? !required : r.isAccepted();
        }, result);
    }

    private static String messageOf(ParseResult<?> result) {
        return result instanceof ParseResult.Rejected<?> rejected ? InputMessages.of(rejected) : "";
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** What the user typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The accepted value, or null if the field is empty or its input is refused. */
    public ObjectBinding<T> valueBinding() {
        return value;
    }

    /** The accepted value, if any. */
    public Optional<T> value() {
        return Optional.ofNullable(value.get());
    }

    /** The Japanese message beside the field; empty while the input is acceptable. */
    public StringBinding messageBinding() {
        return message;
    }

    /** The value as it will be stored, shown back; empty while there is none. */
    public StringBinding hintBinding() {
        return hint;
    }

    /** True if the field may be saved: accepted, or empty and optional. */
    public BooleanBinding validBinding() {
        return valid;
    }

    /** True if nothing but spaces was typed. */
    public boolean isEmpty() {
        return isBlank(text.get());
    }

    public boolean isRequired() {
        return required;
    }

    /** Shows the message of an empty required field, e.g. after a save was attempted. */
    public void markTouched() {
        touched.set(true);
    }

    /** Empties the field and forgets that it was touched. */
    public void clear() {
        text.set("");
        touched.set(false);
    }
}
