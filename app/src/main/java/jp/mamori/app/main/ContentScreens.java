package jp.mamori.app.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;

/**
 * Which {@link ContentScreen} each {@link Destination} opens. A destination with no screen yet
 * shows the honest placeholder 「この画面は準備中です」.
 *
 * <p>To add a screen: write {@code FooView}, {@code FooViewModel} and {@code Foo.fxml} in their
 * feature package, then register it where the application is assembled:
 * {@code screens.register(Destination.PERSON_SEARCH, ctx -> new PersonSearchView(...).root())}.
 */
public final class ContentScreens {

    private final Map<Destination, ContentScreen> screens = new EnumMap<>(Destination.class);

    /** Registers the screen of {@code destination}, replacing any earlier one. */
    public ContentScreens register(Destination destination, ContentScreen screen) {
        screens.put(Objects.requireNonNull(destination, "destination"),
                Objects.requireNonNull(screen, "screen"));
        return this;
    }

    /** Whether a real screen is registered for {@code destination}. */
    public boolean isRegistered(Destination destination) {
        return screens.containsKey(destination);
    }

    /** Builds the screen for {@code destination}, or its placeholder. */
    public Node create(Destination destination, ScreenContext context) {
        ContentScreen screen = screens.get(destination);
        return screen != null ? screen.create(context) : new PlaceholderView(destination).root();
    }
}
