package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import jp.mamori.app.session.LoginService;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The login screen in a real (headless) window against a real server. */
class LoginIT extends ClientUiFixture {

    @TempDir
    Path files;

    @Test
    void rememberedFileStartsAtThePasswordAndEnterLogsIn() throws Exception {
        startClient(CLERK);
        assertEquals(user(CLERK).pkcs12().toString(),
                ((TextField) node("#credentialFileField")).getText());

        typePasswordAndEnter(user(CLERK).password());
        awaitMainWindow();

        assertEquals(List.of("対象者検索", "対象者登録", "ワークリスト", "要確認", "完了状況"), navigation());
        List<AuditRow> logins = rowsSinceStart(CLERK, "LOGIN");
        assertEquals(1, logins.size(), "the server recorded the login: " + logins);
        assertEquals("OK", logins.get(0).outcome());
    }

    @Test
    void withoutARememberedFileTheFocusStartsAtTheFileChooser() throws Exception {
        startClient(null, true, connectorLogin(TestServer.clientConfig()));
        await(() -> node("#chooseButton").isFocused());
        assertTrue(((Button) node("#loginButton")).isDisabled(), "nothing to log in with yet");
        RadioButton token = node("#tokenRadio");
        assertTrue(token.isDisabled(), "this terminal has no IC card reader set up");
        assertEquals("未対応（この端末には設定なし）", text("#tokenNote"));
        assertEquals("パスワード（全員共通・デモ専用）：" + DemoEnvironment.DEMO_PASSWORD,
                text("#demoSharedPassword"));
        Label heading = lookup(".login-card .heading").query();
        assertTrue(JapaneseFont.PREFERRED.contains(heading.getFont().getFamily()),
                "a Japanese font is in use: " + heading.getFont());
        screenshot("login");
        interact(() -> lookup("#demoTable").queryTableView().scrollTo(TestServer.users().size() - 1));
        screenshot("login-demo-end");
    }

    @Test
    void choosingADemoUserFillsTheFileAndTheChiefSeesApprovals() throws Exception {
        startClient(null, true, connectorLogin(TestServer.clientConfig()));
        clickOn(user(CHIEF).displayName());
        await(() -> user(CHIEF).pkcs12().toString().equals(
                ((TextField) node("#credentialFileField")).getText()));
        await(() -> node("#passwordField").isFocused());
        write(user(CHIEF).password());
        clickOn("#loginButton");
        awaitMainWindow();
        assertEquals(List.of("対象者検索", "対象者登録", "承認待ち", "ワークリスト", "要確認", "完了状況"),
                navigation());
    }

    @ParameterizedTest
    @EnumSource(value = LoginFailure.class, mode = EnumSource.Mode.EXCLUDE, names = {"TOKEN_PIN_WRONG", "TOKEN_UNAVAILABLE"})
    void eachFailureShowsItsMessage(LoginFailure failure) throws Exception {
        Case scenario = scenario(failure);
        try {
            startClient(scenario.file(), false, scenario.service());
            typePasswordAndEnter(scenario.password());
            await(() -> showing("#errorLabel") && !text("#errorLabel").isEmpty());

            assertEquals(Messages.get(expectedKey(failure)), text("#errorLabel"));
            assertEquals("", ((PasswordField) node("#passwordField")).getText());
            assertTrue(node("#passwordField").isFocused(), "ready to try again");
            assertNull(scene().lookup(".nav"), "still on the login screen");
            if (failure == LoginFailure.ACCOUNT_LOCKED) {
                screenshot("login-failure-locked");
            }
        } finally {
            scenario.undo().run();
        }
    }

    @Test
    void controlsAreDisabledWhileTheLoginRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LoginService real = connectorLogin(TestServer.clientConfig());
        LoginService held = (file, password) -> {
            started.countDown();
            try {
                release.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.login(file, password);
        };
        startClient(user(CLERK).pkcs12(), false, held);

        typePasswordAndEnter(user(CLERK).password());
        assertTrue(started.await(15, TimeUnit.SECONDS));
        await(() -> showing("#progress"));
        assertTrue(node("#passwordField").isDisabled());
        assertTrue(node("#chooseButton").isDisabled());
        assertTrue(node("#loginButton").isDisabled());
        assertTrue(showing("#busyLabel"));
        screenshot("login-busy");

        release.countDown();
        awaitMainWindow();
    }

    /** How to make the real server (or the real connector) fail in a given way. */
    private record Case(Path file, String password, LoginService service, Runnable undo) {
    }

    private Case scenario(LoginFailure failure) throws Exception {
        ClientConfig config = TestServer.clientConfig();
        LoginService login = connectorLogin(config);
        Runnable nothing = () -> { };
        return switch (failure) {
            case WRONG_CREDENTIALS -> new Case(user(CLERK).pkcs12(), "not-the-password", login, nothing);
            case CREDENTIAL_UNREADABLE -> {
                Path garbage = Files.writeString(files.resolve("broken.p12"), "not a key file");
                yield new Case(garbage, DemoEnvironment.DEMO_PASSWORD, login, nothing);
            }
            case ACCOUNT_LOCKED -> demo("demo.locked", login, nothing);
            case CERTIFICATE_EXPIRED -> demo("demo.expired", login, nothing);
            case CERTIFICATE_REVOKED -> demo("demo.revoked", login, nothing);
            case ACCOUNT_DISABLED -> {
                updateAsAdmin("UPDATE MAMORI.STAFF SET ACTIVE = FALSE WHERE USER_NAME = ?",
                        "koseki.clerk");
                yield demo("koseki.clerk", login, () -> admin(
                        "UPDATE MAMORI.STAFF SET ACTIVE = TRUE WHERE USER_NAME = ?", "koseki.clerk"));
            }
            case TERMINAL_NOT_DESIGNATED -> {
                updateAsAdmin("UPDATE MAMORI.TERMINAL SET ACTIVE = FALSE WHERE TERMINAL_ID = ?",
                        DemoEnvironment.TERMINAL_ID);
                yield demo("koseki.chief", login, () -> admin(
                        "UPDATE MAMORI.TERMINAL SET ACTIVE = TRUE WHERE TERMINAL_ID = ?",
                        DemoEnvironment.TERMINAL_ID));
            }
            case SERVER_UNREACHABLE -> {
                int closedPort;
                try (ServerSocket socket = new ServerSocket(0)) {
                    closedPort = socket.getLocalPort();
                }
                ClientConfig nowhere = new ClientConfig(new ServerAddress("127.0.0.1", closedPort,
                        "mamori"), config.caCertificate(), config.terminalKeystore(),
                        config.terminalKeystorePassword());
                yield demo(CLERK, connectorLogin(nowhere), nothing);
            }
            case TOO_MANY_ATTEMPTS -> {
                // no attempt allowed from this address: the guard refuses before any realm runs
                loginAttemptLimit("0");
                yield demo(CLERK, login, () -> loginAttemptLimit("100000"));
            }
            case SERVER_UNTRUSTED -> {
                Path foreignCa = files.resolve("foreign-ca.pem");
                Pem.write(foreignCa, CertificateAuthority.create("somewhere else",
                        Duration.ofDays(30)).certificate());
                ClientConfig foreign = new ClientConfig(config.server(), foreignCa,
                        config.terminalKeystore(), config.terminalKeystorePassword());
                yield demo(CLERK, connectorLogin(foreign), nothing);
            }
            case TOKEN_PIN_WRONG, TOKEN_UNAVAILABLE ->
                throw new IllegalArgumentException("IC card failures are shown by TokenLoginIT");
        };
    }

    private static Case demo(String userName, LoginService service, Runnable undo) {
        return new Case(user(userName).pkcs12(), user(userName).password(), service, undo);
    }

    /** Sets the login attempts per address and waits for the guard to read it (at most once a second). */
    private static void loginAttemptLimit(String value) {
        admin("UPDATE MAMORI.SETTING SET VAL = ? WHERE NAME = 'login.maxAttemptsPerAddress'", value);
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String sql, String id) {
        try {
            updateAsAdmin(sql, id);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
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
            case TOO_MANY_ATTEMPTS -> "login.failure.tooManyAttempts";
            case SERVER_UNTRUSTED -> "login.failure.serverUntrusted";
            case TOKEN_PIN_WRONG -> "login.failure.tokenPinWrong";
            case TOKEN_UNAVAILABLE -> "login.failure.tokenUnavailable";
        };
    }
}
