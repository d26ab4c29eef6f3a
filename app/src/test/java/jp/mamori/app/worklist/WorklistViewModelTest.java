package jp.mamori.app.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.mamori.app.common.Messages;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.testsupport.AuditRows;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.ReleaseBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ワークリスト without a window, against the real server. */
class WorklistViewModelTest {

    private static final String TAX_SYSTEM = "課税資料管理システム";

    private WorkSessions sessions;

    @BeforeEach
    void start() {
        sessions = new WorkSessions();
    }

    @AfterEach
    void stop() {
        sessions.close();
    }

    private static List<FlagWorkItem> rowsOf(WorklistViewModel vm, FlagWorkKind kind, Person person) {
        return vm.items(kind).stream().filter(i -> i.addresseeNumber().equals(person.number())).toList();
    }

    @Test
    void aNewRegistrationAppearsToSetIsConfirmedAfterTheSystemIsNamedAndThenToRelease() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register("kodomo.clerk", person, false);
        ScreenContext context = sessions.context("zeimu.clerk");
        WorklistViewModel vm = new WorklistViewModel(context);

        vm.load();
        List<FlagWorkItem> toSet = rowsOf(vm, FlagWorkKind.SET, person);
        assertEquals(1, toSet.size(), "税務課 has one linkage duty: " + toSet);
        assertEquals(TAX_SYSTEM, toSet.get(0).systemName());
        assertEquals(0, toSet.get(0).ageDays());
        assertTrue(rowsOf(vm, FlagWorkKind.RELEASE, person).isEmpty());
        assertEquals(vm.items(FlagWorkKind.SET).size() + vm.items(FlagWorkKind.RELEASE).size(),
                context.badges().worklistOpenProperty().get(), "badge follows the lists");
        assertTrue(isOldestFirst(vm.items(FlagWorkKind.SET)));

        vm.requestConfirmation(FlagWorkKind.SET, toSet);
        FlagConfirmation confirmation = vm.confirmingProperty().get();
        assertNotNull(confirmation);
        assertEquals(List.of("課税資料管理システム（特別区民税・都民税）：1名"), confirmation.systemLines());
        assertTrue(confirmation.personLines().get(0).contains(person.number()));
        long mark = AuditRows.mark();
        vm.confirm();
        assertNull(vm.confirmingProperty().get());
        assertEquals(Messages.get("worklist.result.confirmed", 1), vm.messageProperty().get());
        assertTrue(rowsOf(vm, FlagWorkKind.SET, person).isEmpty(), "confirmed rows leave the list");
        assertEquals(List.of("FLAG_CONFIRM", "FLAG_WORKLIST"),
                AuditRows.since(mark, "zeimu.clerk").stream().map(AuditRows.Row::action).toList());

        // 子ども家庭課 releases its only registration: 税務課 confirmed setting, so it must release.
        long request = sessions.setUpSession("kodomo.clerk").procedures(ReleaseApi.class)
                .request("release.request", registration, ReleaseBasis.APPLICATION);
        sessions.setUpSession("kodomo.chief").procedures(ReleaseApi.class).approve("release.approvals", request, 0);
        vm.load();
        List<FlagWorkItem> toRelease = rowsOf(vm, FlagWorkKind.RELEASE, person);
        assertEquals(1, toRelease.size());
        vm.requestConfirmation(FlagWorkKind.RELEASE, toRelease);
        assertEquals(Messages.get("worklist.confirm.heading.release"), vm.confirmingProperty().get().heading());
        vm.confirm();
        assertEquals(Messages.get("worklist.result.confirmed", 1), vm.messageProperty().get());
        assertTrue(rowsOf(vm, FlagWorkKind.RELEASE, person).isEmpty());
    }

    @Test
    void aRowConfirmedMeanwhileBySomeoneElseIsReportedNotRecordedTwice() throws Exception {
        Person person = WorkSessions.newPerson();
        sessions.register("zeimu.clerk", person, false);
        WorklistViewModel clerk = new WorklistViewModel(sessions.context("zeimu.clerk"));
        WorklistViewModel chief = new WorklistViewModel(sessions.context("zeimu.chief"));
        clerk.load();
        chief.load();

        chief.requestConfirmation(FlagWorkKind.SET, rowsOf(chief, FlagWorkKind.SET, person));
        chief.confirm();
        clerk.requestConfirmation(FlagWorkKind.SET, rowsOf(clerk, FlagWorkKind.SET, person));
        clerk.confirm();
        assertEquals(Messages.get("worklist.result.alreadyConfirmed", 1), clerk.messageProperty().get());
        assertEquals("", clerk.errorProperty().get());
    }

    @Test
    void cancellingRecordsNothing() throws Exception {
        Person person = WorkSessions.newPerson();
        sessions.register("zeimu.clerk", person, false);
        WorklistViewModel vm = new WorklistViewModel(sessions.context("zeimu.clerk"));
        vm.load();
        vm.requestConfirmation(FlagWorkKind.SET, rowsOf(vm, FlagWorkKind.SET, person));
        long mark = AuditRows.mark();
        vm.cancelConfirmation();
        vm.confirm();
        assertTrue(AuditRows.since(mark, "zeimu.clerk").isEmpty());
        assertEquals(1, rowsOf(vm, FlagWorkKind.SET, person).size());
    }

    private static boolean isOldestFirst(List<FlagWorkItem> items) {
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).dueSince().isAfter(items.get(i).dueSince())) {
                return false;
            }
        }
        return true;
    }
}
