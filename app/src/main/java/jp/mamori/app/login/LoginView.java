package jp.mamori.app.login;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.RoleNames;
import jp.mamori.db.demo.DemoUser;

/** The ログイン screen ({@code Login.fxml}); all state lives in {@link LoginViewModel}. */
public final class LoginView {

    private static final int DEMO_ROWS_VISIBLE = 10;

    private final LoginViewModel viewModel;
    private final Parent root;

    @FXML private VBox form;
    @FXML private ToggleGroup sourceGroup;
    @FXML private RadioButton fileRadio;
    @FXML private RadioButton tokenRadio;
    @FXML private Label tokenNote;
    @FXML private Label fileLabel;
    @FXML private TextField credentialFileField;
    @FXML private Button chooseButton;
    @FXML private Label pinLabel;
    @FXML private PasswordField pinField;
    @FXML private Label passwordLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private Button loginButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label busyLabel;
    @FXML private VBox demoPanel;
    @FXML private Label demoSharedPassword;
    @FXML private TableView<DemoUser> demoTable;
    @FXML private TableColumn<DemoUser, String> demoNameColumn;
    @FXML private TableColumn<DemoUser, String> demoRoleColumn;
    @FXML private TableColumn<DemoUser, String> demoSectionColumn;
    @FXML private TableColumn<DemoUser, String> demoPasswordColumn;

    public LoginView(LoginViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = FxmlViews.load(this, "Login.fxml");
    }

    @FXML
    private void initialize() {
        fileRadio.setUserData(CredentialSource.PKCS12_FILE);
        tokenRadio.setUserData(CredentialSource.PKCS11_TOKEN);
        boolean tokenSupported = viewModel.tokenSupported();
        tokenRadio.setDisable(!tokenSupported);
        tokenNote.setVisible(!tokenSupported);
        tokenNote.setManaged(!tokenSupported);
        sourceGroup.selectToggle(fileRadio);
        sourceGroup.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.sourceProperty().set((CredentialSource) selected.getUserData());
            }
        });

        fileLabel.setLabelFor(chooseButton);
        passwordLabel.setLabelFor(passwordField);
        pinLabel.setLabelFor(pinField);
        pinField.textProperty().bindBidirectional(viewModel.pinProperty());
        BooleanBinding card = viewModel.sourceProperty().isEqualTo(CredentialSource.PKCS11_TOKEN);
        for (Node node : new Node[] {pinLabel, pinField}) {
            node.visibleProperty().bind(card);
            node.managedProperty().bind(card);
        }
        for (Node node : new Node[] {fileLabel, credentialFileField.getParent()}) {
            node.visibleProperty().bind(card.not());
            node.managedProperty().bind(card.not());
        }
        card.addListener((obs, wasCard, isCard) -> Platform.runLater(
                isCard ? pinField::requestFocus : passwordField::requestFocus));
        credentialFileField.textProperty().bind(viewModel.credentialFileTextBinding());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());

        form.disableProperty().bind(viewModel.busyProperty());
        loginButton.disableProperty().bind(viewModel.canLoginBinding().not());
        progress.visibleProperty().bind(viewModel.busyProperty());
        busyLabel.visibleProperty().bind(viewModel.busyProperty());

        errorLabel.textProperty().bind(viewModel.errorMessageProperty());
        errorLabel.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());

        // After a login attempt the password is cleared: put the cursor back there.
        viewModel.busyProperty().addListener((obs, wasBusy, isBusy) -> {
            if (wasBusy && !isBusy) {
                (viewModel.sourceProperty().get() == CredentialSource.PKCS11_TOKEN ? pinField : passwordField)
                        .requestFocus();
            }
        });
        viewModel.credentialFileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                // After the event that chose the file has finished moving the focus.
                Platform.runLater(passwordField::requestFocus);
            }
        });
        setUpDemoPanel();
    }

    private void setUpDemoPanel() {
        boolean demo = viewModel.demoMode();
        demoPanel.setVisible(demo);
        demoPanel.setManaged(demo);
        if (!demo) {
            return;
        }
        demoNameColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().displayName()));
        demoRoleColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(RoleNames.of(row.getValue().role())));
        demoSectionColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().sectionName()));
        demoPasswordColumn.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().password()));
        viewModel.demoSharedPassword().ifPresentOrElse(password -> {
            demoSharedPassword.setText(Messages.get("login.demo.sharedPassword", password));
            demoTable.getColumns().remove(demoPasswordColumn);
        }, () -> {
            demoSharedPassword.setVisible(false);
            demoSharedPassword.setManaged(false);
        });
        demoTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        demoTable.setItems(FXCollections.observableList(viewModel.demoUsers()));
        // As tall as its rows (at most a screenful): no empty lines below the last demo user.
        int rows = Math.min(DEMO_ROWS_VISIBLE, viewModel.demoUsers().size());
        demoTable.setPrefHeight(demoTable.getFixedCellSize() * (rows + 1) + 4);
        // A click, or Enter on the chosen row, fills in the file; arrow keys only move.
        demoTable.setOnMouseClicked(event -> useSelectedDemoUser());
        demoTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && useSelectedDemoUser()) {
                event.consume();
            }
        });
    }

    private boolean useSelectedDemoUser() {
        DemoUser user = demoTable.getSelectionModel().getSelectedItem();
        if (user == null) {
            return false;
        }
        viewModel.chooseDemoUser(user);
        return true;
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("login.file.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("login.file.filter"), "*.p12", "*.pfx"));
        Path current = viewModel.credentialFileProperty().get();
        if (current != null && current.getParent() != null
                && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseFile(chosen.toPath());
        }
    }

    @FXML
    private void login() {
        viewModel.login();
    }

    /** The screen's root node. */
    public Parent root() {
        return root;
    }

    /**
     * Puts the keyboard focus where the user starts: the password if a file is known, else the
     * file chooser button. Call once the screen is in a shown window.
     */
    public void focusInitial() {
        Platform.runLater(() -> {
            if (viewModel.credentialFileProperty().get() != null) {
                passwordField.requestFocus();
            } else {
                chooseButton.requestFocus();
            }
        });
    }
}
