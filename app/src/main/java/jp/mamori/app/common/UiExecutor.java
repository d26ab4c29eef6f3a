package jp.mamori.app.common;

import java.util.function.Consumer;

/**
 * The one executor for all background work of the client: it runs work off the JavaFX
 * application thread and hands the result or the failure back on that thread.
 *
 * <p>Nothing touches the server or the disk on the JavaFX thread; screens and view models submit
 * such work here. The production implementation ({@link FxUiExecutor}) runs all work on one
 * worker thread, so server calls of a session are serialised and the 操作ログ rows are written in
 * the order the user acted. The test implementation runs work synchronously on the caller.
 */
public interface UiExecutor {

    /**
     * Runs {@code work} in the background, then exactly one of {@code onSuccess} or
     * {@code onFailure} on the JavaFX thread.
     */
    <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    /**
     * Stops accepting work and waits a bounded time for work already queued, so that a session
     * can then be closed without racing a call still under way.
     */
    void shutdown();

    /** A piece of background work that yields a value or fails. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T call() throws Exception;
    }
}
