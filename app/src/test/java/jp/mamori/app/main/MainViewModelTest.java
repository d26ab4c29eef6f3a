package jp.mamori.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.client.SessionInfo;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private static final Instant LOGIN = Instant.parse("2025-04-01T00:30:00Z");

    private FakeSession session;
    private UserNotice notice;

    private MainViewModel viewModel(SessionInfo info) {
        session = new FakeSession(info, "pw".toCharArray());
        notice = new UserNotice();
        ScreenActions actions = new ScreenActions(session, new DirectUiExecutor(),
                new ErrorPresenter(), notice);
        return new MainViewModel(info, LOGIN, ZoneId.of("Asia/Tokyo"), actions, notice);
    }

    @Test
    void eachRoleSeesOnlyItsWork() {
        assertEquals(List.of(Destination.PERSON_SEARCH, Destination.PERSON_REGISTER,
                Destination.WORKLIST, Destination.REVIEW, Destination.COMPLETION),
                viewModel(Staff.clerk()).destinations());
        assertEquals(List.of(Destination.PERSON_SEARCH, Destination.PERSON_REGISTER,
                Destination.APPROVALS, Destination.WORKLIST, Destination.REVIEW, Destination.COMPLETION),
                viewModel(Staff.chief()).destinations());
        assertEquals(List.of(Destination.AUDIT_LOG), viewModel(Staff.security()).destinations());
        assertEquals(List.of(Destination.STAFF, Destination.TERMINALS, Destination.SECTIONS, Destination.SETTINGS),
                viewModel(Staff.admin()).destinations());
    }

    @Test
    void openingAScreenIsRecordedBeforeItOpens() {
        MainViewModel viewModel = viewModel(Staff.chief());
        assertNull(viewModel.currentProperty().get());
        viewModel.open(Destination.APPROVALS);
        assertEquals(Destination.APPROVALS, viewModel.currentProperty().get());
        assertEquals(List.of(new FakeSession.Row("release.approvals", "open", "")),
                session.recorded());
    }

    @Test
    void aScreenThatCannotBeRecordedDoesNotOpen() {
        MainViewModel viewModel = viewModel(Staff.clerk());
        session.refuseRecording(new ServerRefusal("connection.lost", List.of(), null));
        viewModel.open(Destination.PERSON_SEARCH);
        assertNull(viewModel.currentProperty().get());
        assertEquals(Messages.get("error.refusal.connectionLost"), notice.messageProperty().get());
    }

    @Test
    void aRoleCannotOpenAnotherRolesWork() {
        MainViewModel viewModel = viewModel(Staff.clerk());
        assertThrows(IllegalArgumentException.class, () -> viewModel.open(Destination.AUDIT_LOG));
        assertTrue(session.recorded().isEmpty());
    }

    @Test
    void statusBarShowsTheSessionInJapanese() {
        MainViewModel clerk = viewModel(Staff.clerk());
        assertEquals("利用者：山田 花子", clerk.userText());
        assertEquals("役割：担当職員", clerk.roleText());
        assertEquals("所属：税務課", clerk.sectionText());
        assertEquals("端末：T-ZEIMU-01", clerk.terminalText());
        assertEquals("サーバ：mamori-db:9092", clerk.serverText());
        assertEquals("ログイン：2025/04/01 09:30", clerk.loginTimeText());
        assertEquals("所属：なし", viewModel(Staff.security()).sectionText());
        assertEquals("役割：情報セキュリティ担当", viewModel(Staff.security()).roleText());
    }

    @Test
    void logoutClosesTheSessionOnce() {
        MainViewModel viewModel = viewModel(Staff.admin());
        int[] afterwards = {0};
        viewModel.logout(() -> afterwards[0]++);
        viewModel.logout(() -> afterwards[0]++);
        assertTrue(session.isClosed());
        assertEquals(List.of("logout"), session.selfAudited());
        assertEquals(1, afterwards[0]);
        viewModel.open(Destination.STAFF);
        assertTrue(session.recorded().isEmpty(), "nothing opens during or after logout");
    }
}
