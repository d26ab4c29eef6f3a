package jp.mamori.app.admin;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.db.client.TerminalAdminApi.Terminal;

/** 指定端末 ({@code Terminals.fxml}): the list, the selected terminal's label and state, a new terminal. */
public final class TerminalsView {

    private final TerminalsViewModel viewModel;
    private final FileChoices files;
    private final Parent root;

    @FXML private ScrollPane scroll;
    @FXML private VBox terminalsRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<Terminal> terminalTable;
    @FXML private TableColumn<Terminal, String> idColumn;
    @FXML private TableColumn<Terminal, String> labelColumn;
    @FXML private TableColumn<Terminal, String> stateColumn;
    @FXML private TableColumn<Terminal, String> registeredColumn;
    @FXML private TableColumn<Terminal, String> validColumn;
    @FXML private TableColumn<Terminal, String> lastUsedColumn;
    @FXML private VBox detailPane;
    @FXML private TextField labelField;
    @FXML private Button relabelButton;
    @FXML private Button disableButton;
    @FXML private Button enableButton;
    @FXML private VBox confirmBox;
    @FXML private Label confirmLabel;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;
    @FXML private TextField idField;
    @FXML private TextField newLabelField;
    @FXML private Button registerButton;

    public TerminalsView(TerminalsViewModel viewModel, FileChoices files) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.files = Objects.requireNonNull(files, "files");
        this.root = FxmlViews.load(this, "Terminals.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        AdminCells.column(idColumn, Terminal::terminalId);
        AdminCells.column(labelColumn, Terminal::label);
        AdminCells.column(stateColumn, t -> t.active() ? Messages.get("terminals.active")
                : Messages.get("terminals.inactive"));
        AdminCells.column(registeredColumn, t -> AdminTexts.date(t.registeredAt()));
        AdminCells.column(validColumn, t -> AdminTexts.date(t.notAfter()));
        AdminCells.column(lastUsedColumn, t -> t.lastUsedAt().isEmpty() ? Messages.get("terminals.neverUsed")
                : AdminTexts.dateTime(t.lastUsedAt()));
        terminalTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        terminalTable.setItems(viewModel.terminals());
        terminalTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(terminalTable.getSelectionModel().getSelectedItem())) {
                terminalTable.getSelectionModel().select(now);
            }
        });
        detailPane.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        detailPane.managedProperty().bind(detailPane.visibleProperty());
        labelField.textProperty().bindBidirectional(viewModel.labelProperty());
        var active = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().active(), viewModel.selectedProperty());
        disableButton.visibleProperty().bind(active);
        disableButton.managedProperty().bind(active);
        enableButton.visibleProperty().bind(active.not());
        enableButton.managedProperty().bind(active.not());
        confirmBox.visibleProperty().bind(viewModel.confirmingDisableProperty());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        viewModel.confirmingDisableProperty().addListener((obs, old, now) -> {
            confirmLabel.setText(viewModel.confirmationText());
            if (now) {
                Platform.runLater(cancelButton::requestFocus);
            }
        });
        idField.textProperty().bindBidirectional(viewModel.newIdProperty());
        newLabelField.textProperty().bindBidirectional(viewModel.newLabelProperty());
        registerButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.readyToRegister()
                || viewModel.busyProperty().get(), viewModel.newIdProperty(), viewModel.newLabelProperty(),
                viewModel.busyProperty()));
        labelField.setOnAction(event -> viewModel.relabel());
        for (Button button : new Button[] {reloadButton, relabelButton, disableButton, enableButton, confirmButton,
                cancelButton, registerButton}) {
            FxForms.enterPresses(button);
        }
        terminalsRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.confirmingDisableProperty().get()) {
                event.consume();
                viewModel.cancel();
            }
        });
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void relabel() {
        viewModel.relabel();
    }

    @FXML
    private void disable() {
        viewModel.requestDisable();
    }

    @FXML
    private void enable() {
        viewModel.enable();
    }

    @FXML
    private void confirm() {
        viewModel.confirmDisable();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** Asks for the folder of the terminal's installation medium, then registers. */
    @FXML
    private void register() {
        files.folder(root.getScene().getWindow(), Messages.get("terminals.folder.title"))
                .ifPresent(viewModel::register);
    }

    public void focusInitial() {
        Platform.runLater(terminalTable::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
