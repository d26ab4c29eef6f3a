package jp.mamori.app.testsupport;

import java.util.function.Consumer;
import jp.mamori.app.common.UiExecutor;

/** Test {@link UiExecutor}: runs the work and its callback at once on the calling thread. */
public final class DirectUiExecutor implements UiExecutor {

    private int executed;

    @Override
    public <T> void execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        executed++;
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** How many pieces of work were submitted. */
    public int executed() {
        return executed;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
