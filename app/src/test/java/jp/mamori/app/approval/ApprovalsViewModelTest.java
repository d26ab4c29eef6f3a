package jp.mamori.app.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mamori.app.common.Messages;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleaseBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 承認待ち without a window, against the real server. */
class ApprovalsViewModelTest {

    private WorkSessions sessions;

    @BeforeEach
    void start() {
        sessions = new WorkSessions();
    }

    @AfterEach
    void stop() {
        sessions.close();
    }

    /** A person registered by 税務課 with a request of {@code requester}; returns the registration id. */
    private long requested(Person person, String requester, ReleaseBasis basis) throws Exception {
        long registration = sessions.register("zeimu.clerk", person, false);
        sessions.setUpSession(requester).procedures(ReleaseApi.class).request("release.request", registration, basis);
        return registration;
    }

    private static PendingRequest select(ApprovalsViewModel vm, long registration) {
        PendingRequest request = vm.requests().stream().filter(r -> r.registrationId() == registration).findFirst()
                .orElseThrow(() -> new AssertionError("request not listed"));
        vm.selectedProperty().set(request);
        return request;
    }

    @Test
    void theChiefApprovesAfterTheCheckAndTheRegistrationIsReleased() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = requested(person, "zeimu.clerk", ReleaseBasis.APPLICATION);
        ScreenContext context = sessions.context("zeimu.chief");
        ApprovalsViewModel vm = new ApprovalsViewModel(context);

        vm.load();
        assertEquals(vm.requests().size(), context.badges().pendingApprovalsProperty().get(), "badge follows");
        assertEquals(Messages.get("approvals.blocked.select"), vm.approveBlockedBinding().get());
        select(vm, registration);
        assertNotNull(vm.precheckProperty().get(), "opening a request reads its check");
        assertTrue(vm.precheckProperty().get().lastHolder());
        assertEquals("", vm.approveBlockedBinding().get());
        assertEquals(Messages.get("approvals.blocked.reason"), vm.rejectBlockedBinding().get());

        vm.requestApproval();
        assertEquals(ApprovalsViewModel.Decision.APPROVE, vm.confirmingProperty().get());
        assertTrue(vm.confirmationText().contains(person.nameKanji()), vm.confirmationText());
        vm.confirmDecision();
        assertEquals("", vm.errorProperty().get());
        assertEquals(Messages.get("approvals.approved", "解除", person.nameKanji()), vm.messageProperty().get());
        assertNull(vm.selectedProperty().get());
        assertTrue(vm.requests().stream().noneMatch(r -> r.registrationId() == registration));

        RegistrationView released = sessions.setUpSession("zeimu.clerk").procedures(RegistryApi.class)
                .person("person.view", sessions.personId(person)).registrations().get(0);
        assertNotNull(released.releaseDate(), "the approval gave the registration its 解除日");
    }

    @Test
    void aRejectionNeedsItsReasonCode() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = requested(person, "zeimu.clerk", ReleaseBasis.DUPLICATE);
        ApprovalsViewModel vm = new ApprovalsViewModel(sessions.context("zeimu.chief"));
        vm.load();
        select(vm, registration);

        vm.requestRejection();
        assertNull(vm.confirmingProperty().get(), "no rejection without a reason");
        vm.rejectReasonProperty().set(RejectReason.OTHER_PROCEDURE);
        vm.requestRejection();
        assertTrue(vm.confirmationText().contains("別の手続によるべき"), vm.confirmationText());
        vm.confirmDecision();
        assertEquals(Messages.get("approvals.rejected", "削除", person.nameKanji(), "別の手続によるべき（解除と削除の取り違え）"),
                vm.messageProperty().get());
        RegistrationView kept = sessions.setUpSession("zeimu.clerk").procedures(RegistryApi.class)
                .person("person.view", sessions.personId(person)).registrations().get(0);
        assertTrue(kept.active(), "a rejected deletion leaves the registration as it was");
    }

    @Test
    void aChiefsOwnRequestIsShownButCannotBeDecided() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = requested(person, "zeimu.chief", ReleaseBasis.NO_LONGER_NEEDED);
        ApprovalsViewModel vm = new ApprovalsViewModel(sessions.context("zeimu.chief"));
        vm.load();
        PendingRequest own = select(vm, registration);

        assertTrue(vm.ownRequestBinding().get());
        assertEquals(Messages.get("approvals.blocked.own"), vm.approveBlockedBinding().get());
        vm.requestApproval();
        assertNull(vm.confirmingProperty().get());
        sessions.setUpSession("zeimu.chief").procedures(ReleaseApi.class).withdraw("release.request", own.requestId());
    }

    @Test
    void aRequestDecidedElsewhereMeanwhileReloadsTheList() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = requested(person, "zeimu.clerk", ReleaseBasis.APPLICATION);
        ApprovalsViewModel vm = new ApprovalsViewModel(sessions.context("zeimu.chief"));
        vm.load();
        PendingRequest shown = select(vm, registration);
        vm.requestApproval();

        // The requester withdraws before the chief confirms.
        sessions.setUpSession("zeimu.clerk").procedures(ReleaseApi.class).withdraw("release.request",
                shown.requestId());
        vm.confirmDecision();
        assertEquals(Messages.get("approvals.changed"), vm.errorProperty().get());
        assertNull(vm.selectedProperty().get());
        assertTrue(vm.requests().stream().noneMatch(r -> r.requestId() == shown.requestId()));
    }
}
