package jp.mamori.app.admin;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.db.client.CatalogueAdminApi.Duty;
import jp.mamori.db.client.CatalogueAdminApi.Section;

/** 所属・連携事務 ({@code Catalogue.fxml}): tabs for sections, linkage duties and the catalogue import. */
public final class CatalogueView {

    private final CatalogueViewModel viewModel;
    private final FileChoices files;
    private final Parent root;

    @FXML private ScrollPane scroll;
    @FXML private VBox catalogueRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private javafx.scene.control.ToggleGroup pages;
    @FXML private javafx.scene.control.ToggleButton sectionsToggle;
    @FXML private javafx.scene.control.ToggleButton dutiesToggle;
    @FXML private javafx.scene.control.ToggleButton importToggle;
    @FXML private VBox sectionsPage;
    @FXML private VBox dutiesPage;
    @FXML private VBox importPage;
    @FXML private VBox confirmBox;
    @FXML private Label confirmLabel;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;
    @FXML private TableView<Section> sectionTable;
    @FXML private TableColumn<Section, String> sectionCodeColumn;
    @FXML private TableColumn<Section, String> sectionNameColumn;
    @FXML private TableColumn<Section, String> sectionKindColumn;
    @FXML private TableColumn<Section, String> sectionStateColumn;
    @FXML private TableColumn<Section, String> sectionStaffColumn;
    @FXML private TableColumn<Section, String> sectionDutiesColumn;
    @FXML private HBox sectionDetail;
    @FXML private TextField sectionNameField;
    @FXML private Button renameSectionButton;
    @FXML private Button retireSectionButton;
    @FXML private TextField newCodeField;
    @FXML private TextField newNameField;
    @FXML private CheckBox newHoldsBox;
    @FXML private CheckBox newLinkageBox;
    @FXML private Button addSectionButton;
    @FXML private TableView<Duty> dutyTable;
    @FXML private TableColumn<Duty, String> dutySectionColumn;
    @FXML private TableColumn<Duty, String> dutyBusinessColumn;
    @FXML private TableColumn<Duty, String> dutySystemColumn;
    @FXML private TableColumn<Duty, String> dutyStateColumn;
    @FXML private TableColumn<Duty, String> dutyOpenColumn;
    @FXML private VBox dutyDetail;
    @FXML private TextField businessField;
    @FXML private TextField systemField;
    @FXML private Button renameDutyButton;
    @FXML private ComboBox<Duty> transferBox;
    @FXML private Button retireDutyButton;
    @FXML private ComboBox<Section> newDutySectionBox;
    @FXML private TextField newBusinessField;
    @FXML private TextField newSystemField;
    @FXML private Button addDutyButton;
    @FXML private Button chooseSectionsButton;
    @FXML private Button chooseDutiesButton;
    @FXML private Label sectionsFileLabel;
    @FXML private Label dutiesFileLabel;
    @FXML private Button dryRunButton;
    @FXML private Button importButton;
    @FXML private Label dryRunLabel;

    public CatalogueView(CatalogueViewModel viewModel, FileChoices files) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.files = Objects.requireNonNull(files, "files");
        this.root = FxmlViews.load(this, "Catalogue.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        AdminCells.pages(pages, java.util.List.of(sectionsToggle, dutiesToggle, importToggle),
                java.util.List.of(sectionsPage, dutiesPage, importPage));
        setUpSections();
        setUpDuties();
        setUpImport();
        confirmBox.visibleProperty().bind(viewModel.retiringProperty().isNotNull());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        viewModel.retiringProperty().addListener((obs, old, now) -> {
            confirmLabel.setText(viewModel.confirmationText());
            if (now != null) {
                Platform.runLater(cancelButton::requestFocus);
            }
        });
        for (Button button : new Button[] {reloadButton, confirmButton, cancelButton, renameSectionButton,
                retireSectionButton, addSectionButton, renameDutyButton, retireDutyButton, addDutyButton,
                chooseSectionsButton, chooseDutiesButton, dryRunButton, importButton}) {
            FxForms.enterPresses(button);
        }
        catalogueRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.retiringProperty().get() != null) {
                event.consume();
                viewModel.cancelRetire();
            }
        });
    }

    private void setUpSections() {
        AdminCells.column(sectionCodeColumn, Section::sectionCode);
        AdminCells.column(sectionNameColumn, Section::name);
        AdminCells.column(sectionKindColumn, s -> s.holdsData() && s.doesLinkage() ? Messages.get("catalogue.kind.both")
                : s.holdsData() ? Messages.get("catalogue.kind.holds") : Messages.get("catalogue.kind.linkage"));
        AdminCells.column(sectionStateColumn, s -> s.active() ? Messages.get("terminals.active")
                : Messages.get("catalogue.retired"));
        AdminCells.column(sectionStaffColumn, s -> Integer.toString(s.activeStaff()));
        AdminCells.column(sectionDutiesColumn, s -> Integer.toString(s.activeDuties()));
        sectionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sectionTable.setItems(viewModel.sections());
        sectionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedSectionProperty().set(now);
            }
        });
        sectionDetail.visibleProperty().bind(viewModel.selectedSectionProperty().isNotNull());
        sectionDetail.managedProperty().bind(sectionDetail.visibleProperty());
        sectionNameField.textProperty().bindBidirectional(viewModel.sectionNameProperty());
        retireSectionButton.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel
                .selectedSectionProperty().get() == null || !viewModel.selectedSectionProperty().get().active(),
                viewModel.selectedSectionProperty()));
        newCodeField.textProperty().bindBidirectional(viewModel.newCodeProperty());
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        newHoldsBox.selectedProperty().bindBidirectional(viewModel.newHoldsProperty());
        newLinkageBox.selectedProperty().bindBidirectional(viewModel.newLinkageProperty());
    }

    private void setUpDuties() {
        AdminCells.column(dutySectionColumn, Duty::sectionCode);
        AdminCells.column(dutyBusinessColumn, Duty::businessName);
        AdminCells.column(dutySystemColumn, Duty::systemName);
        AdminCells.column(dutyStateColumn, d -> d.active() ? Messages.get("terminals.active")
                : Messages.get("catalogue.retired"));
        AdminCells.column(dutyOpenColumn, d -> Integer.toString(d.openItems()));
        dutyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dutyTable.setItems(viewModel.duties());
        dutyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedDutyProperty().set(now);
            }
        });
        dutyDetail.visibleProperty().bind(viewModel.selectedDutyProperty().isNotNull());
        dutyDetail.managedProperty().bind(dutyDetail.visibleProperty());
        businessField.textProperty().bindBidirectional(viewModel.businessNameProperty());
        systemField.textProperty().bindBidirectional(viewModel.systemNameProperty());
        AdminCells.choices(transferBox, d -> Messages.get("catalogue.dutyChoice", d.businessName(), d.systemName(),
                d.sectionCode()));
        transferBox.valueProperty().bindBidirectional(viewModel.transferToProperty());
        viewModel.selectedDutyProperty().addListener((obs, old, now) ->
                transferBox.getItems().setAll(viewModel.transferCandidates()));
        transferBox.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedDutyProperty()
                .get() == null || viewModel.selectedDutyProperty().get().openItems() == 0,
                viewModel.selectedDutyProperty()));
        retireDutyButton.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel
                .selectedDutyProperty().get() == null || !viewModel.selectedDutyProperty().get().active(),
                viewModel.selectedDutyProperty()));
        newDutySectionBox.setItems(viewModel.sections().filtered(s -> s.active() && s.doesLinkage()));
        AdminCells.choices(newDutySectionBox, StaffView::sectionText);
        newDutySectionBox.valueProperty().bindBidirectional(viewModel.newDutySectionProperty());
        newBusinessField.textProperty().bindBidirectional(viewModel.newBusinessProperty());
        newSystemField.textProperty().bindBidirectional(viewModel.newSystemProperty());
    }

    private void setUpImport() {
        sectionsFileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.sectionsFileProperty()
                .get() == null ? Messages.get("catalogue.import.noFile")
                : viewModel.sectionsFileProperty().get().getFileName().toString(), viewModel.sectionsFileProperty()));
        dutiesFileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.dutiesFileProperty()
                .get() == null ? Messages.get("catalogue.import.noFile")
                : viewModel.dutiesFileProperty().get().getFileName().toString(), viewModel.dutiesFileProperty()));
        dryRunLabel.textProperty().bind(viewModel.dryRunReportProperty());
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.dryRunProperty().get() == null
                || !viewModel.dryRunProperty().get().passed() || viewModel.busyProperty().get(),
                viewModel.dryRunProperty(), viewModel.busyProperty()));
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void renameSection() {
        viewModel.renameSection();
    }

    @FXML
    private void retireSection() {
        viewModel.requestRetire(CatalogueViewModel.Retiring.SECTION);
    }

    @FXML
    private void addSection() {
        viewModel.addSection();
    }

    @FXML
    private void renameDuty() {
        viewModel.renameDuty();
    }

    @FXML
    private void retireDuty() {
        viewModel.requestRetire(CatalogueViewModel.Retiring.DUTY);
    }

    @FXML
    private void addDuty() {
        viewModel.addDuty();
    }

    @FXML
    private void confirmRetire() {
        viewModel.confirmRetire();
    }

    @FXML
    private void cancelRetire() {
        viewModel.cancelRetire();
    }

    @FXML
    private void chooseSections() {
        files.openFile(root.getScene().getWindow(), Messages.get("catalogue.import.chooseSections"),
                Messages.get("catalogue.import.filter"), "*.csv").ifPresent(viewModel.sectionsFileProperty()::set);
    }

    @FXML
    private void chooseDuties() {
        files.openFile(root.getScene().getWindow(), Messages.get("catalogue.import.chooseDuties"),
                Messages.get("catalogue.import.filter"), "*.csv").ifPresent(viewModel.dutiesFileProperty()::set);
    }

    @FXML
    private void dryRun() {
        viewModel.dryRun();
    }

    @FXML
    private void commitImport() {
        viewModel.commitImport();
    }

    public void focusInitial() {
        Platform.runLater(sectionTable::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
