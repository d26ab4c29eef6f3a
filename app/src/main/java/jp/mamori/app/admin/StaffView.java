package jp.mamori.app.admin;

import java.util.Arrays;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.RoleNames;
import jp.mamori.app.registry.FxForms;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.StaffAdminApi.StaffCertificate;
import jp.mamori.db.client.StaffAdminApi.StaffMember;
import jp.mamori.db.domain.StaffRole;

/**
 * 利用者管理 ({@code Staff.fxml}): tabs for the staff list with the selected person's actions and
 * certificates, the new account, and the certificates that end within 60 days. A one-time password
 * is shown on a card over the screen until the administrator says it was read; Esc leaves a
 * confirmation.
 */
public final class StaffView {

    private final StaffViewModel viewModel;
    private final FileChoices files;
    private final Parent root;

    @FXML private StackPane staffRoot;
    @FXML private ScrollPane scroll;
    @FXML private VBox mainPane;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private javafx.scene.control.ToggleGroup pages;
    @FXML private javafx.scene.control.ToggleButton listToggle;
    @FXML private javafx.scene.control.ToggleButton createToggle;
    @FXML private javafx.scene.control.ToggleButton expiringToggle;
    @FXML private VBox listPage;
    @FXML private VBox createPage;
    @FXML private VBox expiringPage;
    @FXML private TextField filterField;
    @FXML private TableView<StaffMember> staffTable;
    @FXML private TableColumn<StaffMember, String> loginColumn;
    @FXML private TableColumn<StaffMember, String> nameColumn;
    @FXML private TableColumn<StaffMember, String> roleColumn;
    @FXML private TableColumn<StaffMember, String> sectionColumn;
    @FXML private TableColumn<StaffMember, String> stateColumn;
    @FXML private TableColumn<StaffMember, String> certColumn;
    @FXML private TableColumn<StaffMember, String> lastLoginColumn;
    @FXML private VBox detailPane;
    @FXML private Label selectedLabel;
    @FXML private ComboBox<StaffRole> changeRoleBox;
    @FXML private ComboBox<CatalogueAdminApi.Section> changeSectionBox;
    @FXML private Button applyChangeButton;
    @FXML private Button disableButton;
    @FXML private Button enableButton;
    @FXML private Button unlockButton;
    @FXML private Button resetButton;
    @FXML private Button issueFileButton;
    @FXML private Button issueCardButton;
    @FXML private TableView<StaffCertificate> certTable;
    @FXML private TableColumn<StaffCertificate, String> serialColumn;
    @FXML private TableColumn<StaffCertificate, String> notBeforeColumn;
    @FXML private TableColumn<StaffCertificate, String> notAfterColumn;
    @FXML private TableColumn<StaffCertificate, String> revokedColumn;
    @FXML private ComboBox<StaffViewModel.RevokeReason> revokeReasonBox;
    @FXML private Button revokeButton;
    @FXML private VBox confirmBox;
    @FXML private Label confirmLabel;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;
    @FXML private TextField loginField;
    @FXML private TextField nameField;
    @FXML private ComboBox<StaffRole> roleBox;
    @FXML private ComboBox<CatalogueAdminApi.Section> sectionBox;
    @FXML private Button createButton;
    @FXML private TableView<StaffCertificate> expiringTable;
    @FXML private TableColumn<StaffCertificate, String> expiringUserColumn;
    @FXML private TableColumn<StaffCertificate, String> expiringSerialColumn;
    @FXML private TableColumn<StaffCertificate, String> expiringEndColumn;
    @FXML private StackPane passwordOverlay;
    @FXML private Label otpPerson;
    @FXML private Label otpValue;
    @FXML private Button otpSeenButton;

    public StaffView(StaffViewModel viewModel, FileChoices files) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.files = Objects.requireNonNull(files, "files");
        this.root = FxmlViews.load(this, "Staff.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        setUpStaffTable();
        setUpDetail();
        setUpCreate();
        AdminCells.column(expiringUserColumn, StaffCertificate::userName);
        AdminCells.column(expiringSerialColumn, StaffCertificate::serial);
        AdminCells.column(expiringEndColumn, c -> AdminTexts.date(c.notAfter()));
        expiringTable.setItems(viewModel.expiring());
        AdminCells.pages(pages, java.util.List.of(listToggle, createToggle, expiringToggle),
                java.util.List.of(listPage, createPage, expiringPage));
        expiringToggle.textProperty().bind(Bindings.createStringBinding(() ->
                Messages.get("staff.tab.expiringCount", viewModel.expiring().size()), viewModel.expiring()));

        passwordOverlay.visibleProperty().bind(viewModel.oneTimePasswordProperty().isNotNull());
        scroll.disableProperty().bind(viewModel.oneTimePasswordProperty().isNotNull());
        viewModel.oneTimePasswordProperty().addListener((obs, old, now) -> {
            otpPerson.setText(now == null ? "" : Messages.get("staff.otp.person", now.displayName(), now.userName()));
            otpValue.setText(now == null ? "" : now.password());
            if (now != null) {
                Platform.runLater(otpSeenButton::requestFocus);
            }
        });
        for (Button button : new Button[] {reloadButton, applyChangeButton, disableButton, enableButton, unlockButton,
                resetButton, issueFileButton, issueCardButton, revokeButton, confirmButton, cancelButton, createButton,
                otpSeenButton}) {
            FxForms.enterPresses(button);
        }
        staffRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.pendingProperty().get() != null) {
                event.consume();
                viewModel.cancel();
            }
        });
    }

    private void setUpStaffTable() {
        AdminCells.column(loginColumn, StaffMember::userName);
        AdminCells.column(nameColumn, StaffMember::displayName);
        AdminCells.column(roleColumn, AdminTexts::role);
        AdminCells.column(sectionColumn, StaffMember::sectionCode);
        AdminCells.column(stateColumn, AdminTexts::state);
        AdminCells.column(certColumn, m -> m.validCertificates() == 0 ? Messages.get("staff.noCertificate")
                : Messages.get("staff.certificateUntil", AdminTexts.date(m.nextExpiry())));
        AdminCells.column(lastLoginColumn, m -> AdminTexts.dateTime(m.lastLoginAt()));
        staffTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        staffTable.setItems(viewModel.shownStaff());
        staffTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(staffTable.getSelectionModel().getSelectedItem())) {
                staffTable.getSelectionModel().select(now);
            }
        });
    }

    private void setUpDetail() {
        detailPane.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        detailPane.managedProperty().bind(detailPane.visibleProperty());
        selectedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            StaffMember m = viewModel.selectedProperty().get();
            return m == null ? "" : Messages.get("staff.selected", m.displayName(), m.userName(), AdminTexts.state(m));
        }, viewModel.selectedProperty()));
        changeRoleBox.getItems().setAll(StaffRole.values());
        AdminCells.choices(changeRoleBox, RoleNames::of);
        changeRoleBox.valueProperty().bindBidirectional(viewModel.changeRoleProperty());
        changeSectionBox.setItems(viewModel.sections());
        AdminCells.choices(changeSectionBox, StaffView::sectionText);
        changeSectionBox.valueProperty().bindBidirectional(viewModel.changeSectionProperty());
        changeSectionBox.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.changeRoleProperty()
                .get() == null || !viewModel.changeRoleProperty().get().worksWithRegistry(),
                viewModel.changeRoleProperty()));
        var active = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().active(), viewModel.selectedProperty());
        var locked = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().locked(), viewModel.selectedProperty());
        disableButton.visibleProperty().bind(active);
        disableButton.managedProperty().bind(active);
        enableButton.visibleProperty().bind(active.not());
        enableButton.managedProperty().bind(active.not());
        unlockButton.disableProperty().bind(locked.not());
        issueFileButton.disableProperty().bind(active.not());
        issueCardButton.setVisible(viewModel.tokenAvailable());
        issueCardButton.setManaged(viewModel.tokenAvailable());
        issueCardButton.disableProperty().bind(active.not());

        AdminCells.column(serialColumn, StaffCertificate::serial);
        AdminCells.column(notBeforeColumn, c -> AdminTexts.date(c.notBefore()));
        AdminCells.column(notAfterColumn, c -> AdminTexts.date(c.notAfter()));
        AdminCells.column(revokedColumn, c -> c.revoked() ? Messages.get("staff.revokedAt",
                AdminTexts.dateTime(c.revokedAt())) : "");
        certTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        certTable.setItems(viewModel.certificates());
        certTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedCertificateProperty().set(now));
        revokeReasonBox.getItems().setAll(StaffViewModel.RevokeReason.values());
        AdminCells.choices(revokeReasonBox, StaffViewModel.RevokeReason::text);
        revokeReasonBox.valueProperty().bindBidirectional(viewModel.revokeReasonProperty());
        revokeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel
                .selectedCertificateProperty().get() == null || viewModel.selectedCertificateProperty().get().revoked(),
                viewModel.selectedCertificateProperty()));

        confirmBox.visibleProperty().bind(viewModel.pendingProperty().isNotNull());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        viewModel.pendingProperty().addListener((obs, old, now) -> {
            confirmLabel.setText(viewModel.confirmationText());
            if (now != null) {
                Platform.runLater(cancelButton::requestFocus);
            }
        });
    }

    private void setUpCreate() {
        loginField.textProperty().bindBidirectional(viewModel.newLoginIdProperty());
        nameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        roleBox.getItems().setAll(StaffRole.values());
        AdminCells.choices(roleBox, RoleNames::of);
        roleBox.valueProperty().bindBidirectional(viewModel.newRoleProperty());
        sectionBox.setItems(viewModel.sections());
        AdminCells.choices(sectionBox, StaffView::sectionText);
        sectionBox.valueProperty().bindBidirectional(viewModel.newSectionProperty());
        sectionBox.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.newRoleProperty().get() == null
                || !viewModel.newRoleProperty().get().worksWithRegistry(), viewModel.newRoleProperty()));
        createButton.disableProperty().bind(viewModel.busyProperty());
    }

    static String sectionText(CatalogueAdminApi.Section section) {
        return Messages.get("staff.sectionChoice", section.name(), section.sectionCode());
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void applyChange() {
        viewModel.applyChange();
    }

    @FXML
    private void disable() {
        viewModel.request(StaffViewModel.Pending.DISABLE);
    }

    @FXML
    private void enable() {
        viewModel.enable();
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void resetPassword() {
        viewModel.request(StaffViewModel.Pending.RESET_PASSWORD);
    }

    @FXML
    private void revoke() {
        viewModel.request(StaffViewModel.Pending.REVOKE);
    }

    @FXML
    private void confirm() {
        viewModel.confirm();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void oneTimePasswordSeen() {
        viewModel.oneTimePasswordSeen();
        Platform.runLater(staffTable::requestFocus);
    }

    /** Asks where the new key file goes; the key pair is made on this terminal. */
    @FXML
    private void issueToFile() {
        StaffMember member = viewModel.selectedProperty().get();
        if (member == null) {
            return;
        }
        files.saveFile(root.getScene().getWindow(), Messages.get("staff.issueFile.title", member.displayName()),
                member.userName() + ".p12", Messages.get("staff.issueFile.filter"), "*.p12")
                .ifPresent(viewModel::issueToFile);
    }

    /** Asks for the IC card's PIN, then makes the key on the card. */
    @FXML
    private void issueToCard() {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("staff.issueCard"));
        dialog.setHeaderText(Messages.get("staff.issueCard.pin"));
        PasswordField pin = new PasswordField();
        dialog.getDialogPane().setContent(pin);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setResultConverter(button -> button == ButtonType.OK ? pin.getText().toCharArray() : null);
        Platform.runLater(pin::requestFocus);
        dialog.showAndWait().ifPresent(value -> {
            viewModel.issueToToken(value);
            Arrays.fill(value, '\0');
        });
        pin.clear();
    }

    public void focusInitial() {
        Platform.runLater(filterField::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
