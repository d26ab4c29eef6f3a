package jp.mamori.app.review;

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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.app.release.ReleaseTexts;
import jp.mamori.db.domain.ReviewItem;

/**
 * 要確認 ({@code Review.fxml}): the section's registrations due for review, longest due first, and
 * 「確認済みにする」 for the selected one (Enter in the list does the same).
 */
public final class ReviewView {

    private final ReviewViewModel viewModel;
    private final Parent root;

    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label notHoldingLabel;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private Label countLabel;
    @FXML private Label emptyLabel;
    @FXML private TableView<ReviewItem> reviewTable;
    @FXML private TableColumn<ReviewItem, String> numberColumn;
    @FXML private TableColumn<ReviewItem, String> nameColumn;
    @FXML private TableColumn<ReviewItem, String> kanaColumn;
    @FXML private TableColumn<ReviewItem, String> inputColumn;
    @FXML private TableColumn<ReviewItem, String> lastColumn;
    @FXML private TableColumn<ReviewItem, String> dueColumn;
    @FXML private TableColumn<ReviewItem, String> overdueColumn;
    @FXML private Button confirmButton;

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.root = FxmlViews.load(this, "Review.fxml");
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(messageLabel, viewModel.messageProperty());
        notHoldingLabel.visibleProperty().bind(viewModel.notHoldingProperty());
        notHoldingLabel.managedProperty().bind(notHoldingLabel.visibleProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get()
                ? Messages.get("review.count", viewModel.items().size()) : "",
                viewModel.items(), viewModel.loadedProperty()));
        emptyLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get()
                ? Messages.get("review.none") : Messages.get("common.loading"), viewModel.loadedProperty()));

        column(numberColumn, ReviewItem::addresseeNumber);
        column(nameColumn, ReviewItem::nameKanji);
        column(kanaColumn, ReviewItem::nameKana);
        column(inputColumn, item -> ReleaseTexts.date(item.inputDate()));
        column(lastColumn, item -> item.lastReviewedOn() == null ? Messages.get("review.neverReviewed")
                : ReleaseTexts.date(item.lastReviewedOn()));
        column(dueColumn, item -> ReleaseTexts.date(item.dueOn()));
        column(overdueColumn, item -> ReleaseTexts.days(item.daysOverdue()));
        reviewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reviewTable.setItems(viewModel.items());

        confirmButton.disableProperty().bind(reviewTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
        FxForms.enterPresses(confirmButton);
        FxForms.enterPresses(reloadButton);
        reviewTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !confirmButton.isDisabled()) {
                event.consume();
                confirm();
            }
        });
    }

    private static void column(TableColumn<ReviewItem, String> column, Function<ReviewItem, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : text.apply(cell.getValue())));
        column.setReorderable(false);
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    @FXML
    private void confirm() {
        viewModel.confirm(reviewTable.getSelectionModel().getSelectedItem());
    }

    /** Puts the focus on the list. */
    public void focusInitial() {
        Platform.runLater(reviewTable::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
