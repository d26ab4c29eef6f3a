package jp.mamori.app.registry;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Small view-side helpers the registry screens share for their forms. */
public final class FxForms {

    private FxForms() {
    }

    /** Binds a text field to a checked field, with its message (or else its hint) beside it. */
    public static void bind(TextField field, CheckedField<?> checked, Label message, Label hint) {
        field.textProperty().bindBidirectional(checked.textProperty());
        showWhenNotEmpty(message, checked.messageBinding());
        hint.textProperty().bind(checked.hintBinding());
        hint.visibleProperty().bind(checked.hintBinding().isNotEmpty()
                .and(checked.messageBinding().isEmpty()));
        hint.managedProperty().bind(hint.visibleProperty());
        // A refused field is marked for screen readers and the eye alike.
        checked.messageBinding().addListener((obs, old, now) -> markInvalid(field, !now.isEmpty()));
        markInvalid(field, !checked.messageBinding().get().isEmpty());
    }

    /** Shows {@code label} with {@code text} only while the text is not empty. */
    public static void showWhenNotEmpty(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * Keeps a group of radio buttons and a property in step: each toggle's user data is its value;
     * a null value selects no toggle.
     */
    public static <T> void bindToggles(ToggleGroup group, ObjectProperty<T> value) {
        Runnable select = () -> group.selectToggle(group.getToggles().stream()
                .filter(t -> value.get() != null && value.get().equals(t.getUserData()))
                .findFirst().orElse(null));
        select.run();
        value.addListener((obs, old, now) -> select.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    /** Enter on a focused button presses it, as Space does (keyboard-first forms). */
    public static void enterPresses(Button button) {
        button.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !button.isDisabled()) {
                event.consume();
                button.fire();
            }
        });
    }

    private static void markInvalid(TextField field, boolean invalid) {
        if (invalid) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        } else {
            field.getStyleClass().remove("invalid");
        }
    }
}
