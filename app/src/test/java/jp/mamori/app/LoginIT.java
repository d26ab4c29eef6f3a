package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import jp.mamori.app.common.JapaneseFont;
import jp.mamori.app.common.Messages;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.LoginFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The login screen in a real (headless) window. Server: stand-in, see {@link ClientUiFixture}. */
class LoginIT extends ClientUiFixture {

    @Test
    void rememberedFileStartsAtThePasswordAndEnterLogsIn() throws Exception {
        startClient(CLERK_FILE, false);
        assertEquals(CLERK_FILE.toString(), ((TextField) node("#credentialFileField")).getText());

        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();

        assertEquals(List.of("対象者検索", "対象者登録", "ワークリスト"), navigation());
        assertEquals(List.of(CLERK_FILE), loginService.attempts());
    }

    @Test
    void loginScreenWithoutARememberedFileStartsAtTheFileChooser() throws Exception {
        startClient(null, true);
        await(() -> node("#chooseButton").isFocused());
        assertTrue(((Button) node("#loginButton")).isDisabled(), "nothing to log in with yet");
        RadioButton token = node("#tokenRadio");
        assertTrue(token.isDisabled(), "PKCS#11 is offered but not supported yet");
        assertEquals("未対応：この端末では利用できません", text("#tokenNote"));
        Label heading = lookup(".login-card .heading").query();
        assertTrue(JapaneseFont.PREFERRED.contains(heading.getFont().getFamily()),
                "a Japanese font is in use: " + heading.getFont());
        screenshot("login");
    }

    @Test
    void choosingADemoUserFillsTheFileAndTheChiefSeesApprovals() throws Exception {
        startClient(null, true);
        clickOn("佐藤 一郎");
        await(() -> CHIEF_FILE.toString().equals(
                ((TextField) node("#credentialFileField")).getText()));
        await(() -> node("#passwordField").isFocused());
        write(PASSWORD);
        clickOn("#loginButton");
        awaitMainWindow();
        assertEquals(List.of("対象者検索", "対象者登録", "承認待ち", "ワークリスト"), navigation());
    }

    @ParameterizedTest
    @EnumSource(LoginFailure.class)
    void eachFailureShowsItsMessage(LoginFailure failure) throws Exception {
        Path file = Path.of("/demo/credentials/" + failure.name().toLowerCase() + ".p12");
        loginService.failing(file, failure);
        startClient(file, false);

        typePasswordAndEnter("any-password");
        await(() -> showing("#errorLabel") && !text("#errorLabel").isEmpty());

        assertEquals(Messages.get(expectedKey(failure)), text("#errorLabel"));
        assertEquals("", ((PasswordField) node("#passwordField")).getText());
        assertTrue(node("#passwordField").isFocused(), "ready to try again");
        assertTrue(scene().lookup(".nav") == null, "still on the login screen");
        if (failure == LoginFailure.ACCOUNT_LOCKED) {
            screenshot("login-failure-locked");
        }
    }

    @Test
    void wrongPasswordShowsTheSameMessageAsAnUnknownUser() throws Exception {
        startClient(CLERK_FILE, false);
        typePasswordAndEnter("wrong");
        await(() -> showing("#errorLabel") && !text("#errorLabel").isEmpty());
        assertEquals(Messages.get("login.failure.wrongCredentials"), text("#errorLabel"));
        assertTrue(loginService.sessions().isEmpty());
    }

    @Test
    void controlsAreDisabledWhileTheLoginRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Path slow = Path.of("/demo/credentials/slow.p12");
        loginService.account(slow, PASSWORD, Staff.clerk());
        loginService.beforeLogin(() -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        startClient(slow, false);

        typePasswordAndEnter(PASSWORD);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        await(() -> showing("#progress"));
        assertTrue(node("#passwordField").isDisabled());
        assertTrue(node("#chooseButton").isDisabled());
        assertTrue(node("#loginButton").isDisabled());
        assertTrue(showing("#busyLabel"));
        screenshot("login-busy");

        release.countDown();
        awaitMainWindow();
        FakeSession session = loginService.sessions().get(0);
        assertFalse(session.isClosed());
    }

    private static String expectedKey(LoginFailure failure) {
        return switch (failure) {
            case WRONG_CREDENTIALS -> "login.failure.wrongCredentials";
            case CREDENTIAL_UNREADABLE -> "login.failure.credentialUnreadable";
            case ACCOUNT_LOCKED -> "login.failure.accountLocked";
            case ACCOUNT_DISABLED -> "login.failure.accountDisabled";
            case CERTIFICATE_EXPIRED -> "login.failure.certificateExpired";
            case CERTIFICATE_REVOKED -> "login.failure.certificateRevoked";
            case TERMINAL_NOT_DESIGNATED -> "login.failure.terminalNotDesignated";
            case SERVER_UNREACHABLE -> "login.failure.serverUnreachable";
            case SERVER_UNTRUSTED -> "login.failure.serverUntrusted";
        };
    }
}
