package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.domain.FlagWorkKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, item 9: request → 解除前確認 → the chief approves → the linkage section's worklist
 * shows the person → it confirms the release; the same for a deletion. In the real window,
 * against the real server, with a fresh fictional person each.
 */
class ReleaseFlowIT extends WorkUiFixture {

    private static final String KOSEKI_CLERK = "koseki.clerk";
    private static final String RESIDENT_SYSTEM = "住民記録システム";

    @Test
    void releaseFromOtherHolderToLastHolderApprovalAndConfirmedFlagRelease() throws Exception {
        Person person = WorkSessions.newPerson();
        long zeimu = sessions.register(CLERK, person, false);
        long kodomo = sessions.register(KODOMO_CLERK, person, true);
        confirmSetBy(KOSEKI_CLERK, person);

        startSharedTerminal();
        logInFromList(CLERK);
        openPerson(person);
        assertTrue(showingIn(PERSON, "#releaseButton"), "税務課 holds the person and may ask");
        openReleaseRequest(() -> showingIn(REQUEST, "#precheckHeading"));
        assertEquals("ほかに 1 所属がこの対象者を保有しています", textIn(REQUEST, "#precheckHeading"));
        assertTrue(lookup(REQUEST + " #otherHolders .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("子ども家庭課")), "the other holder is named");
        assertTrue(disabled(REQUEST + " #sendButton"));
        screenshot("release-request-other-holder");
        clickShown(REQUEST + " #backButton");
        await(() -> showingIn(PERSON, "#releaseButton"));

        // 子ども家庭課 releases meanwhile: 税務課 is now the last holder.
        releasedBy("kodomo", kodomo);
        openReleaseRequest(() -> showingIn(REQUEST, "#precheckHeading")
                && textIn(REQUEST, "#precheckHeading").equals("この所属が最後の保有課です"));
        assertTrue(textIn(REQUEST, "#precheckLead").contains("すべて、それぞれのシステムで"),
                textIn(REQUEST, "#precheckLead"));
        assertTrue(lookup(REQUEST + " #dutyList .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("戸籍住民課：住民基本台帳（住民記録システム）")));
        clickOn(REQUEST + " #releaseRadio");
        clickOn(REQUEST + " #applicationRadio");
        assertTrue(disabled(REQUEST + " #sendButton"), "not before the check was confirmed");
        assertEquals("解除前確認の内容を確認し、「確認しました」にチェックを入れてください。",
                textIn(REQUEST, "#blockedLabel"));
        screenshot("release-request-last-holder");
        clickShown(REQUEST + " #acknowledgeBox");
        assertTrue(lookup(REQUEST + " #acknowledgeBox").queryAs(CheckBox.class).isSelected());
        await(() -> !disabled(REQUEST + " #sendButton"));
        clickShown(REQUEST + " #sendButton");
        await(() -> showingIn(REQUEST, "#messageLabel"));
        assertEquals("解除の依頼（本人の申出による解除）を送りました。所属長の承認を待っています。",
                textIn(REQUEST, "#messageLabel"));
        screenshot("release-request-sent");
        // Each step is one audited procedure call; leaving the request reads the person again.
        assertEquals(List.of("PERSON_SEARCH", "PERSON_VIEW", "RELEASE_PRECHECK", "PERSON_VIEW", "RELEASE_PRECHECK",
                "RELEASE_REQUEST"), procedureActions(CLERK).stream().filter(a -> !List.of("WORK_COUNTS",
                        "SCREEN_ACTION", "SESSION_INFO").contains(a)).toList());
        logOut();

        logInFromList(CHIEF);
        await(() -> showing("#badge-release-approvals") && !text("#badge-release-approvals").isEmpty());
        screenshot("main-chief-counts");
        open("#nav-release-approvals");
        await(() -> rowOf(person) >= 0);
        interact(() -> requestTable().getSelectionModel().select(rowOf(person)));
        await(() -> showingIn(APPROVALS, "#precheckHeading")
                && textIn(APPROVALS, "#precheckHeading").equals("この所属が最後の保有課です"));
        assertFalse(disabled(APPROVALS + " #approveButton"));
        screenshot("approvals-selected");
        clickShown(APPROVALS + " #approveButton");
        await(() -> showingIn(APPROVALS, "#confirmBox") && focused(APPROVALS + " #cancelButton"));
        screenshot("approvals-confirm");
        clickShown(APPROVALS + " #confirmButton");
        await(() -> showingIn(APPROVALS, "#messageLabel"));
        assertEquals(person.nameKanji() + " さんの解除を承認しました。", textIn(APPROVALS, "#messageLabel"));
        assertEquals(-1, rowOf(person));
        screenshot("approvals-approved");
        logOut();

        logInFromList(KOSEKI_CLERK);
        open("#nav-worklist");
        chooseInWorklist(FlagWorkKind.RELEASE, person);
        screenshot("worklist-release");
        type(KeyCode.ENTER);
        await(() -> showingIn(WORKLIST, "#confirmLayer") && focused(WORKLIST + " #cancelButton"));
        assertEquals("次のシステムで、自動応答不可フラグと不開示該当フラグを解除したことを確認します。",
                textIn(WORKLIST, "#confirmHeading"));
        assertTrue(lookup(WORKLIST + " .dialog-system").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(RESIDENT_SYSTEM + "（住民基本台帳）：1名")));
        screenshot("worklist-confirm-release");
        clickOn(WORKLIST + " #confirmButton");
        await(() -> showingIn(WORKLIST, "#messageLabel"));
        assertEquals("1件の確認を記録しました。", textIn(WORKLIST, "#messageLabel"));
        assertTrue(worklistTable(FlagWorkKind.RELEASE).getItems().stream()
                .noneMatch(i -> i.addresseeNumber().equals(person.number())));
        List<AuditRow> confirms = rowsSinceStart(KOSEKI_CLERK, "FLAG_CONFIRM");
        assertEquals(1, confirms.size(), confirms::toString);
        assertEquals("OK", confirms.get(0).outcome());
        assertEquals(Long.toString(sessions.personId(person)), confirms.get(0).target());
    }

    @Test
    void deletionOfAnErroneousRegistrationThroughApprovalToTheConfirmedRelease() throws Exception {
        Person person = WorkSessions.newPerson();
        sessions.register(CLERK, person, false);
        confirmSetBy(KOSEKI_CLERK, person);

        startSharedTerminal();
        logInFromList(CLERK);
        openPerson(person);
        openReleaseRequest(() -> showingIn(REQUEST, "#precheckHeading")
                && textIn(REQUEST, "#precheckHeading").equals("この所属が最後の保有課です"));
        clickOn(REQUEST + " #deleteRadio");
        assertFalse(showingIn(REQUEST, "#applicationRadio"), "release bases are not offered for a deletion");
        clickOn(REQUEST + " #erroneousRadio");
        clickShown(REQUEST + " #acknowledgeBox");
        await(() -> !disabled(REQUEST + " #sendButton"));
        assertEquals("削除の依頼を送る", textIn(REQUEST, "#sendButton"));
        screenshot("deletion-request");
        clickShown(REQUEST + " #sendButton");
        await(() -> showingIn(REQUEST, "#messageLabel"));
        assertEquals("削除の依頼（登録誤り）を送りました。所属長の承認を待っています。", textIn(REQUEST, "#messageLabel"));
        logOut();

        logInFromList(CHIEF);
        open("#nav-release-approvals");
        await(() -> rowOf(person) >= 0);
        interact(() -> requestTable().getSelectionModel().select(rowOf(person)));
        await(() -> showingIn(APPROVALS, "#precheckHeading") && !disabled(APPROVALS + " #approveButton"));
        assertEquals("削除（登録誤り）", textIn(APPROVALS, "#requestValue"));
        clickShown(APPROVALS + " #approveButton");
        await(() -> showingIn(APPROVALS, "#confirmBox"));
        clickShown(APPROVALS + " #confirmButton");
        await(() -> showingIn(APPROVALS, "#messageLabel"));
        assertTrue(textIn(APPROVALS, "#messageLabel").endsWith("さんの削除を承認しました。"),
                textIn(APPROVALS, "#messageLabel"));
        logOut();

        // 戸籍住民課 had confirmed the flags set, so the person stays until it confirms their release.
        logInFromList(KOSEKI_CLERK);
        open("#nav-worklist");
        chooseInWorklist(FlagWorkKind.RELEASE, person);
        clickOn(WORKLIST + " #releaseConfirmButton");
        await(() -> showingIn(WORKLIST, "#confirmLayer"));
        clickOn(WORKLIST + " #confirmButton");
        await(() -> showingIn(WORKLIST, "#messageLabel"));
        assertEquals("1件の確認を記録しました。", textIn(WORKLIST, "#messageLabel"));
        assertTrue(sessions.setUpSession(CLERK).procedures(RegistryApi.class)
                .lookupNumber("person.search", person.number()).isEmpty(),
                "with the last release confirmed, the erroneous person is gone");
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<jp.mamori.db.domain.PendingRequest> requestTable() {
        return (javafx.scene.control.TableView<jp.mamori.db.domain.PendingRequest>) lookup(
                APPROVALS + " #requestTable").query();
    }

    private int rowOf(Person person) {
        if (lookup(APPROVALS + " #requestTable").tryQuery().isEmpty()) {
            return -1;
        }
        List<jp.mamori.db.domain.PendingRequest> rows = requestTable().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).addresseeNumber().equals(person.number())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Opens the request from the person view with the keyboard, as a clerk would. The person view
     * reloads when a request screen closes; a key press that lands while it rebuilds is repeated
     * (at most three times), so the flow, not the timing of a reload, is what is tested.
     */
    private void openReleaseRequest(java.util.concurrent.Callable<Boolean> opened) throws Exception {
        for (int attempt = 1; ; attempt++) {
            await(() -> showingIn(PERSON, "#releaseButton") && !disabled(PERSON + " #releaseButton"));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            interact(() -> lookup(PERSON + " #releaseButton").query().requestFocus());
            type(KeyCode.ENTER);
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                        () -> org.testfx.util.WaitForAsyncUtils.asyncFx(opened).get());
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
