package jp.mamori.app.password;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.db.client.PasswordApi;
import jp.mamori.db.client.ServerRefusal;

/**
 * パスワード変更 (ADR 0015): every user changes their own password; after a one-time password it is
 * forced before anything else. The length is checked as typed (8 to 128 characters, any characters);
 * the server decides the rest (common passwords, context words) and its refusal is shown next to the
 * field it concerns. The one call is {@code CHANGE_PASSWORD}, which audits itself.
 */
public final class PasswordChangeViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = "password.change";
    /** The least number of characters (NIST SP 800-63B-4 with a second factor). */
    public static final int MIN_LENGTH = 8;
    /** The most characters the server accepts. */
    public static final int MAX_LENGTH = 128;

    private final ScreenActions actions;
    private final ErrorPresenter errors;
    private final boolean forced;
    private final Runnable onChanged;

    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serverNextError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringBinding nextProblem;
    private final StringBinding repeatProblem;

    /**
     * @param actions   the session's action gateway
     * @param errors    the error path
     * @param forced    whether the password must change before the session may work
     * @param onChanged runs on the JavaFX thread after the server accepted the new password
     */
    public PasswordChangeViewModel(ScreenActions actions, ErrorPresenter errors, boolean forced, Runnable onChanged) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.forced = forced;
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        next.addListener((obs, old, now) -> serverNextError.set(""));
        current.addListener((obs, old, now) -> currentError.set(""));
        nextProblem = Bindings.createStringBinding(() -> {
            if (!serverNextError.get().isEmpty()) {
                return serverNextError.get();
            }
            int length = next.get().codePointCount(0, next.get().length());
            if (length == 0) {
                return "";
            }
            if (length < MIN_LENGTH) {
                return Messages.get("password.tooShort", MIN_LENGTH, length);
            }
            if (length > MAX_LENGTH) {
                return Messages.get("password.tooLong", MAX_LENGTH);
            }
            return "";
        }, next, serverNextError);
        repeatProblem = Bindings.createStringBinding(() -> repeat.get().isEmpty() || repeat.get().equals(next.get())
                ? "" : Messages.get("password.repeatDiffers"), next, repeat);
    }

    /** Whether the change is required before anything else may be done. */
    public boolean forced() {
        return forced;
    }

    /** The rules as shown above the fields. */
    public String rules() {
        return Messages.get("password.rules", MIN_LENGTH, MAX_LENGTH);
    }

    /** Whether 変更する can be pressed: every field filled and no problem known. */
    public boolean ready() {
        return !busy.get() && !current.get().isEmpty() && !next.get().isEmpty() && next.get().equals(repeat.get())
                && nextProblem.get().isEmpty();
    }

    /** Sends the change; on success {@code onChanged} runs, on refusal the message goes next to its field. */
    public void submit() {
        if (!ready()) {
            if (next.get().isEmpty() || repeat.get().isEmpty() || current.get().isEmpty()) {
                error.set(Messages.get("password.fillAll"));
            }
            return;
        }
        String currentValue = current.get();
        String nextValue = next.get();
        busy.set(true);
        error.set("");
        message.set("");
        actions.call(ScreenAction.of(SCREEN, "change"), s -> {
            s.procedures(PasswordApi.class).change(SCREEN, currentValue, nextValue);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            clear();
            message.set(Messages.get("password.changed"));
            onChanged.run();
        }, failure -> {
            busy.set(false);
            String message = errors.messageFor(failure);
            if (failure instanceof ServerRefusal refusal && "invalid.currentPassword".equals(refusal.code())) {
                current.set("");
                currentError.set(message);
            } else if (failure instanceof ServerRefusal refusal && "invalid.input".equals(refusal.code())
                    && !refusal.args().isEmpty() && refusal.args().get(0).startsWith("input.password.")) {
                serverNextError.set(message);
            } else if (errors.endsSession(failure)) {
                actions.showFailure(failure);
            } else {
                error.set(message);
            }
        });
    }

    /** Forgets what was typed. */
    public void clear() {
        current.set("");
        next.set("");
        repeat.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** The problem of the current password (a server refusal), or empty. */
    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError.getReadOnlyProperty();
    }

    /** The problem of the new password, as typed or as the server refused it; empty when none. */
    public StringBinding nextProblemBinding() {
        return nextProblem;
    }

    /** Whether the repeated password differs. */
    public StringBinding repeatProblemBinding() {
        return repeatProblem;
    }

    /** A failure that concerns no one field. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Said after a successful change. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
