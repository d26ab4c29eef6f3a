package jp.mamori.app.worklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FocusScroll;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.common.Messages;
import jp.mamori.app.registry.FxForms;
import jp.mamori.db.domain.FlagWorkKind;

/**
 * 完了状況 ({@code Completion.fxml}): a horizontal stacked bar per linkage duty — confirmed,
 * pending within the period, overdue — and the same numbers in a table below. Duty names are
 * long Japanese business names: they are broken into lines beside the bars, never cut off.
 */
public final class CompletionView {

    /** Characters per line of a duty's name beside its bar. */
    static final int LABEL_CHARS_PER_LINE = 16;
    /** Height given to each duty's bar, enough for a name of three lines. */
    private static final double BAR_ROW_HEIGHT = 58;

    private final CompletionViewModel viewModel;
    private final Parent root;

    @FXML private ScrollPane scroll;
    @FXML private VBox completionRoot;
    @FXML private ProgressIndicator progress;
    @FXML private Button reloadButton;
    @FXML private Label errorLabel;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton setRadio;
    @FXML private RadioButton releaseRadio;
    @FXML private Label ownLabel;
    @FXML private StackedBarChart<Number, String> chart;
    @FXML private NumberAxis countAxis;
    @FXML private CategoryAxis dutyAxis;
    @FXML private GridPane dutyGrid;

    public CompletionView(CompletionViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.root = FxmlViews.load(this, "Completion.fxml");
    }

    @FXML
    private void initialize() {
        FocusScroll.follow(scroll);
        progress.visibleProperty().bind(viewModel.busyProperty());
        FxForms.showWhenNotEmpty(errorLabel, viewModel.errorProperty());
        FxForms.showWhenNotEmpty(ownLabel, viewModel.ownSectionTextProperty());
        setRadio.setUserData(FlagWorkKind.SET);
        releaseRadio.setUserData(FlagWorkKind.RELEASE);
        FxForms.bindToggles(kindGroup, viewModel.kindProperty());
        FxForms.enterPresses(reloadButton);

        countAxis.setLabel(Messages.get("completion.axis.persons"));
        countAxis.setTickUnit(1);
        countAxis.setMinorTickVisible(false);
        chart.setCategoryGap(14);
        viewModel.duties().addListener((ListChangeListener<DutyProgress>) change -> show());
        show();
    }

    private void show() {
        List<DutyProgress> duties = List.copyOf(viewModel.duties());
        showChart(duties);
        showTable(duties);
    }

    private void showChart(List<DutyProgress> duties) {
        List<String> labels = chartLabels(duties);
        XYChart.Series<Number, String> confirmed = series(Messages.get("completion.series.confirmed"));
        XYChart.Series<Number, String> pending = series(Messages.get("completion.series.pendingInTime"));
        XYChart.Series<Number, String> overdue = series(Messages.get("completion.series.overdue"));
        for (int i = 0; i < duties.size(); i++) {
            DutyProgress duty = duties.get(i);
            confirmed.getData().add(new XYChart.Data<>(duty.confirmed(), labels.get(i)));
            pending.getData().add(new XYChart.Data<>(duty.pendingInTime(), labels.get(i)));
            overdue.getData().add(new XYChart.Data<>(duty.overdue(), labels.get(i)));
        }
        // A horizontal chart draws its first category at the bottom: reversed, the list reads top down.
        List<String> topDown = new ArrayList<>(labels);
        java.util.Collections.reverse(topDown);
        chart.getData().clear();
        dutyAxis.setCategories(FXCollections.observableArrayList(topDown));
        chart.getData().setAll(List.of(confirmed, pending, overdue));
        int max = duties.stream().mapToInt(DutyProgress::total).max().orElse(0);
        countAxis.setTickUnit(Math.max(1, niceStep(max)));
        double height = Math.max(220, duties.size() * BAR_ROW_HEIGHT + 110);
        chart.setMinHeight(height);
        chart.setPrefHeight(height);
        chart.setVisible(!duties.isEmpty());
        chart.setManaged(!duties.isEmpty());
    }

    /** Wrapped, unique labels: the chart needs every category to differ. */
    private static List<String> chartLabels(List<DutyProgress> duties) {
        Set<String> seen = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (DutyProgress duty : duties) {
            String label = duty.wrappedLabel(LABEL_CHARS_PER_LINE);
            if (!seen.add(label)) {
                label = label + Messages.get("completion.dutyId", duty.dutyId());
                seen.add(label);
            }
            labels.add(label);
        }
        return labels;
    }

    /** A tick unit of 1, 2, 5, 10, 20, 50... giving at most about ten ticks. */
    static int niceStep(int max) {
        for (int magnitude = 1; magnitude < Integer.MAX_VALUE / 10; magnitude *= 10) {
            for (int base : new int[] {1, 2, 5}) {
                if (max / (base * magnitude) <= 10) {
                    return base * magnitude;
                }
            }
        }
        return Integer.MAX_VALUE / 10;
    }

    private static XYChart.Series<Number, String> series(String name) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private void showTable(List<DutyProgress> duties) {
        dutyGrid.getChildren().clear();
        dutyGrid.getColumnConstraints().setAll(column(19, false), column(33, false), column(20, false),
                column(7, true), column(9, true), column(7, true), column(5, true));
        String[] headings = {Messages.get("completion.column.section"), Messages.get("completion.column.business"),
            Messages.get("completion.column.system"), Messages.get("completion.column.confirmed"),
            Messages.get("completion.column.pendingInTime"), Messages.get("completion.column.overdue"),
            Messages.get("completion.column.total")};
        for (int c = 0; c < headings.length; c++) {
            dutyGrid.add(cell(headings[c], "completion-heading"), c, 0);
        }
        int row = 1;
        for (DutyProgress duty : duties) {
            String style = duty.ownSection() ? "completion-own" : "completion-cell";
            dutyGrid.addRow(row++, cell(duty.sectionName(), style), cell(duty.businessName(), style),
                    cell(duty.systemName(), style), number(duty.confirmed(), style),
                    number(duty.pendingInTime(), style),
                    number(duty.overdue(), duty.overdue() > 0 ? "completion-overdue" : style),
                    number(duty.total(), style));
        }
        if (duties.isEmpty() && viewModel.loadedProperty().get()) {
            dutyGrid.add(cell(Messages.get("completion.none"), "note"), 0, 1, 7, 1);
        }
    }

    private static ColumnConstraints column(double percent, boolean number) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHgrow(Priority.ALWAYS);
        column.setHalignment(number ? HPos.RIGHT : HPos.LEFT);
        return column;
    }

    private static Label number(int value, String styleClass) {
        Label label = cell(Integer.toString(value), styleClass);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // Every cell of a row as high as the row, so the row's line runs straight.
        label.setMaxHeight(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    @FXML
    private void reload() {
        viewModel.load();
    }

    /** Puts the focus on the choice of work. */
    public void focusInitial() {
        Platform.runLater(setRadio::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
