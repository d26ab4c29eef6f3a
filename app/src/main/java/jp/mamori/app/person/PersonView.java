package jp.mamori.app.person;

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
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.registry.FxForms;
import jp.mamori.app.registry.RegistryTexts;
import jp.mamori.app.release.ReleaseRequestView;
import jp.mamori.app.release.ReleaseRequestViewModel;
import jp.mamori.db.domain.PersonDetail;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.Sex;

/**
 * 対象者照会 ({@code Person.fxml}): the person, every registration of every section, and the
 * inline correction form. Esc (outside the correction) or 「検索結果に戻る」 goes back.
 */
public final class PersonView {

    private final PersonViewModel viewModel;
    private final Runnable onBack;
    private final StackPane root;

    @FXML private VBox personRoot;
    @FXML private Button backButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private Label numberValue;
    @FXML private Label nameValue;
    @FXML private Label kanaValue;
    @FXML private Label sexValue;
    @FXML private Label birthValue;
    @FXML private Label holdingValue;
    @FXML private Button correctButton;
    @FXML private Button releaseButton;
    @FXML private Label correctNote;
    @FXML private VBox correctionPane;
    @FXML private VBox correctionForm;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private Label nameHint;
    @FXML private Label kanaLabel;
    @FXML private TextField kanaField;
    @FXML private Label kanaMessage;
    @FXML private Label kanaHint;
    @FXML private ToggleGroup sexGroup;
    @FXML private RadioButton maleRadio;
    @FXML private RadioButton femaleRadio;
    @FXML private RadioButton unknownRadio;
    @FXML private Label birthLabel;
    @FXML private TextField birthField;
    @FXML private Label birthMessage;
    @FXML private Label birthHint;
    @FXML private Label blockedLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private VBox confirmBox;
    @FXML private Label changesLabel;
    @FXML private Button confirmButton;
    @FXML private Button backToFormButton;
    @FXML private TableView<RegistrationView> registrationTable;
    @FXML private TableColumn<RegistrationView, String> sectionColumn;
    @FXML private TableColumn<RegistrationView, String> inputColumn;
    @FXML private TableColumn<RegistrationView, String> releaseColumn;
    @FXML private TableColumn<RegistrationView, String> flagsColumn;
    @FXML private TableColumn<RegistrationView, String> basisColumn;
    @FXML private TableColumn<RegistrationView, String> byColumn;

    /**
     * @param viewModel the person view's state
     * @param onBack    returns to where the view was opened from
     */
    public PersonView(PersonViewModel viewModel, Runnable onBack) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.onBack = Objects.requireNonNull(onBack, "onBack");
        // The person, and 解除・削除の依頼 in its place while it is open.
        this.root = new StackPane(FxmlViews.load(this, "Person.fxml"));
        viewModel.releaseRequestProperty().addListener((obs, old, now) -> showReleaseRequest(now));
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        viewModel.detailProperty().addListener((obs, old, now) -> showPerson(now));
        showPerson(viewModel.detailProperty().get());

        correctButton.visibleProperty().bind(viewModel.canCorrectBinding());
        correctButton.managedProperty().bind(correctButton.visibleProperty());
        correctButton.disableProperty().bind(viewModel.correctingProperty().or(viewModel.busyProperty()));
        correctNote.visibleProperty().bind(viewModel.detailProperty().isNotNull()
                .and(viewModel.canCorrectBinding().not()));
        correctNote.managedProperty().bind(correctNote.visibleProperty());
        releaseButton.visibleProperty().bind(viewModel.canCorrectBinding());
        releaseButton.managedProperty().bind(releaseButton.visibleProperty());
        releaseButton.disableProperty().bind(viewModel.correctingProperty().or(viewModel.busyProperty()));
        FxForms.enterPresses(releaseButton);
        setUpCorrection();
        setUpTable();

        FxForms.enterPresses(backButton);
        FxForms.enterPresses(correctButton);
        personRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (viewModel.confirmingProperty().get()) {
                    viewModel.cancelConfirmation();
                } else if (viewModel.correctingProperty().get()) {
                    viewModel.cancelCorrection();
                    correctButton.requestFocus();
                } else {
                    onBack.run();
                }
            }
        });
    }

    private void setUpCorrection() {
        correctionPane.visibleProperty().bind(viewModel.correctingProperty());
        correctionPane.managedProperty().bind(correctionPane.visibleProperty());
        nameLabel.setLabelFor(nameField);
        kanaLabel.setLabelFor(kanaField);
        birthLabel.setLabelFor(birthField);
        FxForms.bind(nameField, viewModel.correction().nameKanji(), nameMessage, nameHint);
        FxForms.bind(kanaField, viewModel.correction().nameKana(), kanaMessage, kanaHint);
        FxForms.bind(birthField, viewModel.correction().birthDate(), birthMessage, birthHint);
        maleRadio.setUserData(Sex.M);
        femaleRadio.setUserData(Sex.F);
        unknownRadio.setUserData(Sex.U);
        FxForms.bindToggles(sexGroup, viewModel.correction().sexProperty());
        FxForms.showWhenNotEmpty(blockedLabel, viewModel.correctionBlockedBinding());
        saveButton.disableProperty().bind(viewModel.correctionBlockedBinding().isNotEmpty()
                .or(viewModel.busyProperty()));

        correctionForm.visibleProperty().bind(viewModel.confirmingProperty().not());
        correctionForm.managedProperty().bind(correctionForm.visibleProperty());
        confirmBox.visibleProperty().bind(viewModel.confirmingProperty());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        changesLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.changesProperty().get()), viewModel.changesProperty()));
        confirmButton.disableProperty().bind(viewModel.busyProperty());
        for (Button button : new Button[] {saveButton, cancelButton, confirmButton, backToFormButton}) {
            FxForms.enterPresses(button);
        }
        viewModel.correctingProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(nameField::requestFocus);
            }
        });
        viewModel.confirmingProperty().addListener((obs, was, now) ->
                Platform.runLater(now ? confirmButton::requestFocus : saveButton::requestFocus));
    }

    private void setUpTable() {
        column(sectionColumn, RegistrationView::sectionName);
        column(inputColumn, r -> r.inputDate().toString());
        column(releaseColumn, RegistryTexts::releaseDate);
        column(flagsColumn, RegistryTexts::flags);
        column(basisColumn, r -> RegistryTexts.basis(r.basis()));
        column(byColumn, RegistrationView::registeredBy);
        registrationTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        registrationTable.setItems(viewModel.registrations());
    }

    private static void column(TableColumn<RegistrationView, String> column,
            Function<RegistrationView, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : text.apply(cell.getValue())));
        column.setReorderable(false);
    }

    private void showPerson(PersonDetail detail) {
        if (detail == null) {
            return;
        }
        PersonSummary p = detail.person();
        numberValue.setText(p.addresseeNumber());
        nameValue.setText(p.nameKanji());
        kanaValue.setText(p.nameKana());
        sexValue.setText(RegistryTexts.sex(p.sex()));
        birthValue.setText(RegistryTexts.date(p.birthDate()));
        holdingValue.setText(RegistryTexts.holdingSections(p));
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @FXML
    private void startCorrection() {
        viewModel.startCorrection();
    }

    @FXML
    private void startReleaseRequest() {
        viewModel.startReleaseRequest();
    }

    private void showReleaseRequest(ReleaseRequestViewModel request) {
        root.getChildren().removeIf(child -> child != personRoot);
        personRoot.setVisible(request == null);
        if (request == null) {
            releaseButton.requestFocus();
            return;
        }
        ReleaseRequestView view = new ReleaseRequestView(request, viewModel::closeReleaseRequest);
        root.getChildren().add(view.root());
        view.focusInitial();
    }

    @FXML
    private void cancelCorrection() {
        viewModel.cancelCorrection();
        correctButton.requestFocus();
    }

    @FXML
    private void requestSave() {
        viewModel.requestSave();
    }

    @FXML
    private void cancelConfirmation() {
        viewModel.cancelConfirmation();
    }

    @FXML
    private void confirmSave() {
        viewModel.confirmSave();
    }

    /** Puts the focus on 「検索結果に戻る」 so that Enter or Esc returns. */
    public void focusInitial() {
        Platform.runLater(backButton::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
