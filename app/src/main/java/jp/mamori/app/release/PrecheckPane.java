package jp.mamori.app.release;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
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
 * last holder — a prominent warning with every linkage duty and what the release means for it:
 * the duties that will have to release the flags in full, the others folded under their count.
 * Built in code because its rows depend on the check; used by the request and by the approval.
 */
public final class PrecheckPane {

    private final VBox root = new VBox();
    private boolean closingExpanded;

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
            root.getChildren().add(label(PrecheckTexts.dutyCounts(precheck), "precheck-counts"));
            addDuties(precheck);
            root.getChildren().add(label(Messages.get("precheck.last.unconfirmedNote"), "note"));
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

    /**
     * The duties that will have to release the flags, in full; the duties whose unconfirmed work
     * will only be closed, folded away under their count (opened with a click or Space).
     */
    private void addDuties(ReleasePrecheck precheck) {
        List<DutyFlagState> mustRelease = precheck.duties().stream().filter(DutyFlagState::releaseNeeded).toList();
        List<DutyFlagState> closing = precheck.duties().stream().filter(d -> !d.releaseNeeded()).toList();
        if (mustRelease.isEmpty()) {
            root.getChildren().add(label(Messages.get("precheck.last.noneMustRelease"), "precheck-lead"));
        } else {
            GridPane grid = dutyGrid(mustRelease);
            grid.setId("dutyList");
            root.getChildren().add(grid);
        }
        if (!closing.isEmpty()) {
            GridPane grid = dutyGrid(closing);
            grid.setId("closingDuties");
            TitledPane folded = new TitledPane(Messages.get("precheck.last.closing", closing.size()), grid);
            folded.setId("closingPane");
            folded.getStyleClass().add("precheck-folded");
            folded.setExpanded(closingExpanded);
            folded.expandedProperty().addListener((obs, old, now) -> closingExpanded = now);
            root.getChildren().add(folded);
        }
    }

    private static GridPane dutyGrid(List<DutyFlagState> duties) {
        GridPane grid = grid(58, 42);
        grid.addRow(0, label(Messages.get("precheck.column.duty"), "precheck-column"),
                label(Messages.get("precheck.column.consequence"), "precheck-column"));
        int row = 1;
        for (DutyFlagState duty : duties) {
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
