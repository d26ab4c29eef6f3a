package jp.mamori.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.FlagWorkApi;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.WorkCounts;
import org.junit.jupiter.api.Test;

/** The counts beside the navigation at login, against the real server. */
class WorkCountsTest {

    private static MainViewModel mainWindow(MamoriSession session, WorkBadges badges) {
        UserNotice notice = new UserNotice();
        ScreenActions actions = new ScreenActions(session, new DirectUiExecutor(), new ErrorPresenter(), notice);
        return new MainViewModel(session.info(), Instant.now(), ZoneId.of("Asia/Tokyo"), actions, notice, badges);
    }

    @Test
    void aChiefSeesThePendingRequestsOfTheSectionAtLogin() throws Exception {
        try (WorkSessions sessions = new WorkSessions()) {
            Person person = WorkSessions.newPerson();
            long registration = sessions.register("zeimu.clerk", person, false);
            long request = sessions.setUpSession("zeimu.clerk").procedures(ReleaseApi.class)
                    .request("release.request", registration, ReleaseBasis.APPLICATION);

            MamoriSession chief = sessions.session("zeimu.chief");
            WorkCounts expected = chief.procedures(FlagWorkApi.class).counts("main");
            WorkBadges badges = new WorkBadges();
            MainViewModel vm = mainWindow(chief, badges);
            assertEquals("", vm.badgeText(Destination.APPROVALS).get(), "nothing before the counts are read");
            vm.loadCounts();

            assertTrue(expected.pendingApprovals() >= 1);
            assertEquals(Integer.toString(expected.pendingApprovals()), vm.badgeText(Destination.APPROVALS).get());
            assertEquals(expected.setOpen() + expected.releaseOpen(), badges.worklistOpenProperty().get());
            assertEquals(expected.setOverdue() + expected.releaseOverdue() > 0,
                    vm.badgeOverdue(Destination.WORKLIST).get());
            assertEquals("", vm.badgeText(Destination.PERSON_SEARCH).get());
            assertTrue(vm.countsText().get().contains(
                    Messages.get("main.counts.approvals", expected.pendingApprovals())), vm.countsText().get());
            assertEquals("", vm.countsNoteProperty().get());

            badges.approvals(0);
            assertEquals("", vm.badgeText(Destination.APPROVALS).get(), "a screen's reading updates the badge");
            sessions.setUpSession("zeimu.clerk").procedures(ReleaseApi.class).withdraw("release.request", request);
        }
    }

    @Test
    void countsThatCannotBeReadAreSaidSoAndRolesWithoutSuchWorkAreNotAsked() {
        FakeSession clerk = new FakeSession(Staff.clerk(), "pw".toCharArray());
        MainViewModel vm = mainWindow(clerk, new WorkBadges());
        vm.loadCounts();
        assertTrue(vm.countsNoteProperty().get().startsWith("業務の件数を取得できませんでした。"),
                vm.countsNoteProperty().get());
        assertFalse(vm.badges().knownProperty().get());

        FakeSession security = new FakeSession(Staff.security(), "pw".toCharArray());
        MainViewModel securityWindow = mainWindow(security, new WorkBadges());
        securityWindow.loadCounts();
        assertEquals("", securityWindow.countsNoteProperty().get());
        assertEquals("", securityWindow.countsText().get());
    }

    @Test
    void theAdministratorSeesHowManyCertificatesEndWithinSixtyDays() throws Exception {
        try (WorkSessions sessions = new WorkSessions()) {
            MamoriSession admin = sessions.session("admin");
            int expected = admin.procedures(StaffAdminApi.class).expiringCount("main");
            WorkBadges badges = new WorkBadges();
            MainViewModel vm = mainWindow(admin, badges);
            vm.loadCounts();
            assertEquals(expected, badges.expiringCertificatesProperty().get());
            assertEquals(Messages.get("main.counts.expiring", expected), vm.countsText().get());
            assertEquals(expected == 0 ? "" : Messages.get("main.badge", expected),
                    vm.badgeText(Destination.STAFF).get());

            badges.expiringCertificates(2);
            assertEquals(Messages.get("main.badge", 2), vm.badgeText(Destination.STAFF).get());
            assertTrue(vm.badgeOverdue(Destination.STAFF).get(), "ending certificates are a warning");
        }
    }
}
