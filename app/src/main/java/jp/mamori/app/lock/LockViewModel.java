package jp.mamori.app.lock;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.RoleNames;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.contract.ScreenId;

/**
 * The 画面ロック: after a time without keyboard or mouse input, or on request, the window hides
 * everything and asks for the password again, which the server verifies
 * ({@code MamoriSession.reauthenticate}); failures count towards the lock-out like any login.
 *
 * <p>Locking takes effect at once and is then recorded ({@link ScreenActions#protect});
 * unlocking is the server's reauthentication, which records itself.
 */
public final class LockViewModel {

    /** Screen id of the lock in the 操作ログ. */
    public static final String SCREEN = ScreenId.LOCK.id();

    private final SessionInfo session;
    private final ScreenActions actions;
    private final ErrorPresenter errors;
    private final Duration limit;
    private final LongSupplier nanoClock;

    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canUnlock;
    private long lastInputNanos;

    /**
     * @param session   who is logged in
     * @param actions   the action gateway of this session
     * @param errors    the error path
     * @param limit     idle time before locking ({@link IdleLimit#of})
     * @param nanoClock monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public LockViewModel(SessionInfo session, ScreenActions actions, ErrorPresenter errors,
            Duration limit, LongSupplier nanoClock) {
        this.session = Objects.requireNonNull(session, "session");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lastInputNanos = nanoClock.getAsLong();
        this.canUnlock = Bindings.createBooleanBinding(
                () -> locked.get() && !busy.get() && !password.get().isEmpty(),
                locked, busy, password);
    }

    /** The user touched the keyboard or mouse. */
    public void inputSeen() {
        if (!locked.get()) {
            lastInputNanos = nanoClock.getAsLong();
        }
    }

    /** Called periodically: locks when the idle limit has passed. */
    public void tick() {
        if (!locked.get() && nanoClock.getAsLong() - lastInputNanos >= limit.toNanos()) {
            lock("idle");
        }
    }

    /** The user asked to lock the screen (画面ロック). */
    public void lockNow() {
        if (!locked.get()) {
            lock("manual");
        }
    }

    private void lock(String reason) {
        actions.protect(new ScreenAction(SCREEN, "lock", reason), () -> {
            password.set("");
            message.set("");
            locked.set(true);
        });
    }

    /**
     * The server ended this login (revoked, locked, idle ...) or the connection is gone: the window
     * locks at once, says why, and unlocking logs in again. Nothing is recorded here — the session
     * that could record it is gone; the server wrote its own row.
     */
    public void sessionEnded(String why) {
        password.set("");
        message.set(why);
        locked.set(true);
    }

    /** Unlocks if the server accepts the typed password. */
    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        message.set("");
        busy.set(true);
        actions.call(ScreenAction.of(SCREEN, "unlock"), s -> {
            try {
                s.reauthenticate(secret);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, ok -> {
            busy.set(false);
            lastInputNanos = nanoClock.getAsLong();
            locked.set(false);
        }, failure -> {
            busy.set(false);
            message.set(messageFor(failure));
        });
    }

    private String messageFor(Throwable failure) {
        if (failure instanceof LoginException login) {
            return switch (login.failure()) {
                case WRONG_CREDENTIALS, CREDENTIAL_UNREADABLE -> Messages.get("lock.wrongPassword");
                default -> errors.messageFor(failure);
            };
        }
        return errors.messageFor(failure);
    }

    /** Who the locked window belongs to, e.g. 「山田 花子さん（担当職員）が使用中です」. */
    public String ownerText() {
        return Messages.get("lock.owner", session.displayName(), RoleNames.of(session.role()));
    }

    public Duration limit() {
        return limit;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canUnlockBinding() {
        return canUnlock;
    }
}
