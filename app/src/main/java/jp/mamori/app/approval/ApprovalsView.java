package jp.mamori.app.approval;

import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.app.release.PrecheckPane;
import jp.mamori.app.release.ReleaseTexts;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.RejectReason;

/**
 * 承認待ち ({@code Approvals.fxml}): the section's pending requests above; the selected request
 * with its 解除前確認, the reason choice and 承認 / 却下 below, each confirmed once more before it is
 * sent. Esc leaves a confirmation.
 */
public final class ApprovalsView {

    private final ApprovalsViewModel viewModel;
    private final Parent root;
    private final PrecheckPane precheckPane = new PrecheckPane();

    @FXML private ScrollPane scroll;
    @FXML private VBox approvalsRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private Label countLabel;
    @FXML private Label emptyLabel;
    @FXML private TableView<PendingRequest> requestTable;
    @FXML private TableColumn<PendingRequest, String> kindColumn;
    @FXML private TableColumn<PendingRequest, String> basisColumn;
    @FXML private TableColumn<PendingRequest, String> numberColumn;
    @FXML private TableColumn<PendingRequest, String> nameColumn;
    @FXML private TableColumn<PendingRequest, String> requesterColumn;
    @FXML private TableColumn<PendingRequest, String> requestedAtColumn;
    @FXML private TableColumn<PendingRequest, String> ageColumn;
    @FXML private VBox detailPane;
    @FXML private Label requestValue;
    @FXML private Label personValue;
    @FXML private Label requesterValue;
    @FXML private Label ownLabel;
    @FXML private VBox precheckHolder;
    @FXML private VBox decisionPane;
    @FXML private ToggleGroup reasonGroup;
    @FXML private RadioButton insufficientRadio;
    @FXML private RadioButton wrongPersonRadio;
    @FXML private RadioButton otherProcedureRadio;
    @FXML private Label blockedLabel;
    @FXML private Button approveButton;
    @FXML private Button rejectButton;
    @FXML private VBox confirmBox;
    @FXML private Label confirmLabel;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;

    public ApprovalsView(ApprovalsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.root = FxmlViews.load(this, "Approvals.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get()
                ? Messages.get("approvals.count", viewModel.requests().size()) : "",
                viewModel.requests(), viewModel.loadedProperty()));
        emptyLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get()
                ? Messages.get("approvals.none") : Messages.get("common.loading"), viewModel.loadedProperty()));
        setUpTable();
        setUpDetail();
        FxForms.enterPresses(reloadButton);
        FxForms.enterPresses(approveButton);
        FxForms.enterPresses(rejectButton);
        FxForms.enterPresses(confirmButton);
        FxForms.enterPresses(cancelButton);
        approvalsRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.confirmingProperty().get() != null) {
                event.consume();
                viewModel.cancelDecision();
            }
        });
    }

    private void setUpTable() {
        column(kindColumn, r -> ReleaseTexts.kind(r.kind()));
        column(basisColumn, r -> ReleaseTexts.basis(r.basis()));
        column(numberColumn, PendingRequest::addresseeNumber);
        column(nameColumn, PendingRequest::nameKanji);
        column(requesterColumn, PendingRequest::requestedBy);
        column(requestedAtColumn, r -> ReleaseTexts.dateTime(r.requestedAt()));
        column(ageColumn, r -> ReleaseTexts.days(r.ageDays()));
        requestTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        requestTable.setItems(viewModel.requests());
        requestTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !viewModel.requests().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelection());
        viewModel.requests().addListener((javafx.collections.ListChangeListener<PendingRequest>) change ->
                showSelection());
    }

    /** Keeps the highlighted row on the view model's request, also after the list was read again. */
    private void showSelection() {
        PendingRequest selected = viewModel.selectedProperty().get();
        if (selected == null) {
            requestTable.getSelectionModel().clearSelection();
        } else if (!selected.equals(requestTable.getSelectionModel().getSelectedItem())) {
            requestTable.getSelectionModel().select(selected);
        }
    }

    private static void column(TableColumn<PendingRequest, String> column, Function<PendingRequest, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : text.apply(cell.getValue())));
        column.setReorderable(false);
    }

    private void setUpDetail() {
        detailPane.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        detailPane.managedProperty().bind(detailPane.visibleProperty());
        viewModel.selectedProperty().addListener((obs, old, now) -> showRequest(now));
        precheckHolder.getChildren().add(precheckPane.root());
        viewModel.precheckProperty().addListener((obs, old, now) -> precheckPane.show(now,
                viewModel.selectedProperty().get() == null ? null : viewModel.selectedProperty().get().kind()));
        ownLabel.visibleProperty().bind(viewModel.ownRequestBinding());
        ownLabel.managedProperty().bind(ownLabel.visibleProperty());

        insufficientRadio.setUserData(RejectReason.INSUFFICIENT_BASIS);
        wrongPersonRadio.setUserData(RejectReason.WRONG_PERSON);
        otherProcedureRadio.setUserData(RejectReason.OTHER_PROCEDURE);
        FxForms.bindToggles(reasonGroup, viewModel.rejectReasonProperty());
        decisionPane.visibleProperty().bind(viewModel.confirmingProperty().isNull()
                .and(viewModel.ownRequestBinding().not()));
        decisionPane.managedProperty().bind(decisionPane.visibleProperty());
        approveButton.disableProperty().bind(viewModel.approveBlockedBinding().isNotEmpty());
        rejectButton.disableProperty().bind(viewModel.rejectBlockedBinding().isNotEmpty());
        // Approval needs nothing more once the check is read; a rejection also needs its reason.
        FxForms.showWhenNotEmpty(blockedLabel, Bindings.createStringBinding(() -> viewModel.approveBlockedBinding()
                .get().isEmpty() ? viewModel.rejectBlockedBinding().get() : viewModel.approveBlockedBinding().get(),
                viewModel.approveBlockedBinding(), viewModel.rejectBlockedBinding()));

        confirmBox.visibleProperty().bind(viewModel.confirmingProperty().isNotNull());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        confirmButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.confirmingProperty().addListener((obs, old, now) -> {
            confirmLabel.setText(viewModel.confirmationText());
            if (now != null) {
                confirmButton.setText(now == ApprovalsViewModel.Decision.APPROVE
                        ? Messages.get("approvals.confirm.doApprove") : Messages.get("approvals.confirm.doReject"));
                Platform.runLater(cancelButton::requestFocus);
            }
        });
    }

    private void showRequest(PendingRequest request) {
        precheckPane.show(null, null);
        if (request == null) {
            return;
        }
        requestValue.setText(Messages.get("approvals.detail.requestValue", ReleaseTexts.kind(request.kind()),
                ReleaseTexts.basis(request.basis())));
        personValue.setText(Messages.get("approvals.detail.personValue", request.nameKanji(), request.nameKana(),
                request.addresseeNumber()));
        requesterValue.setText(Messages.get("approvals.detail.requesterValue", request.requestedBy(),
                ReleaseTexts.dateTime(request.requestedAt()), ReleaseTexts.days(request.ageDays())));
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void requestApproval() {
        viewModel.requestApproval();
    }

    @FXML
    private void requestRejection() {
        viewModel.requestRejection();
    }

    @FXML
    private void confirmDecision() {
        viewModel.confirmDecision();
    }

    @FXML
    private void cancelDecision() {
        viewModel.cancelDecision();
    }

    /** Puts the focus on the list of requests. */
    public void focusInitial() {
        Platform.runLater(requestTable::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
