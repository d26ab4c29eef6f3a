package jp.mamori.app.common;

import java.util.Objects;
import java.util.function.Consumer;
import jp.mamori.db.client.MamoriSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gateway through which every screen action of a logged-in user reaches the server, so
 * that each action yields exactly one row in the 操作ログ (see ADR 0007).
 *
 * <ul>
 *   <li>{@link #perform}: a pure screen action (open a screen, navigate, a button that only
 *       changes the view). The row is written with {@link MamoriSession#recordAction} first; the
 *       screen changes only after the server confirmed it. If the row cannot be written, the
 *       action does not happen and the user is told why.</li>
 *   <li>{@link #protect}: an action that only reduces what is visible (the 画面ロック). It takes
 *       effect at once, then is recorded; protection is never withheld for want of a log row.</li>
 *   <li>{@link #call}: a server procedure that authorises and audits itself (search, register,
 *       reauthenticate, logout). {@code recordAction} is not called, so there is still exactly
 *       one row: the procedure's own.</li>
 * </ul>
 *
 * <p>Work runs on the {@link UiExecutor}; effects and callbacks run on the JavaFX thread.
 * Failures go through the {@link ErrorPresenter} to the error sink of the window unless the
 * caller handles them.
 */
public final class ScreenActions {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenActions.class);

    private final MamoriSession session;
    private final UiExecutor executor;
    private final ErrorPresenter errors;
    private final Consumer<String> errorSink;
    private volatile Consumer<String> sessionEndSink;

    /**
     * @param session   the logged-in session; only this class calls it
     * @param executor  the background executor
     * @param errors    the error path
     * @param errorSink where messages of unhandled failures are shown (on the JavaFX thread)
     */
    public ScreenActions(MamoriSession session, UiExecutor executor, ErrorPresenter errors,
            Consumer<String> errorSink) {
        this.session = Objects.requireNonNull(session, "session");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.errorSink = Objects.requireNonNull(errorSink, "errorSink");
    }

    /**
     * Where failures that end the login go instead of the error sink (the lock screen, which offers
     * to log in again); called on the JavaFX thread with the message.
     */
    public void onSessionEnded(Consumer<String> sink) {
        this.sessionEndSink = sink;
    }

    /** Records a pure screen action, then applies {@code effect} on the JavaFX thread. */
    public void perform(ScreenAction action, Runnable effect) {
        perform(action, effect, this::showFailure);
    }

    /**
     * Records a pure screen action, then applies {@code effect}; if recording fails,
     * {@code onFailure} runs instead and the effect does not happen.
     */
    public void perform(ScreenAction action, Runnable effect, Consumer<Throwable> onFailure) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(effect, "effect");
        executor.execute(() -> {
            record(action);
            return Boolean.TRUE;
        }, recorded -> effect.run(), onFailure);
    }

    /**
     * Applies a protective {@code effect} at once (on the calling JavaFX thread), then records
     * the action; a failure to record is shown but does not undo the protection.
     */
    public void protect(ScreenAction action, Runnable effect) {
        Objects.requireNonNull(action, "action");
        effect.run();
        executor.execute(() -> {
            record(action);
            return Boolean.TRUE;
        }, recorded -> { }, this::showFailure);
    }

    /** Calls a self-auditing procedure; failures go to the window's error sink. */
    public <T> void call(ScreenAction action, SessionCall<T> call, Consumer<? super T> onSuccess) {
        call(action, call, onSuccess, this::showFailure);
    }

    /** Calls a self-auditing procedure; {@code onFailure} handles failures. */
    public <T> void call(ScreenAction action, SessionCall<T> call, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(call, "call");
        executor.execute(() -> call.call(session), onSuccess, failure -> {
            LOG.debug("Call failed: screen={} action={}", action.screen(), action.action());
            onFailure.accept(failure);
        });
    }

    /**
     * Logs out: {@link MamoriSession#close()} writes the logout row and closes the connections.
     * {@code afterwards} runs on the JavaFX thread whether or not the server confirmed; a
     * failure is also shown.
     */
    public void logout(ScreenAction action, Runnable afterwards) {
        call(action, s -> {
            s.close();
            return Boolean.TRUE;
        }, done -> afterwards.run(), failure -> {
            showFailure(failure);
            afterwards.run();
        });
    }

    /**
     * Logs out on the calling thread, for the end of the program when no later callback can
     * run. Failures are logged (without personal data), not thrown.
     */
    public void logoutNow() {
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.warn("Logout at exit failed", Redacted.of(e));
        }
    }

    /** Shows a failure through the {@link ErrorPresenter} in the window's error sink. */
    public void showFailure(Throwable failure) {
        Consumer<String> ended = sessionEndSink;
        if (ended != null && errors.endsSession(failure)) {
            ended.accept(errors.messageFor(failure));
            return;
        }
        errorSink.accept(errors.messageFor(failure));
    }

    private void record(ScreenAction action) {
        session.recordAction(action.screen(), action.action(), action.target());
    }
}
