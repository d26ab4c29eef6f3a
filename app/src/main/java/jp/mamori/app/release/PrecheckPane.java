package jp.mamori.app.release;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.DutyFlagState;
import jp.mamori.db.domain.HoldingSection;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.ReleasePrecheck;

/**
 * Shows a 解除前確認: the other sections that still hold the person, or — when the section is the
 * last holder — a prominent warning with every linkage duty and what the release means for it.
 * Built in code because its rows depend on the check; used by the request and by the approval.
 */
public final class PrecheckPane {

    private final VBox root = new VBox();

    public PrecheckPane() {
        root.getStyleClass().add("precheck");
        root.setId("precheckPane");
    }

    /** Shows {@code precheck} for a request of {@code kind} (null: not chosen); null clears. */
    public void show(ReleasePrecheck precheck, ReleaseKind kind) {
        root.getChildren().clear();
        root.getStyleClass().removeAll("precheck-last", "precheck-others");
        if (precheck == null) {
            root.getChildren().add(label(Messages.get("precheck.loading"), "note"));
            return;
        }
        root.getStyleClass().add(precheck.lastHolder() ? "precheck-last" : "precheck-others");
        Label heading = label(PrecheckTexts.heading(precheck), "precheck-heading");
        heading.setId("precheckHeading");
        Label lead = label(PrecheckTexts.lead(precheck, kind), "precheck-lead");
        lead.setId("precheckLead");
        root.getChildren().addAll(heading, lead);
        if (precheck.lastHolder()) {
            root.getChildren().addAll(label(PrecheckTexts.dutyCounts(precheck), "precheck-counts"),
                    dutyGrid(precheck), label(Messages.get("precheck.last.unconfirmedNote"), "note"));
        } else if (!precheck.otherHolders().isEmpty()) {
            root.getChildren().add(holderGrid(precheck));
        }
    }

    private static GridPane holderGrid(ReleasePrecheck precheck) {
        GridPane grid = grid(65, 35);
        grid.setId("otherHolders");
        grid.addRow(0, label(Messages.get("precheck.column.section"), "precheck-column"),
                label(Messages.get("precheck.column.inputDate"), "precheck-column"));
        int row = 1;
        for (HoldingSection holder : precheck.otherHolders()) {
            grid.addRow(row++, label(holder.sectionName(), "precheck-holder"),
                    label(ReleaseTexts.date(holder.inputDate()), "precheck-cell"));
        }
        return grid;
    }

    private static GridPane dutyGrid(ReleasePrecheck precheck) {
        GridPane grid = grid(58, 42);
        grid.setId("dutyList");
        grid.addRow(0, label(Messages.get("precheck.column.duty"), "precheck-column"),
                label(Messages.get("precheck.column.consequence"), "precheck-column"));
        int row = 1;
        for (DutyFlagState duty : precheck.duties()) {
            Label consequence = label(ReleaseTexts.dutyConsequence(duty.setStatus()),
                    duty.releaseNeeded() ? "precheck-must-release" : "precheck-cell");
            grid.addRow(row++, label(PrecheckTexts.duty(duty), "precheck-cell"), consequence);
        }
        return grid;
    }

    private static GridPane grid(double... percents) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("precheck-grid");
        for (double percent : percents) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // A wrapped label must grow in height rather than end in an ellipsis.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    public VBox root() {
        return root;
    }
}
