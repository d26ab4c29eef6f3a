package jp.mamori.app.register;

import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import jp.mamori.app.common.FieldNames;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.app.registry.RegistryTexts;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;

/**
 * 対象者登録 ({@code Register.fxml}): the form with a message beside each field, the existing
 * person found by the typed number, the reasons 登録 is disabled, and the confirmation.
 */
public final class RegisterView {

    /** How long the typing of the number must pause before it is looked up. */
    static final Duration LOOKUP_PAUSE = Duration.millis(600);

    private final RegisterViewModel viewModel;
    private final Parent root;
    private final PauseTransition lookupPause = new PauseTransition(LOOKUP_PAUSE);

    @FXML private Label sectionNote;
    @FXML private Label successLabel;
    @FXML private Label errorLabel;
    @FXML private VBox formPane;
    @FXML private Label numberLabel;
    @FXML private TextField numberField;
    @FXML private Label numberMessage;
    @FXML private Label numberHint;
    @FXML private Label numberStatus;
    @FXML private VBox existingPanel;
    @FXML private Label existingPerson;
    @FXML private Label existingBirth;
    @FXML private Label existingHolding;
    @FXML private Label existingMismatch;
    @FXML private Label existingJoin;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private Label nameHint;
    @FXML private Label kanaLabel;
    @FXML private TextField kanaField;
    @FXML private Label kanaMessage;
    @FXML private Label kanaHint;
    @FXML private HBox sexRow;
    @FXML private ToggleGroup sexGroup;
    @FXML private RadioButton maleRadio;
    @FXML private RadioButton femaleRadio;
    @FXML private RadioButton unknownRadio;
    @FXML private Label birthLabel;
    @FXML private TextField birthField;
    @FXML private Label birthMessage;
    @FXML private Label birthHint;
    @FXML private CheckBox autoResponseCheck;
    @FXML private CheckBox nonDisclosureCheck;
    @FXML private ToggleGroup basisGroup;
    @FXML private RadioButton applicationRadio;
    @FXML private RadioButton evidentNeedRadio;
    @FXML private Label blockedLabel;
    @FXML private Button reviewButton;
    @FXML private Button clearButton;
    @FXML private VBox confirmPane;
    @FXML private GridPane summaryGrid;
    @FXML private Label joinNote;
    @FXML private Button confirmButton;
    @FXML private Button backToFormButton;
    @FXML private ProgressIndicator progress;

    public RegisterView(RegisterViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.root = FxmlViews.load(this, "Register.fxml");
    }

    @FXML
    private void initialize() {
        sectionNote.setText(Messages.get("register.lead", viewModel.sectionName()));
        FxForms.showWhenNotEmpty(successLabel, viewModel.successProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());

        numberLabel.setLabelFor(numberField);
        nameLabel.setLabelFor(nameField);
        kanaLabel.setLabelFor(kanaField);
        birthLabel.setLabelFor(birthField);
        FxForms.bind(numberField, viewModel.number(), numberMessage, numberHint);
        FxForms.bind(nameField, viewModel.person().nameKanji(), nameMessage, nameHint);
        FxForms.bind(kanaField, viewModel.person().nameKana(), kanaMessage, kanaHint);
        FxForms.bind(birthField, viewModel.person().birthDate(), birthMessage, birthHint);
        FxForms.showWhenNotEmpty(numberStatus, viewModel.numberStatusBinding());

        // The number is looked up when the typing pauses or the cursor leaves the field.
        lookupPause.setOnFinished(event -> viewModel.lookUpNumber());
        numberField.textProperty().addListener((obs, old, now) -> lookupPause.playFromStart());
        numberField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                lookupPause.stop();
                viewModel.lookUpNumber();
            }
        });
        setUpExistingPanel();

        maleRadio.setUserData(Sex.M);
        femaleRadio.setUserData(Sex.F);
        unknownRadio.setUserData(Sex.U);
        FxForms.bindToggles(sexGroup, viewModel.person().sexProperty());
        applicationRadio.setUserData(RegistrationBasis.APPLICATION);
        evidentNeedRadio.setUserData(RegistrationBasis.EVIDENT_NEED);
        FxForms.bindToggles(basisGroup, viewModel.basisProperty());
        autoResponseCheck.selectedProperty().bindBidirectional(viewModel.autoResponseBlockedProperty());
        nonDisclosureCheck.selectedProperty().bindBidirectional(viewModel.nonDisclosureProperty());

        FxForms.showWhenNotEmpty(blockedLabel, viewModel.blockedReasonBinding());
        reviewButton.disableProperty().bind(viewModel.canSaveBinding().not());
        formPane.visibleProperty().bind(viewModel.confirmingProperty().not());
        formPane.managedProperty().bind(formPane.visibleProperty());
        confirmPane.visibleProperty().bind(viewModel.confirmingProperty());
        confirmPane.managedProperty().bind(confirmPane.visibleProperty());
        confirmButton.disableProperty().bind(viewModel.busyProperty());
        backToFormButton.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        viewModel.summaryProperty().addListener((obs, old, lines) -> showSummary(lines));
        for (Button button : new Button[] {reviewButton, clearButton, confirmButton, backToFormButton}) {
            FxForms.enterPresses(button);
        }
        viewModel.confirmingProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (now) {
                confirmButton.requestFocus();
            } else if (!viewModel.successProperty().get().isEmpty()) {
                numberField.requestFocus();
            } else {
                reviewButton.requestFocus();
            }
        }));
    }

    private void setUpExistingPanel() {
        existingPanel.visibleProperty().bind(viewModel.existingProperty().isNotNull());
        existingPanel.managedProperty().bind(existingPanel.visibleProperty());
        viewModel.existingProperty().addListener((obs, old, now) -> showExisting(now));
        FxForms.showWhenNotEmpty(existingMismatch, viewModel.mismatchNoteBinding());
        existingJoin.textProperty().bind(viewModel.existingNoteBinding());
        joinNote.textProperty().bind(viewModel.existingNoteBinding());
        // Each field that disagrees with the registered person is marked where the clerk looks.
        viewModel.mismatchesBinding().addListener((obs, old, fields) -> markMismatches(fields));
        joinNote.visibleProperty().bind(viewModel.existingProperty().isNotNull());
        joinNote.managedProperty().bind(joinNote.visibleProperty());
    }

    private void markMismatches(List<String> fields) {
        mark(nameField, fields.contains(FieldNames.NAME_KANJI));
        mark(kanaField, fields.contains(FieldNames.NAME_KANA));
        mark(sexRow, fields.contains(FieldNames.SEX));
        mark(birthField, fields.contains(FieldNames.BIRTH_DATE));
    }

    private static void mark(Node node, boolean mismatch) {
        node.getStyleClass().remove("mismatch");
        if (mismatch) {
            node.getStyleClass().add("mismatch");
        }
    }

    private void showExisting(PersonSummary person) {
        if (person == null) {
            existingPerson.setText("");
            existingBirth.setText("");
            existingHolding.setText("");
            return;
        }
        existingPerson.setText(Messages.get("register.existing.person", person.nameKanji(), person.nameKana()));
        existingBirth.setText(Messages.get("register.existing.sexBirth", RegistryTexts.sex(person.sex()),
                RegistryTexts.date(person.birthDate())));
        existingHolding.setText(Messages.get("register.existing.holding", RegistryTexts.holdingSections(person)));
    }

    private void showSummary(List<RegisterViewModel.SummaryLine> lines) {
        summaryGrid.getChildren().clear();
        int row = 0;
        for (RegisterViewModel.SummaryLine line : lines) {
            Label label = new Label(line.label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(line.value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            summaryGrid.addRow(row++, label, value);
        }
    }

    @FXML
    private void requestSave() {
        viewModel.requestSave();
    }

    @FXML
    private void clear() {
        viewModel.clear();
        viewModel.clearMessages();
        numberField.requestFocus();
    }

    @FXML
    private void cancelConfirmation() {
        viewModel.cancelConfirmation();
    }

    @FXML
    private void confirmSave() {
        viewModel.confirmSave();
    }

    /** Puts the cursor in 宛名番号. Call once the screen is shown. */
    public void focusInitial() {
        Platform.runLater(numberField::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
