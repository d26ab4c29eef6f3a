package jp.mamori.app.admin;

import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;

/**
 * 設定 ({@code Settings.fxml}): one row per setting — name, allowed range, the value (Enter saves it),
 * its problem as typed — and the confirmation of a change. Rows are built in code, one per setting.
 */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Parent root;
    private boolean focusGiven;

    @FXML private ScrollPane scroll;
    @FXML private VBox settingsRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private GridPane settingsGrid;
    @FXML private VBox confirmBox;
    @FXML private Label confirmLabel;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.root = FxmlViews.load(this, "Settings.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        viewModel.rows().addListener((ListChangeListener<SettingsViewModel.Row>) change -> showRows());
        confirmBox.visibleProperty().bind(viewModel.confirmingProperty().isNotNull());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        viewModel.confirmingProperty().addListener((obs, old, now) -> {
            confirmLabel.setText(viewModel.confirmationText());
            if (now != null) {
                Platform.runLater(confirmButton::requestFocus);
            }
        });
        FxForms.enterPresses(reloadButton);
        FxForms.enterPresses(confirmButton);
        FxForms.enterPresses(cancelButton);
        settingsRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.confirmingProperty().get() != null) {
                event.consume();
                viewModel.cancel();
            }
        });
    }

    private void showRows() {
        settingsGrid.getChildren().clear();
        int index = 0;
        for (SettingsViewModel.Row row : viewModel.rows()) {
            Label title = new Label(row.title());
            title.getStyleClass().add("field-label");
            TextField field = new TextField();
            field.setId("setting-" + row.setting().name().replace('.', '-'));
            field.setPrefColumnCount(6);
            field.textProperty().bindBidirectional(row.typedProperty());
            field.setOnAction(event -> viewModel.request(row));
            title.setLabelFor(field);
            Label range = new Label(row.range());
            range.getStyleClass().add("note");
            Button save = new Button(Messages.get("settings.save"));
            save.setOnAction(event -> viewModel.request(row));
            FxForms.enterPresses(save);
            Label problem = new Label();
            problem.getStyleClass().add("field-message");
            FxForms.showWhenNotEmpty(problem, row.problemBinding());
            save.disableProperty().bind(row.problemBinding().isNotEmpty());
            settingsGrid.addRow(index++, title, field, range, save, problem);
            if (index == 1 && !focusGiven) {
                focusGiven = true;
                Platform.runLater(field::requestFocus);
            }
        }
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void confirm() {
        viewModel.confirm();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** The cursor goes into the first setting once it is read. */
    public void focusInitial() {
        Platform.runLater(reloadButton::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
