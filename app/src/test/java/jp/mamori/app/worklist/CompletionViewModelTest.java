package jp.mamori.app.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.demo.DemoCatalog;
import jp.mamori.db.domain.FlagWorkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 完了状況 without a window, against the real server. */
class CompletionViewModelTest {

    private WorkSessions sessions;

    @BeforeEach
    void start() {
        sessions = new WorkSessions();
    }

    @AfterEach
    void stop() {
        sessions.close();
    }

    @Test
    void everyDutyIsCountedAndAFreshRegistrationIsPendingForEachOfThem() throws Exception {
        CompletionViewModel before = new CompletionViewModel(sessions.context("hogo.chief"));
        before.load();
        Person person = WorkSessions.newPerson();
        sessions.register("hogo.clerk", person, false);
        CompletionViewModel vm = new CompletionViewModel(sessions.context("hogo.chief"));
        vm.load();

        assertEquals(DemoCatalog.load().linkageDuties().size(), vm.duties().size(), "one row per active duty");
        for (int i = 0; i < vm.duties().size(); i++) {
            DutyProgress was = before.duties().get(i);
            DutyProgress now = vm.duties().get(i);
            assertEquals(was.dutyId(), now.dutyId());
            assertEquals(was.pending() + 1, now.pending(), "the new person waits at " + now.label());
            assertEquals(now.total(), now.confirmed() + now.pendingInTime() + now.overdue());
        }
        List<DutyProgress> own = vm.duties().stream().filter(DutyProgress::ownSection).toList();
        assertEquals(3, own.size(), "生活福祉課 has three duties");
        assertTrue(own.stream().allMatch(d -> d.sectionCode().equals("HOGO")));
        assertTrue(vm.ownSectionTextProperty().get().startsWith("生活福祉課（保護担当課）（3事務）：設定確認済み"),
                vm.ownSectionTextProperty().get());

        vm.kindProperty().set(FlagWorkKind.RELEASE);
        assertTrue(vm.ownSectionTextProperty().get().contains("解除確認済み"), vm.ownSectionTextProperty().get());
        assertEquals(DemoCatalog.load().linkageDuties().size(), vm.duties().size());
    }

    @Test
    void longDutyNamesAreBrokenIntoLinesNotCut() {
        String name = "保健予防課：医療費助成（精神障害者）、自立支援医療費（精神通院）制度、精神保健福祉手帳制度";
        String wrapped = DutyProgress.wrap(name, 16);
        assertEquals(name, wrapped.replace("\n", ""), "nothing is lost");
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 16, line);
        }
        for (String word : List.of("医療費助成", "精神障害者", "自立支援医療費", "精神通院", "精神保健福祉手帳制度")) {
            assertTrue(List.of(wrapped.split("\n")).stream().anyMatch(line -> line.contains(word)),
                    "breaks at punctuation, not inside " + word + ": " + wrapped);
        }
        assertEquals("税務課：特別区民税・都民税", DutyProgress.wrap("税務課：特別区民税・都民税", 16));
        assertFalse(DutyProgress.wrap("あ".repeat(40), 16).contains("\n\n"));
    }
}
