package jp.mamori.app.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production {@link UiExecutor}: one daemon worker thread, results delivered with
 * {@link Platform#runLater(Runnable)}.
 */
public final class FxUiExecutor implements UiExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mamori-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        try {
            worker.execute(() -> runAndDeliver(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            LOG.warn("Background work submitted after shutdown");
            Platform.runLater(() -> onFailure.accept(e));
        }
    }

    private static <T> void runAndDeliver(BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            // Errors too: the screen must leave its busy state and tell the user.
            Platform.runLater(() -> onFailure.accept(e));
            return;
        }
        Platform.runLater(() -> onSuccess.accept(result));
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
