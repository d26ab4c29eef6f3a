package jp.mamori.app.lock;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FxmlViews;

/**
 * The lock overlay ({@code Lock.fxml}). The main window stacks it over its content and, while
 * locked, also hides and disables that content, so nothing of it is visible or reachable.
 */
public final class LockView {

    private final LockViewModel viewModel;
    private final Runnable onLogout;
    private final Parent root;

    @FXML private Label ownerLabel;
    @FXML private VBox form;
    @FXML private Label passwordLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Button unlockButton;
    @FXML private ProgressIndicator progress;
    @FXML private Button logoutButton;

    /**
     * @param viewModel the lock state
     * @param onLogout  logs out (the main window's logout)
     */
    public LockView(LockViewModel viewModel, Runnable onLogout) {
        this.viewModel = viewModel;
        this.onLogout = Objects.requireNonNull(onLogout, "onLogout");
        this.root = FxmlViews.load(this, "Lock.fxml");
        root.visibleProperty().bind(viewModel.lockedProperty());
    }

    @FXML
    private void initialize() {
        ownerLabel.setText(viewModel.ownerText());
        passwordLabel.setLabelFor(passwordField);
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        form.disableProperty().bind(viewModel.busyProperty());
        unlockButton.disableProperty().bind(viewModel.canUnlockBinding().not());
        logoutButton.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());

        viewModel.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                passwordField.requestFocus();
            }
        });
        viewModel.busyProperty().addListener((obs, was, busy) -> {
            if (was && !busy && viewModel.lockedProperty().get()) {
                passwordField.requestFocus();
            }
        });
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void logout() {
        onLogout.run();
    }

    public Parent root() {
        return root;
    }
}
