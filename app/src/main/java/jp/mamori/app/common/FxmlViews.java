package jp.mamori.app.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML file that sits beside a view class ({@code Foo.fxml} beside {@code FooView}),
 * with the view as its controller and the {@link Messages} bundle for {@code %key} texts.
 */
public final class FxmlViews {

    private FxmlViews() {
    }

    /** Loads {@code fxmlName} from the package of {@code view}, with {@code view} as controller. */
    public static Parent load(Object view, String fxmlName) {
        URL location = view.getClass().getResource(fxmlName);
        if (location == null) {
            throw new IllegalStateException("FXML not found beside "
                    + view.getClass().getName() + ": " + fxmlName);
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxmlName, e);
        }
    }
}
