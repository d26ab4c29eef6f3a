package jp.mamori.app.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scrolled screen in view: JavaFX's {@link ScrollPane} does not
 * follow the keyboard focus, so a clerk tabbing to a button below the fold would act on
 * something they cannot see.
 */
public final class FocusScroll {

    private FocusScroll() {
    }

    /** From now on, whenever a node inside {@code scroll}'s content gets the focus, scrolls it into view. */
    public static void follow(ScrollPane scroll) {
        ChangeListener<Node> onFocus = (obs, old, now) -> {
            if (now != null && isInside(now, scroll.getContent())) {
                reveal(scroll, now);
            }
        };
        scroll.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(onFocus);
            }
        });
        Scene scene = scroll.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(onFocus);
        }
    }

    /** Scrolls {@code scroll} vertically just enough that {@code node} is fully visible. */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewportHeight) {
            return;
        }
        double scrollable = contentHeight - viewportHeight;
        double top = scroll.getVvalue() * scrollable;
        double wanted = top;
        if (inContent.getMinY() < top) {
            wanted = inContent.getMinY() - 12;
        } else if (inContent.getMaxY() > top + viewportHeight) {
            wanted = inContent.getMaxY() - viewportHeight + 12;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / scrollable)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
