package jp.mamori.app.password;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;

/**
 * パスワード変更 ({@code PasswordChange.fxml}): a card over the window. Forced after a one-time password
 * (then the only way out is ログアウト), otherwise opened from the header and left with Esc or 閉じる.
 */
public final class PasswordChangeView {

    private final PasswordChangeViewModel viewModel;
    private final Runnable onLeave;
    private final Parent root;

    @FXML private Parent passwordRoot;
    @FXML private Label leadLabel;
    @FXML private Label rulesLabel;
    @FXML private PasswordField currentField;
    @FXML private PasswordField nextField;
    @FXML private PasswordField repeatField;
    @FXML private Label currentMessage;
    @FXML private Label nextMessage;
    @FXML private Label repeatMessage;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private Button changeButton;
    @FXML private Button leaveButton;

    /**
     * @param viewModel the state
     * @param onLeave   closes the card (voluntary) or logs out (forced)
     */
    public PasswordChangeView(PasswordChangeViewModel viewModel, Runnable onLeave) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.onLeave = Objects.requireNonNull(onLeave, "onLeave");
        this.root = FxmlViews.load(this, "PasswordChange.fxml");
    }

    @FXML
    private void initialize() {
        leadLabel.setText(viewModel.forced() ? Messages.get("password.lead.forced") : Messages.get("password.lead"));
        leaveButton.setText(viewModel.forced() ? Messages.get("password.logout") : Messages.get("password.close"));
        rulesLabel.setText(viewModel.rules());
        currentField.textProperty().bindBidirectional(viewModel.currentProperty());
        nextField.textProperty().bindBidirectional(viewModel.nextProperty());
        repeatField.textProperty().bindBidirectional(viewModel.repeatProperty());
        FxForms.showWhenNotEmpty(currentMessage, viewModel.currentErrorProperty());
        FxForms.showWhenNotEmpty(nextMessage, viewModel.nextProblemBinding());
        FxForms.showWhenNotEmpty(repeatMessage, viewModel.repeatProblemBinding());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        changeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.ready(),
                viewModel.currentProperty(), viewModel.nextProperty(), viewModel.repeatProperty(),
                viewModel.busyProperty(), viewModel.nextProblemBinding()));
        FxForms.enterPresses(changeButton);
        FxForms.enterPresses(leaveButton);
        currentField.setOnAction(event -> nextField.requestFocus());
        nextField.setOnAction(event -> repeatField.requestFocus());
        repeatField.setOnAction(event -> viewModel.submit());
        viewModel.currentErrorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                currentField.requestFocus();
            }
        });
        passwordRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !viewModel.forced()) {
                event.consume();
                leave();
            }
        });
    }

    @FXML
    private void change() {
        viewModel.submit();
    }

    @FXML
    private void leave() {
        viewModel.clear();
        onLeave.run();
    }

    /** Puts the cursor in the current password. */
    public void focusInitial() {
        Platform.runLater(currentField::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
