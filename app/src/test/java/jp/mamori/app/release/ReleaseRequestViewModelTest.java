package jp.mamori.app.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.app.common.Messages;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.testsupport.AuditRows;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.ReleasePrecheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 解除・削除の依頼 without a window, against the real server. */
class ReleaseRequestViewModelTest {

    private WorkSessions sessions;

    @BeforeEach
    void start() {
        sessions = new WorkSessions();
    }

    @AfterEach
    void stop() {
        sessions.close();
    }

    private ReleaseRequestViewModel request(String userName, Person person, long registrationId) throws Exception {
        ScreenContext context = sessions.context(userName);
        return new ReleaseRequestViewModel(context.session(), context.actions(), context.errors(),
                new ReleaseTarget(registrationId, person.number(), person.nameKanji(), person.nameKana(),
                        LocalDate.now(ReleaseTexts.ZONE)));
    }

    @Test
    void theLastHolderSeesEveryDutyAndSendsOnlyAfterChoosingAndConfirming() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register("zeimu.clerk", person, false);
        ReleaseRequestViewModel vm = request("zeimu.clerk", person, registration);
        long mark = AuditRows.mark();

        vm.load();
        ReleasePrecheck check = vm.precheckProperty().get();
        assertNotNull(check);
        assertTrue(check.lastHolder(), "only 税務課 holds the person");
        assertTrue(check.otherHolders().isEmpty());
        assertFalse(check.duties().isEmpty(), "every linkage duty is listed");
        assertTrue(check.duties().stream().anyMatch(d -> d.systemName().equals("課税資料管理システム")));
        assertEquals(Messages.get("precheck.last.heading"), PrecheckTexts.heading(check));
        assertEquals(List.of("RELEASE_PRECHECK"), actions(mark));

        assertEquals(Messages.get("release.request.blocked.kind"), vm.blockedReasonBinding().get());
        vm.kindProperty().set(ReleaseKind.RELEASE);
        assertEquals(List.of(ReleaseBasis.APPLICATION, ReleaseBasis.NO_LONGER_NEEDED), vm.bases());
        assertEquals(Messages.get("release.request.blocked.basis"), vm.blockedReasonBinding().get());
        vm.basisProperty().set(ReleaseBasis.APPLICATION);
        vm.kindProperty().set(ReleaseKind.DELETE);
        assertNull(vm.basisProperty().get(), "a basis of the other kind does not survive a change of kind");
        assertEquals(List.of(ReleaseBasis.ERRONEOUS, ReleaseBasis.DUPLICATE), vm.bases());
        vm.kindProperty().set(ReleaseKind.RELEASE);
        vm.basisProperty().set(ReleaseBasis.NO_LONGER_NEEDED);
        assertEquals(Messages.get("release.request.blocked.acknowledge"), vm.blockedReasonBinding().get());
        vm.send();
        assertEquals(List.of("RELEASE_PRECHECK"), actions(mark), "nothing is sent before the check was confirmed");

        vm.acknowledgedProperty().set(true);
        assertTrue(vm.canSendBinding().get());
        vm.send();
        assertTrue(vm.sentProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(Messages.get("release.request.sent", "解除", "保護の必要がなくなった"), vm.messageProperty().get());
        assertFalse(vm.canSendBinding().get(), "one request, once");
        assertEquals(List.of("RELEASE_PRECHECK", "RELEASE_REQUEST"), actions(mark));

        List<PendingRequest> pending = sessions.setUpSession("zeimu.chief").procedures(ReleaseApi.class)
                .pending("release.approvals");
        PendingRequest sent = pending.stream().filter(r -> r.registrationId() == registration).findFirst()
                .orElseThrow();
        assertEquals(ReleaseBasis.NO_LONGER_NEEDED, sent.basis());
        assertEquals("zeimu.clerk", sent.requestedBy());
    }

    @Test
    void aWaitingRequestBlocksANewOneAndItsRequesterMayWithdrawIt() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register("zeimu.clerk", person, false);
        sessions.setUpSession("zeimu.clerk").procedures(ReleaseApi.class)
                .request("release.request", registration, ReleaseBasis.ERRONEOUS);

        ReleaseRequestViewModel chief = request("zeimu.chief", person, registration);
        chief.load();
        assertNotNull(chief.pendingRequestProperty().get());
        assertEquals(ReleaseKind.DELETE, chief.pendingRequestProperty().get().kind());
        assertEquals(Messages.get("release.request.blocked.pending"), chief.blockedReasonBinding().get());
        assertFalse(chief.canWithdrawBinding().get(), "only the requester withdraws");

        ReleaseRequestViewModel clerk = request("zeimu.clerk", person, registration);
        clerk.load();
        assertTrue(clerk.canWithdrawBinding().get());
        clerk.withdraw();
        assertEquals(Messages.get("release.request.withdrawn"), clerk.messageProperty().get());
        assertNull(clerk.pendingRequestProperty().get());
        assertNull(clerk.precheckProperty().get().pendingRequestId());
        assertEquals(Messages.get("release.request.blocked.kind"), clerk.blockedReasonBinding().get());
    }

    @Test
    void anotherHolderIsNamedAndARequestOvertakenMeanwhileIsRefusedWithTheCheckReread() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register("zeimu.clerk", person, false);
        sessions.register("kodomo.clerk", person, true);

        ReleaseRequestViewModel vm = request("zeimu.clerk", person, registration);
        vm.load();
        ReleasePrecheck check = vm.precheckProperty().get();
        assertFalse(check.lastHolder());
        assertEquals(List.of("子ども家庭課"), check.otherHolders().stream().map(h -> h.sectionName()).toList());
        assertTrue(check.duties().isEmpty(), "duties are listed only when this section is the last holder");
        assertEquals(Messages.get("precheck.others.heading", 1), PrecheckTexts.heading(check));
        vm.kindProperty().set(ReleaseKind.RELEASE);
        vm.basisProperty().set(ReleaseBasis.APPLICATION);
        vm.acknowledgedProperty().set(true);

        // Someone else of the section asks first.
        sessions.setUpSession("zeimu.chief").procedures(ReleaseApi.class)
                .request("release.request", registration, ReleaseBasis.NO_LONGER_NEEDED);
        vm.send();
        assertFalse(vm.sentProperty().get());
        assertEquals(Messages.get("error.refusal.conflictPending"), vm.errorProperty().get());
        assertNotNull(vm.precheckProperty().get().pendingRequestId(), "the check was read again");
        assertFalse(vm.acknowledgedProperty().get(), "a new check must be confirmed again");
        assertEquals("zeimu.chief", vm.pendingRequestProperty().get().requestedBy());
    }

    private static List<String> actions(long mark) throws Exception {
        return AuditRows.since(mark, "zeimu.clerk").stream().map(AuditRows.Row::action).toList();
    }
}
