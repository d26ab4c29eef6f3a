package jp.mamori.app.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.ServerRefusal;
import org.junit.jupiter.api.Test;

class LockViewModelTest {

    private long now = 1_000_000_000L;
    private final FakeSession session = new FakeSession(Staff.clerk(), "secret".toCharArray());
    private final UserNotice notice = new UserNotice();
    private final LockViewModel lock = new LockViewModel(Staff.clerk(),
            new ScreenActions(session, new DirectUiExecutor(), new ErrorPresenter(), notice),
            new ErrorPresenter(), Duration.ofMinutes(15), () -> now);

    private void pass(Duration duration) {
        now += duration.toNanos();
    }

    @Test
    void locksOnlyAfterTheIdleLimit() {
        pass(Duration.ofMinutes(14).plusSeconds(59));
        lock.tick();
        assertFalse(lock.lockedProperty().get());
        pass(Duration.ofSeconds(1));
        lock.tick();
        assertTrue(lock.lockedProperty().get());
        assertEquals(List.of(new FakeSession.Row("lock", "lock", "idle")), session.recorded());
    }

    @Test
    void inputRestartsTheIdleTime() {
        pass(Duration.ofMinutes(10));
        lock.inputSeen();
        pass(Duration.ofMinutes(10));
        lock.tick();
        assertFalse(lock.lockedProperty().get());
    }

    @Test
    void aSessionEndedByTheServerLocksWithItsReasonAndOffersToLogInAgain() {
        lock.sessionEnded("理由");
        assertTrue(lock.lockedProperty().get());
        assertEquals("理由", lock.messageProperty().get());
        assertEquals(List.of(), session.recorded(), "the ended session can record nothing");
    }

    @Test
    void lockingNowIsRecordedOnce() {
        lock.lockNow();
        lock.lockNow();
        lock.tick();
        assertTrue(lock.lockedProperty().get());
        assertEquals(List.of(new FakeSession.Row("lock", "lock", "manual")), session.recorded());
    }

    @Test
    void theScreenLocksEvenIfTheServerCannotRecordIt() {
        session.refuseRecording(new ServerRefusal("connection.lost", List.of(), null));
        lock.lockNow();
        assertTrue(lock.lockedProperty().get());
        assertEquals(Messages.get("error.refusal.connectionLost"), notice.messageProperty().get());
    }

    @Test
    void wrongPasswordKeepsTheLockAndSaysSo() {
        lock.lockNow();
        lock.passwordProperty().set("guess");
        lock.unlock();
        assertTrue(lock.lockedProperty().get());
        assertEquals(Messages.get("lock.wrongPassword"), lock.messageProperty().get());
        assertEquals("", lock.passwordProperty().get());
        assertEquals(List.of("reauthenticate.denied"), session.selfAudited());
    }

    @Test
    void rightPasswordUnlocksWithTheServersOwnRowOnly() {
        lock.lockNow();
        lock.passwordProperty().set("secret");
        lock.unlock();
        assertFalse(lock.lockedProperty().get());
        assertEquals("", lock.messageProperty().get());
        assertEquals(List.of("reauthenticate.ok"), session.selfAudited());
        assertEquals(1, session.recorded().size(), "only the lock itself was recorded by the client");
    }

    @Test
    void idleTimeDuringTheLockDoesNotRelockAtOnce() {
        lock.lockNow();
        pass(Duration.ofHours(1));
        lock.passwordProperty().set("secret");
        lock.unlock();
        lock.tick();
        assertFalse(lock.lockedProperty().get());
    }

    @Test
    void cannotUnlockWithAnEmptyPasswordOrWhenNotLocked() {
        lock.passwordProperty().set("secret");
        lock.unlock();
        assertTrue(session.selfAudited().isEmpty());
        lock.lockNow();
        lock.unlock();
        assertTrue(session.selfAudited().isEmpty());
    }
}
