package jp.mamori.app.main;

import javafx.scene.Node;

/**
 * A work screen that the main window shows for a {@link Destination}. It is created afresh each
 * time the user opens it, and dropped when the user leaves, so no data of a previous visit
 * lingers in memory or on screen.
 */
@FunctionalInterface
public interface ContentScreen {

    /** Builds the screen (view + view model) for this visit. */
    Node create(ScreenContext context);
}
