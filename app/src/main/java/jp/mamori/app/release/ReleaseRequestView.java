package jp.mamori.app.release;

import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;

/**
 * 解除・削除の依頼 ({@code ReleaseRequest.fxml}): kind and basis as choices, the 解除前確認 below
 * them, the confirmation that it was seen, and the button that sends the request. Esc returns to
 * the person view.
 */
public final class ReleaseRequestView {

    private final ReleaseRequestViewModel viewModel;
    private final Runnable onBack;
    private final Parent root;
    private final PrecheckPane precheckPane = new PrecheckPane();

    @FXML private ScrollPane scroll;
    @FXML private VBox requestRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button backButton;
    @FXML private Label numberValue;
    @FXML private Label nameValue;
    @FXML private Label registrationValue;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private VBox pendingBox;
    @FXML private Label pendingLabel;
    @FXML private Button withdrawButton;
    @FXML private VBox choicePane;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton releaseRadio;
    @FXML private RadioButton deleteRadio;
    @FXML private Label kindNote;
    @FXML private ToggleGroup basisGroup;
    @FXML private RadioButton applicationRadio;
    @FXML private RadioButton noLongerNeededRadio;
    @FXML private RadioButton erroneousRadio;
    @FXML private RadioButton duplicateRadio;
    @FXML private Label basisNote;
    @FXML private VBox precheckHolder;
    @FXML private VBox sendPane;
    @FXML private CheckBox acknowledgeBox;
    @FXML private Label blockedLabel;
    @FXML private Button sendButton;

    /**
     * @param viewModel the request's state
     * @param onBack    returns to the person view
     */
    public ReleaseRequestView(ReleaseRequestViewModel viewModel, Runnable onBack) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.onBack = Objects.requireNonNull(onBack, "onBack");
        this.root = FxmlViews.load(this, "ReleaseRequest.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        ReleaseTarget target = viewModel.target();
        numberValue.setText(target.addresseeNumber());
        nameValue.setText(Messages.get("release.request.name", target.nameKanji(), target.nameKana()));
        registrationValue.setText(Messages.get("release.request.registrationValue",
                ReleaseTexts.date(target.inputDate())));
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());

        setUpChoices();
        precheckHolder.getChildren().add(precheckPane.root());
        viewModel.precheckProperty().addListener((obs, old, now) -> {
            showPrecheck();
            showPending(viewModel.pendingRequestProperty().get());
        });
        viewModel.kindProperty().addListener((obs, old, now) -> showPrecheck());
        showPrecheck();

        viewModel.pendingRequestProperty().addListener((obs, old, now) -> showPending(now));
        showPending(viewModel.pendingRequestProperty().get());
        withdrawButton.visibleProperty().bind(viewModel.canWithdrawBinding());
        withdrawButton.managedProperty().bind(withdrawButton.visibleProperty());

        acknowledgeBox.selectedProperty().bindBidirectional(viewModel.acknowledgedProperty());
        acknowledgeBox.disableProperty().bind(viewModel.precheckProperty().isNull().or(viewModel.sentProperty()));
        FxForms.showWhenNotEmpty(blockedLabel, viewModel.blockedReasonBinding());
        sendButton.disableProperty().bind(viewModel.canSendBinding().not());
        sendButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.kindProperty().get() == null
                ? Messages.get("release.request.send")
                : Messages.get("release.request.sendKind", ReleaseTexts.kind(viewModel.kindProperty().get())),
                viewModel.kindProperty()));
        choicePane.disableProperty().bind(viewModel.sentProperty());
        viewModel.sentProperty().addListener((obs, old, now) -> {
            if (now) {
                backButton.requestFocus();
            }
        });

        FxForms.enterPresses(backButton);
        FxForms.enterPresses(sendButton);
        FxForms.enterPresses(withdrawButton);
        requestRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                onBack.run();
            }
        });
    }

    private void setUpChoices() {
        releaseRadio.setUserData(ReleaseKind.RELEASE);
        deleteRadio.setUserData(ReleaseKind.DELETE);
        FxForms.bindToggles(kindGroup, viewModel.kindProperty());
        kindNote.textProperty().bind(Bindings.createStringBinding(() -> viewModel.kindProperty().get() == null
                ? Messages.get("release.request.kind.note")
                : viewModel.kindProperty().get() == ReleaseKind.RELEASE
                        ? Messages.get("release.request.kind.note.release")
                        : Messages.get("release.request.kind.note.delete"), viewModel.kindProperty()));
        Map<ReleaseBasis, RadioButton> radios = Map.of(ReleaseBasis.APPLICATION, applicationRadio,
                ReleaseBasis.NO_LONGER_NEEDED, noLongerNeededRadio, ReleaseBasis.ERRONEOUS, erroneousRadio,
                ReleaseBasis.DUPLICATE, duplicateRadio);
        radios.forEach((basis, radio) -> {
            radio.setUserData(basis);
            radio.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> viewModel.bases().contains(basis), viewModel.bases()));
            radio.managedProperty().bind(radio.visibleProperty());
        });
        FxForms.bindToggles(basisGroup, viewModel.basisProperty());
        basisNote.visibleProperty().bind(viewModel.kindProperty().isNull());
        basisNote.managedProperty().bind(basisNote.visibleProperty());
    }

    private void showPrecheck() {
        precheckPane.show(viewModel.precheckProperty().get(), viewModel.kindProperty().get());
    }

    private void showPending(PendingRequest request) {
        pendingBox.setVisible(request != null || isPendingWithoutDetail());
        pendingBox.setManaged(pendingBox.isVisible());
        pendingLabel.setText(request != null ? PrecheckTexts.pending(request)
                : Messages.get("release.request.blocked.pending"));
    }

    private boolean isPendingWithoutDetail() {
        return viewModel.precheckProperty().get() != null
                && viewModel.precheckProperty().get().pendingRequestId() != null;
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @FXML
    private void send() {
        viewModel.send();
    }

    @FXML
    private void withdraw() {
        viewModel.withdraw();
    }

    /** Puts the focus on the first choice (解除). */
    public void focusInitial() {
        Platform.runLater(releaseRadio::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
