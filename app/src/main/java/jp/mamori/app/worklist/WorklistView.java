package jp.mamori.app.worklist;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.registry.FxForms;
import jp.mamori.db.domain.FlagWorkKind;

/**
 * ワークリスト ({@code Worklist.fxml}): the tabs 「フラグ設定待ち」 and 「フラグ解除待ち」, and the
 * confirmation that names the systems before anything is recorded. While it is open the list
 * cannot be reached; Esc closes it without recording.
 */
public final class WorklistView {

    private final WorklistViewModel viewModel;
    private final Parent root;
    private WorklistTable setTable;
    private WorklistTable releaseTable;

    @FXML private VBox worklistRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label noLinkageLabel;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private TabPane tabs;
    @FXML private Tab setTab;
    @FXML private Tab releaseTab;
    @FXML private VBox setHolder;
    @FXML private VBox releaseHolder;
    @FXML private StackPane confirmLayer;
    @FXML private Label confirmHeading;
    @FXML private VBox systemLines;
    @FXML private VBox personLines;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;

    public WorklistView(WorklistViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.root = FxmlViews.load(this, "Worklist.fxml");
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        noLinkageLabel.visibleProperty().bind(viewModel.noLinkageProperty());
        noLinkageLabel.managedProperty().bind(noLinkageLabel.visibleProperty());
        tabs.visibleProperty().bind(viewModel.noLinkageProperty().not());
        tabs.managedProperty().bind(tabs.visibleProperty());

        setTable = new WorklistTable(viewModel, FlagWorkKind.SET);
        releaseTable = new WorklistTable(viewModel, FlagWorkKind.RELEASE);
        setHolder.getChildren().add(setTable.root());
        releaseHolder.getChildren().add(releaseTable.root());
        VBox.setVgrow(setTable.root(), javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(releaseTable.root(), javafx.scene.layout.Priority.ALWAYS);
        setTab.setId("setTab");
        releaseTab.setId("releaseTab");
        bindTitle(setTab, FlagWorkKind.SET);
        bindTitle(releaseTab, FlagWorkKind.RELEASE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> Platform.runLater(
                () -> (now == releaseTab ? releaseTable : setTable).focus()));

        confirmLayer.visibleProperty().bind(viewModel.confirmingProperty().isNotNull());
        worklistRoot.disableProperty().bind(viewModel.confirmingProperty().isNotNull());
        confirmButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.confirmingProperty().addListener((obs, old, now) -> showConfirmation(now));
        FxForms.enterPresses(confirmButton);
        FxForms.enterPresses(cancelButton);
        FxForms.enterPresses(reloadButton);
        confirmLayer.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                viewModel.cancelConfirmation();
            }
        });
    }

    private void bindTitle(Tab tab, FlagWorkKind kind) {
        tab.textProperty().bind(Bindings.createStringBinding(() -> viewModel.tabTitle(kind), viewModel.items(kind)));
    }

    private void showConfirmation(FlagConfirmation confirmation) {
        systemLines.getChildren().clear();
        personLines.getChildren().clear();
        if (confirmation == null) {
            (tabs.getSelectionModel().getSelectedItem() == releaseTab ? releaseTable : setTable).focus();
            return;
        }
        confirmHeading.setText(confirmation.heading());
        confirmation.systemLines().forEach(line -> systemLines.getChildren().add(line(line, "dialog-system")));
        confirmation.personLines().forEach(line -> personLines.getChildren().add(line(line, "dialog-person")));
        confirmButton.setText(confirmation.confirmLabel());
        // Recording a confirmation that is not true would hide missing protection: the safe answer is the default.
        Platform.runLater(cancelButton::requestFocus);
    }

    private static Label line(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
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
    private void cancelConfirmation() {
        viewModel.cancelConfirmation();
    }

    /** Puts the focus on the first list. */
    public void focusInitial() {
        Platform.runLater(setTable::focus);
    }

    public Parent root() {
        return root;
    }
}
