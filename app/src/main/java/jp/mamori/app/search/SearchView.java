package jp.mamori.app.search;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.person.PersonView;
import jp.mamori.app.person.PersonViewModel;
import jp.mamori.app.registry.Choice;
import jp.mamori.app.registry.FxForms;
import jp.mamori.app.registry.RegistryTexts;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;

/**
 * 対象者検索 ({@code Search.fxml}): criteria above, results below, the person view over the
 * results when a row is opened. Enter in any criterion searches; Enter or a double click on a row
 * opens the person; Esc in the person view returns to the results.
 */
public final class SearchView {

    private final SearchViewModel viewModel;
    private final StackPane root;
    private PersonView personView;

    @FXML private VBox searchPane;
    @FXML private GridPane criteria;
    @FXML private Label numberLabel;
    @FXML private TextField numberField;
    @FXML private Label numberMessage;
    @FXML private Label numberHint;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private Label nameHint;
    @FXML private ToggleGroup matchGroup;
    @FXML private RadioButton prefixRadio;
    @FXML private RadioButton partialRadio;
    @FXML private Label birthLabel;
    @FXML private TextField birthField;
    @FXML private Label birthMessage;
    @FXML private Label birthHint;
    @FXML private Label sexLabel;
    @FXML private ComboBox<Choice<Sex>> sexBox;
    @FXML private Label sectionLabel;
    @FXML private ComboBox<Choice<String>> sectionBox;
    @FXML private Label statusLabel;
    @FXML private ComboBox<Choice<StatusFilter>> statusBox;
    @FXML private Button searchButton;
    @FXML private Label summaryLabel;
    @FXML private Label truncatedLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;
    @FXML private TableView<PersonSummary> resultTable;
    @FXML private TableColumn<PersonSummary, String> numberColumn;
    @FXML private TableColumn<PersonSummary, String> nameColumn;
    @FXML private TableColumn<PersonSummary, String> kanaColumn;
    @FXML private TableColumn<PersonSummary, String> sexColumn;
    @FXML private TableColumn<PersonSummary, String> birthColumn;
    @FXML private TableColumn<PersonSummary, String> holdingColumn;

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = (StackPane) FxmlViews.load(this, "Search.fxml");
    }

    @FXML
    private void initialize() {
        numberLabel.setLabelFor(numberField);
        nameLabel.setLabelFor(nameField);
        birthLabel.setLabelFor(birthField);
        sexLabel.setLabelFor(sexBox);
        sectionLabel.setLabelFor(sectionBox);
        statusLabel.setLabelFor(statusBox);
        FxForms.bind(numberField, viewModel.number(), numberMessage, numberHint);
        FxForms.bind(nameField, viewModel.name(), nameMessage, nameHint);
        FxForms.bind(birthField, viewModel.birthDate(), birthMessage, birthHint);

        prefixRadio.setUserData(NameMatch.PREFIX);
        partialRadio.setUserData(NameMatch.PARTIAL);
        matchGroup.selectToggle(viewModel.nameMatchProperty().get() == NameMatch.PARTIAL
                ? partialRadio : prefixRadio);
        matchGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.nameMatchProperty().set((NameMatch) now.getUserData());
            }
        });

        sexBox.setItems(FXCollections.observableList(viewModel.sexChoices()));
        sexBox.valueProperty().bindBidirectional(viewModel.sexProperty());
        sectionBox.setItems(viewModel.sectionChoices());
        sectionBox.setOnShowing(event -> viewModel.loadSections());
        sectionBox.valueProperty().bindBidirectional(viewModel.sectionProperty());
        statusBox.setItems(FXCollections.observableList(viewModel.statusChoices()));
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());

        // Enter in any criterion runs the search (text fields pass an unhandled Enter on).
        criteria.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                viewModel.search();
            }
        });
        searchButton.disableProperty().bind(viewModel.busyProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        FxForms.showWhenNotEmpty(truncatedLabel, viewModel.truncatedNoticeProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());

        setUpTable();
        viewModel.openPersonProperty().addListener((obs, old, now) -> showPerson(now));
        // After a search with hits, the keyboard continues in the results.
        viewModel.results().addListener((ListChangeListener<PersonSummary>) change -> {
            if (!viewModel.results().isEmpty()) {
                resultTable.getSelectionModel().selectFirst();
                resultTable.getFocusModel().focus(0);
                resultTable.requestFocus();
            }
        });
    }

    private void setUpTable() {
        column(numberColumn, PersonSummary::addresseeNumber);
        column(nameColumn, PersonSummary::nameKanji);
        column(kanaColumn, PersonSummary::nameKana);
        column(sexColumn, p -> RegistryTexts.sexShort(p.sex()));
        column(birthColumn, p -> RegistryTexts.dateShort(p.birthDate()));
        column(holdingColumn, RegistryTexts::holdingSections);
        resultTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        resultTable.setItems(viewModel.results());
        resultTable.setRowFactory(table -> {
            TableRow<PersonSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        resultTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                PersonSummary selected = resultTable.getSelectionModel().getSelectedItem();
                if (selected != null) {
                    event.consume();
                    viewModel.open(selected);
                }
            }
        });
    }

    /** A text column whose cells are computed only for the rows on screen. */
    private static void column(TableColumn<PersonSummary, String> column,
            Function<PersonSummary, String> text) {
        column.setCellValueFactory(cell -> textOf(cell.getValue(), text));
        column.setReorderable(false);
    }

    private static ObservableValue<String> textOf(PersonSummary person, Function<PersonSummary, String> text) {
        return new ReadOnlyStringWrapper(person == null ? "" : text.apply(person));
    }

    private void showPerson(PersonViewModel person) {
        if (personView != null) {
            root.getChildren().remove(personView.root());
            personView = null;
        }
        if (person == null) {
            searchPane.setVisible(true);
            resultTable.requestFocus();
            return;
        }
        personView = new PersonView(person, viewModel::closePerson);
        searchPane.setVisible(false);
        root.getChildren().add(personView.root());
        personView.focusInitial();
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    /** Puts the cursor in the first criterion. Call once the screen is shown. */
    public void focusInitial() {
        Platform.runLater(numberField::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
