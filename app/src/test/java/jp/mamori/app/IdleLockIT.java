package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import jp.mamori.app.lock.IdleLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 画面ロック, against a real server. */
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
        logInAs(CHIEF);
        clickOn("承認待ち");
        await(() -> showing(".approvals-screen"));
        assertFalse(locked());

        await(this::locked);
        assertFalse(shell().isVisible(), "nothing of the work is visible");
        assertTrue(shell().isDisabled(), "nor reachable");
        assertEquals(user(CHIEF).displayName() + "さん（所属長）が使用中です。", text("#ownerLabel"));
        await(() -> node(".lock-overlay #passwordField").isFocused());
        await(() -> screenActionsSinceStart(CHIEF).size() == 2);
        List<AuditRow> actions = screenActionsSinceStart(CHIEF);
        assertEquals(List.of("release.approvals", "lock"),
                actions.stream().map(AuditRow::screen).toList());
        assertEquals("idle", actions.get(1).target());
        screenshot("lock");

        write("not-the-password");
        type(KeyCode.ENTER);
        await(() -> showing(".lock-overlay #messageLabel") && !text(".lock-overlay #messageLabel").isEmpty());
        assertEquals("パスワードが正しくありません。もう一度入力してください。"
                + "続けて誤るとアカウントがロックされます。", text(".lock-overlay #messageLabel"));
        assertTrue(locked());
        assertEquals("", lookup(".lock-overlay #passwordField").queryAs(PasswordField.class)
                .getText());
        screenshot("lock-wrong-password");

        write(user(CHIEF).password());
        type(KeyCode.ENTER);
        await(() -> !locked());
        assertTrue(shell().isVisible());
        assertTrue(showing(".approvals-screen"), "the work is back where it was");

        List<String> logins = rowsSinceStart(CHIEF, "LOGIN").stream()
                .map(AuditRow::outcome).toList();
        assertEquals(List.of("OK", "DENIED", "OK"), logins,
                "login, wrong unlock and unlock are the server's own rows");
        assertEquals(2, screenActionsSinceStart(CHIEF).size(), "unlock adds no client row");
    }

    @Test
    void ctrlLLocksAndTheLockScreenCanLogOut() throws Exception {
        logInAs(SECURITY);

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(this::locked);
        await(() -> screenActionsSinceStart(SECURITY).size() == 1);
        AuditRow lock = screenActionsSinceStart(SECURITY).get(0);
        assertEquals("lock", lock.screen());
        assertEquals("manual", lock.target());

        clickOn(".lock-overlay #logoutButton");
        awaitLoginScreen();
        assertEquals(1, rowsSinceStart(SECURITY, "LOGOUT").size());
    }

    @Test
    void activityKeepsTheWindowUnlocked() throws Exception {
        System.setProperty(IdleLimit.SECONDS_PROPERTY, "2");
        logInAs(CLERK);
        for (int i = 0; i < 6; i++) {
            moveBy(i % 2 == 0 ? 5 : -5, 0);
            sleep(500);
            assertFalse(locked(), "locked despite input after " + (i + 1) * 500 + " ms");
        }
    }
}
