package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.demo.DemoCatalog;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReviewItem;
import org.junit.jupiter.api.Test;

/**
 * The worklist with overdue rows, the completion chart, 要確認, a chief's own request and a
 * waiting request, in the real window against the demo data of the real server.
 */
class WorkScreensIT extends WorkUiFixture {

    private static final String COMPLETION = ".completion-screen";
    private static final String REVIEW = ".review-screen";

    @Test
    void theWorklistMarksOverdueRowsAndNamesTheSystemBeforeAnythingIsRecorded() throws Exception {
        logInAs(CLERK);
        open("#nav-worklist");
        await(() -> lookup(WORKLIST + " #setTable").tryQuery().isPresent() && !worklistTable(FlagWorkKind.SET)
                .getItems().isEmpty());
        TableView<FlagWorkItem> table = worklistTable(FlagWorkKind.SET);
        assertTrue(table.getItems().get(0).overdue(), "the demo data has old, overdue work first");
        await(() -> lookup(WORKLIST + " .overdue-mark").queryAll().stream()
                .anyMatch(n -> "期限超過".equals(((javafx.scene.control.Labeled) n).getText())));
        screenshot("worklist-set");

        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().selectRange(0, 3);
        });
        type(KeyCode.ENTER);
        await(() -> showingIn(WORKLIST, "#confirmLayer") && focused(WORKLIST + " #cancelButton"));
        assertEquals("次のシステムで、自動応答不可フラグと不開示該当フラグを設定したことを確認します。",
                textIn(WORKLIST, "#confirmHeading"));
        assertEquals(List.of("課税資料管理システム（特別区民税・都民税）：3名"), lookup(WORKLIST + " .dialog-system")
                .queryAllAs(Label.class).stream().map(Label::getText).toList());
        assertEquals("設定済みとして記録する（3件）", textIn(WORKLIST, "#confirmButton"));
        screenshot("worklist-confirm-set");
        type(KeyCode.ESCAPE);
        await(() -> !showingIn(WORKLIST, "#confirmLayer"));
        assertTrue(rowsSinceStart(CLERK, "FLAG_CONFIRM").isEmpty(), "nothing recorded without the confirmation");
    }

    @Test
    void theCompletionChartShowsEveryDutyWithItsWholeName() throws Exception {
        logInAs(CHIEF);
        open("#nav-worklist-summary");
        await(() -> lookup(COMPLETION + " #chart").tryQuery().isPresent() && !chart().getData().isEmpty()
                && !chart().getData().get(0).getData().isEmpty());
        int duties = DemoCatalog.load().linkageDuties().size();
        assertEquals(duties, chart().getData().get(0).getData().size());
        assertTrue(textIn(COMPLETION, "#ownLabel").startsWith("税務課（1事務）：設定確認済み"), textIn(COMPLETION, "#ownLabel"));
        screenshot("completion-set");
        assertLabelsWhole();

        clickOn(COMPLETION + " #releaseRadio");
        await(() -> textIn(COMPLETION, "#ownLabel").contains("解除確認済み"));
        screenshot("completion-release");
        interact(() -> lookup(COMPLETION).queryAs(ScrollPane.class).setVvalue(1));
        screenshot("completion-table");
        List<String> sections = lookup(COMPLETION + " #dutyGrid .completion-own").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(sections.contains("税務課") && sections.contains("課税資料管理システム"), sections::toString);
        assertEquals(List.of("FLAG_SUMMARY"), procedureActions(CHIEF).stream()
                .filter(a -> a.startsWith("FLAG_")).toList(), "the kind switch reads nothing again");
    }

    /** Every duty's name beside the chart is shown, whole, inside the chart. */
    private void assertLabelsWhole() throws Exception {
        StackedBarChart<Number, String> chart = chart();
        CategoryAxis axis = (CategoryAxis) chart.getYAxis();
        List<Text> labels = axis.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(Text.class::cast).filter(t -> !t.getText().isEmpty()).toList();
        assertEquals(axis.getCategories().size(), labels.size());
        Bounds chartBounds = chart.localToScene(chart.getBoundsInLocal());
        for (Text label : labels) {
            assertTrue(label.isVisible(), "hidden: " + label.getText());
            Bounds b = label.localToScene(label.getBoundsInLocal());
            assertTrue(b.getMinX() >= chartBounds.getMinX() - 0.5, "cut at the left: " + label.getText());
            assertTrue(b.getMaxX() <= chartBounds.getMaxX(), "cut at the right: " + label.getText());
        }
        for (int i = 1; i < labels.size(); i++) {
            Bounds a = labels.get(i - 1).localToScene(labels.get(i - 1).getBoundsInLocal());
            Bounds b = labels.get(i).localToScene(labels.get(i).getBoundsInLocal());
            assertFalse(a.intersects(b), "overlapping: " + labels.get(i - 1).getText() + " / " + labels.get(i).getText());
        }
    }

    @SuppressWarnings("unchecked")
    private StackedBarChart<Number, String> chart() {
        return (StackedBarChart<Number, String>) lookup(COMPLETION + " #chart").query();
    }

    @Test
    void aReviewIsConfirmedFromTheList() throws Exception {
        logInAs(CLERK);
        open("#nav-review");
        await(() -> lookup(REVIEW + " #reviewTable").tryQuery().isPresent() && !reviewRows().isEmpty());
        screenshot("review");
        ReviewItem first = reviewRows().get(0);
        interact(() -> {
            lookup(REVIEW + " #reviewTable").queryTableView().getSelectionModel().select(0);
            lookup(REVIEW + " #reviewTable").query().requestFocus();
        });
        type(KeyCode.ENTER);
        await(() -> showingIn(REVIEW, "#messageLabel"));
        assertEquals(first.nameKanji() + "（宛名番号 " + first.addresseeNumber() + "）を確認済みにしました。",
                textIn(REVIEW, "#messageLabel"));
        await(() -> reviewRows().stream().noneMatch(r -> r.registrationId() == first.registrationId()));
        screenshot("review-confirmed");
        assertEquals(1, rowsSinceStart(CLERK, "REVIEW_CONFIRM").size());
    }

    @SuppressWarnings("unchecked")
    private List<ReviewItem> reviewRows() {
        return ((TableView<ReviewItem>) lookup(REVIEW + " #reviewTable").query()).getItems();
    }

    @Test
    void aChiefSeesTheirOwnRequestButCannotDecideIt() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register(CHIEF, person, false);
        ReleaseApi chiefApi = sessions.setUpSession(CHIEF).procedures(ReleaseApi.class);
        long request = chiefApi.request("release.request", registration, ReleaseBasis.NO_LONGER_NEEDED);
        try {
            logInAs(CHIEF);
            open("#nav-release-approvals");
            await(() -> lookup(APPROVALS + " #requestTable").tryQuery().isPresent() && lookup(APPROVALS
                    + " #requestTable").queryTableView().getItems().stream()
                    .anyMatch(r -> ((jp.mamori.db.domain.PendingRequest) r).requestId() == request));
            interact(() -> {
                TableView<?> table = lookup(APPROVALS + " #requestTable").queryTableView();
                int row = 0;
                while (((jp.mamori.db.domain.PendingRequest) table.getItems().get(row)).requestId() != request) {
                    row++;
                }
                table.getSelectionModel().select(row);
            });
            await(() -> showingIn(APPROVALS, "#ownLabel") && showingIn(APPROVALS, "#precheckHeading"));
            assertFalse(showingIn(APPROVALS, "#decisionPane"), "no 承認 or 却下 for one's own request");
            assertEquals("これはご自身が出した依頼です。承認・却下は、同じ所属の別の所属長が行います。",
                    textIn(APPROVALS, "#ownLabel"));
            screenshot("approvals-own-request");
        } finally {
            chiefApi.withdraw("release.request", request);
        }
    }

    @Test
    void aWaitingRequestIsShownInsteadOfANewOne() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register(CLERK, person, false);
        ReleaseApi chiefApi = sessions.setUpSession(CHIEF).procedures(ReleaseApi.class);
        long request = chiefApi.request("release.request", registration, ReleaseBasis.DUPLICATE);
        try {
            logInAs(CLERK);
            openPerson(person);
            clickOn(PERSON + " #releaseButton");
            await(() -> showingIn(REQUEST, "#pendingLabel"));
            assertTrue(textIn(REQUEST, "#pendingLabel").startsWith(
                    "承認待ちの依頼があります：削除（重複登録）、依頼者 zeimu.chief"), textIn(REQUEST, "#pendingLabel"));
            assertFalse(showingIn(REQUEST, "#withdrawButton"), "only the requester withdraws");
            assertTrue(disabled(REQUEST + " #sendButton"));
            screenshot("release-request-pending");
        } finally {
            chiefApi.withdraw("release.request", request);
        }
    }
}
