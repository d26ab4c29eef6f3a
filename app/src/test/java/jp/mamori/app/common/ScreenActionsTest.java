package jp.mamori.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.ServerRefusal;
import org.junit.jupiter.api.Test;

/** Each screen action yields exactly one audit row, and no effect happens without it. */
class ScreenActionsTest {

    private final FakeSession session = new FakeSession(Staff.clerk(), "pw".toCharArray());
    private final List<String> shown = new ArrayList<>();
    private final ScreenActions actions = new ScreenActions(session, new DirectUiExecutor(),
            new ErrorPresenter(), shown::add);

    @Test
    void performRecordsOneRowThenAppliesTheEffect() {
        List<String> order = new ArrayList<>();
        actions.perform(new ScreenAction("person.search", "open", ""), () -> {
            order.add("effect after " + session.recorded().size() + " row");
        });
        assertEquals(List.of(new FakeSession.Row("person.search", "open", "")), session.recorded());
        assertEquals(List.of("effect after 1 row"), order);
        assertTrue(shown.isEmpty());
    }

    @Test
    void performWithoutARowDoesNotApplyTheEffectAndSaysWhy() {
        session.refuseRecording(new ServerRefusal("denied.session", List.of(), null));
        AtomicInteger effects = new AtomicInteger();
        actions.perform(ScreenAction.of("person.search", "open"), effects::incrementAndGet);
        assertEquals(0, effects.get());
        assertEquals(List.of(Messages.get("error.refusal.sessionEnded")), shown);
    }

    @Test
    void protectAppliesTheEffectEvenWhenTheRowCannotBeWritten() {
        session.refuseRecording(new ServerRefusal("connection.lost", List.of(), null));
        AtomicInteger effects = new AtomicInteger();
        actions.protect(new ScreenAction("lock", "lock", "manual"), effects::incrementAndGet);
        assertEquals(1, effects.get());
        assertEquals(List.of(Messages.get("error.refusal.connectionLost")), shown);
    }

    @Test
    void protectRecordsOneRow() {
        actions.protect(new ScreenAction("lock", "lock", "idle"), () -> { });
        assertEquals(List.of(new FakeSession.Row("lock", "lock", "idle")), session.recorded());
    }

    @Test
    void callOfASelfAuditingProcedureWritesNoExtraRow() {
        AtomicInteger calls = new AtomicInteger();
        List<String> results = new ArrayList<>();
        actions.call(ScreenAction.of("lock", "unlock"), s -> {
            calls.incrementAndGet();
            s.reauthenticate("pw".toCharArray());
            return "ok";
        }, results::add);
        assertEquals(1, calls.get());
        assertEquals(List.of("ok"), results);
        assertTrue(session.recorded().isEmpty(), "recordAction must not be called for a procedure");
        assertEquals(List.of("reauthenticate.ok"), session.selfAudited());
    }

    @Test
    void callFailureGoesThroughTheErrorPresenter() {
        actions.call(ScreenAction.of("person.search", "search"), s -> {
            throw new ServerRefusal("denied.role", List.of(), null);
        }, result -> { });
        assertEquals(List.of(Messages.get("error.refusal.deniedRole")), shown);
    }

    @Test
    void logoutClosesTheSessionOnceAndAlwaysContinues() {
        AtomicInteger afterwards = new AtomicInteger();
        actions.logout(ScreenAction.of("main", "logout"), afterwards::incrementAndGet);
        assertTrue(session.isClosed());
        assertEquals(List.of("logout"), session.selfAudited());
        assertTrue(session.recorded().isEmpty());
        assertEquals(1, afterwards.get());
    }

    @Test
    void logoutContinuesAfterAFailureAndShowsIt() {
        ScreenActions failing = new ScreenActions(new FakeSession(Staff.clerk(), new char[] {'x'}) {
            @Override
            public void close() {
                throw new ServerRefusal("connection.lost", List.of(), null);
            }
        }, new DirectUiExecutor(), new ErrorPresenter(), shown::add);
        AtomicInteger afterwards = new AtomicInteger();
        failing.logout(ScreenAction.of("main", "logout"), afterwards::incrementAndGet);
        assertEquals(1, afterwards.get());
        assertEquals(List.of(Messages.get("error.refusal.connectionLost")), shown);
    }

    @Test
    void actionIdsAreChecked() {
        assertFalse(isValid("Person search", "open"));
        assertFalse(isValid("person.search", ""));
        assertTrue(isValid("person.search", "open"));
    }

    private static boolean isValid(String screen, String action) {
        try {
            ScreenAction.of(screen, action);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
