package jp.mamori.app.lock;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Watches a window's keyboard and mouse input and lets the {@link LockViewModel} lock it once
 * the idle limit has passed. Installed on the main window's scene; stopped when it closes.
 */
public final class IdleWatcher {

    private static final Duration LONGEST_TICK = Duration.ofSeconds(1);

    private final LockViewModel viewModel;
    private final Timeline ticker;
    private final EventHandler<Event> onInput;
    private Scene scene;

    public IdleWatcher(LockViewModel viewModel) {
        this.viewModel = viewModel;
        this.onInput = event -> viewModel.inputSeen();
        Duration tick = viewModel.limit().dividedBy(4);
        if (tick.compareTo(LONGEST_TICK) > 0) {
            tick = LONGEST_TICK;
        }
        this.ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(
                Math.max(50, tick.toMillis())), event -> viewModel.tick()));
        this.ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts watching {@code target}. */
    public void install(Scene target) {
        this.scene = target;
        target.addEventFilter(KeyEvent.KEY_PRESSED, onInput);
        target.addEventFilter(MouseEvent.MOUSE_MOVED, onInput);
        target.addEventFilter(MouseEvent.MOUSE_PRESSED, onInput);
        target.addEventFilter(MouseEvent.MOUSE_DRAGGED, onInput);
        target.addEventFilter(ScrollEvent.SCROLL, onInput);
        viewModel.inputSeen();
        ticker.play();
    }

    /** Stops watching. */
    public void stop() {
        ticker.stop();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, onInput);
            scene.removeEventFilter(MouseEvent.MOUSE_MOVED, onInput);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, onInput);
            scene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, onInput);
            scene.removeEventFilter(ScrollEvent.SCROLL, onInput);
            scene = null;
        }
    }
}
