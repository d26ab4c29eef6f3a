package jp.mamori.app.common;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX thread's uncaught-exception handler: a failure nobody caught still reaches the user
 * through the window's error path (the login screen's message, the main window's banner) as the
 * {@link ErrorPresenter}'s Japanese message with its reference number; it is never only logged.
 */
public final class FxFailureReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FxFailureReporter.class);

    private volatile Consumer<Throwable> window;

    /** @param window the error path of the window shown first */
    public FxFailureReporter(Consumer<Throwable> window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    /** From now on failures are shown in {@code window} (called when the stage changes its scene). */
    public void showIn(Consumer<Throwable> window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            window.accept(failure);
        } catch (RuntimeException e) {
            // the error path itself failed: nothing more can be shown; keep both in the log
            LOG.error("an uncaught failure could not be shown", Redacted.of(e));
        }
    }

    /** The error path of a window that shows one message: the presenter's message for the failure. */
    public static Consumer<Throwable> showingMessage(ErrorPresenter errors, Consumer<String> sink) {
        return failure -> sink.accept(errors.messageFor(failure));
    }
}
