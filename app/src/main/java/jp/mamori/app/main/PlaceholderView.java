package jp.mamori.app.main;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import jp.mamori.app.common.FxmlViews;

/** Stands in for a work screen that is not built yet, and says so. */
public final class PlaceholderView {

    private final Destination destination;
    private final Parent root;

    @FXML private Label heading;

    public PlaceholderView(Destination destination) {
        this.destination = destination;
        this.root = FxmlViews.load(this, "Placeholder.fxml");
    }

    @FXML
    private void initialize() {
        heading.setText(destination.title());
    }

    public Parent root() {
        return root;
    }
}
