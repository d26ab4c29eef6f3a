package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import jp.mamori.app.lock.IdleLimit;
import jp.mamori.app.testsupport.FakeSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 画面ロック. Server: stand-in, see {@link ClientUiFixture}. */
class IdleLockIT extends ClientUiFixture {

    @AfterEach
    void clearIdleLimit() {
        System.clearProperty(IdleLimit.SECONDS_PROPERTY);
    }

    private boolean locked() {
        Node overlay = scene().lookup(".lock-overlay");
        return overlay != null && overlay.isVisible();
    }

    private Node shell() {
        return scene().lookup("#shell");
    }

    @Test
    void idleWindowLocksHidesEverythingAndUnlocksWithThePassword() throws Exception {
        System.setProperty(IdleLimit.SECONDS_PROPERTY, "2");
        startClient(CHIEF_FILE, false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();
        clickOn("承認待ち");
        await(() -> showing(".placeholder"));
        assertFalse(locked());

        await(this::locked);
        assertFalse(shell().isVisible(), "nothing of the work is visible");
        assertTrue(shell().isDisabled(), "nor reachable");
        assertEquals("佐藤 一郎さん（所属長）が使用中です。", text("#ownerLabel"));
        await(() -> node("#passwordField").isFocused());
        FakeSession session = loginService.sessions().get(0);
        assertEquals(List.of(new FakeSession.Row("release.approvals", "open", ""),
                new FakeSession.Row("lock", "lock", "idle")), session.recorded());
        screenshot("lock");

        write("wrong");
        type(KeyCode.ENTER);
        await(() -> showing("#messageLabel") && !text("#messageLabel").isEmpty());
        assertEquals("パスワードが正しくありません。もう一度入力してください。"
                + "続けて誤るとアカウントがロックされます。", text("#messageLabel"));
        assertTrue(locked());
        assertEquals("", lookup(".lock-overlay #passwordField").queryAs(PasswordField.class).getText());
        screenshot("lock-wrong-password");

        write(PASSWORD);
        type(KeyCode.ENTER);
        await(() -> !locked());
        assertTrue(shell().isVisible());
        assertTrue(showing(".placeholder"), "the work is back where it was");
        assertEquals(List.of("reauthenticate.denied", "reauthenticate.ok"), session.selfAudited());
    }

    @Test
    void ctrlLLocksAndTheLockScreenCanLogOut() throws Exception {
        startClient(SECURITY_FILE, false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(this::locked);
        FakeSession session = loginService.sessions().get(0);
        assertEquals(List.of(new FakeSession.Row("lock", "lock", "manual")), session.recorded());

        clickOn(".lock-overlay #logoutButton");
        await(() -> scene().lookup("#loginButton") != null);
        assertTrue(session.isClosed());
    }

    @Test
    void activityKeepsTheWindowUnlocked() throws Exception {
        System.setProperty(IdleLimit.SECONDS_PROPERTY, "2");
        startClient(CLERK_FILE, false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();
        for (int i = 0; i < 6; i++) {
            moveBy(i % 2 == 0 ? 5 : -5, 0);
            sleep(500);
            assertFalse(locked(), "locked despite input after " + (i + 1) * 500 + " ms");
        }
    }
}
