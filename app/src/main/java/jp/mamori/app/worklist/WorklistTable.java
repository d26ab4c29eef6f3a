package jp.mamori.app.worklist;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.app.release.ReleaseTexts;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;

/**
 * One tab of the ワークリスト: the rows of one kind of flag work (several can be chosen with Shift
 * or Ctrl), overdue rows marked in colour and in words, and the button that asks to confirm the
 * chosen rows. Built in code because both tabs are the same but for their kind.
 */
final class WorklistTable {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final WorklistViewModel viewModel;
    private final FlagWorkKind kind;
    private final TableView<FlagWorkItem> table = new TableView<>();
    private final Button confirmButton = new Button();
    private final VBox root = new VBox();

    WorklistTable(WorklistViewModel viewModel, FlagWorkKind kind) {
        this.viewModel = viewModel;
        this.kind = kind;
        String id = kind == FlagWorkKind.SET ? "set" : "release";
        table.setId(id + "Table");
        table.getStyleClass().addAll("result-table", "worklist-table");
        table.setFixedCellSize(30);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(viewModel.items(kind));
        table.setPlaceholder(placeholder());
        table.getColumns().setAll(List.of(
                overdueColumn(),
                column(Messages.get("worklist.column.age"), 80, 80, item -> ReleaseTexts.days(item.ageDays())),
                column(Messages.get("worklist.column.dueSince"), 105, 100, item -> ReleaseTexts.date(item.dueSince())),
                column(Messages.get("worklist.column.number"), 165, 160, FlagWorkItem::addresseeNumber),
                column(Messages.get("worklist.column.name"), 170, 120, FlagWorkItem::nameKanji),
                column(Messages.get("worklist.column.system"), 330, 200,
                        item -> Messages.get("worklist.confirm.system", ReleaseTexts.system(item.systemName()),
                                item.businessName()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FlagWorkItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        confirmButton.setId(id + "ConfirmButton");
        confirmButton.getStyleClass().add("primary");
        confirmButton.textProperty().bind(Bindings.createStringBinding(() -> {
            int chosen = table.getSelectionModel().getSelectedItems().size();
            return kind == FlagWorkKind.SET ? Messages.get("worklist.action.set", chosen)
                    : Messages.get("worklist.action.release", chosen);
        }, table.getSelectionModel().getSelectedItems()));
        confirmButton.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(viewModel.busyProperty()));
        confirmButton.setOnAction(event -> askToConfirm());
        FxForms.enterPresses(confirmButton);
        // Enter in the list asks to confirm the chosen rows, as the button does.
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !confirmButton.isDisabled()) {
                event.consume();
                askToConfirm();
            }
        });

        Label truncated = new Label(Messages.get("worklist.truncated"));
        truncated.getStyleClass().add("truncated-notice");
        truncated.visibleProperty().bind(viewModel.truncatedProperty(kind));
        truncated.managedProperty().bind(truncated.visibleProperty());
        Label hint = new Label(Messages.get("worklist.selectHint"));
        hint.getStyleClass().add("note");
        hint.setWrapText(true);
        HBox actions = new HBox(confirmButton, hint);
        actions.getStyleClass().add("action-row");
        root.getStyleClass().add("worklist-tab");
        root.getChildren().addAll(truncated, table, actions);
    }

    private Label placeholder() {
        Label label = new Label();
        label.getStyleClass().add("note");
        label.textProperty().bind(Bindings.createStringBinding(() -> !viewModel.loadedProperty().get()
                ? Messages.get("common.loading")
                : kind == FlagWorkKind.SET ? Messages.get("worklist.empty.set") : Messages.get("worklist.empty.release"),
                viewModel.loadedProperty()));
        return label;
    }

    private void askToConfirm() {
        viewModel.requestConfirmation(kind, List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    private static TableColumn<FlagWorkItem, String> overdueColumn() {
        TableColumn<FlagWorkItem, String> column = column(Messages.get("worklist.column.overdue"), 85, 85,
                item -> item.overdue() ? Messages.get("worklist.overdue") : "");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("overdue-mark");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("overdue-mark");
                }
            }
        });
        return column;
    }

    /** A column that is never narrower than {@code minWidth}, so that numbers and names are not cut. */
    private static TableColumn<FlagWorkItem, String> column(String title, double width, double minWidth,
            Function<FlagWorkItem, String> text) {
        TableColumn<FlagWorkItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : text.apply(cell.getValue())));
        return column;
    }

    void focus() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getFocusModel().focus(0);
        }
    }

    VBox root() {
        return root;
    }
}
