package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import jp.mamori.app.common.Messages;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.db.client.ServerRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main window per role. Server: stand-in, see {@link ClientUiFixture}. */
class MainWindowIT extends ClientUiFixture {

    private static Path file(String role) {
        return switch (role) {
            case "clerk" -> CLERK_FILE;
            case "chief" -> CHIEF_FILE;
            case "security" -> SECURITY_FILE;
            default -> ADMIN_FILE;
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "clerk    | 対象者検索,対象者登録,ワークリスト         | 利用者：山田 花子 | 役割：担当職員             | 所属：税務課",
        "chief    | 対象者検索,対象者登録,承認待ち,ワークリスト | 利用者：佐藤 一郎 | 役割：所属長               | 所属：税務課",
        "security | 操作ログ                                  | 利用者：鈴木 恵子 | 役割：情報セキュリティ担当 | 所属：なし",
        "admin    | 利用者管理,指定端末,所属・連携事務         | 利用者：高橋 健   | 役割：システム管理者       | 所属：なし"
    })
    void eachRoleSeesItsNavigationAndStatus(String role, String nav, String user, String roleText,
            String section) throws Exception {
        startClient(file(role), false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();

        assertEquals(List.of(nav.split(",")), navigation());
        await(() -> scene().getFocusOwner() instanceof Button b
                && b.getText().equals(nav.split(",")[0]));
        assertEquals(user, text("#statusUser"));
        assertEquals(roleText, text("#statusRole"));
        assertEquals(section, text("#statusSection"));
        assertTrue(text("#statusServer").startsWith("サーバ：mamori-db:9092"));
        assertTrue(text("#statusLoginTime").matches("ログイン：\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}"));
        screenshot("main-" + role);

        String first = nav.split(",")[0];
        clickOn(first);
        await(() -> showing(".placeholder"));
        assertEquals("この画面は準備中です", text(".notice-title"));
        assertEquals(first, text(".placeholder .heading"));
        FakeSession session = loginService.sessions().get(0);
        assertEquals(1, session.recorded().size(), "one row for the navigation");
        assertEquals("open", session.recorded().get(0).action());
        if (role.equals("chief")) {
            screenshot("main-chief-placeholder");
        }
    }

    @Test
    void logoutShortcutReturnsToLoginAndEndsTheSession() throws Exception {
        startClient(CLERK_FILE, false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT,
                KeyCode.CONTROL);
        await(() -> scene().lookup("#loginButton") != null);

        FakeSession session = loginService.sessions().get(0);
        assertTrue(session.isClosed());
        assertEquals(List.of("logout"), session.selfAudited());
        assertTrue(session.recorded().isEmpty(), "logout writes its own row, nothing else");
        await(() -> node("#passwordField").isFocused());
    }

    @Test
    void aNavigationTheServerCannotRecordDoesNotOpenAndSaysWhy() throws Exception {
        startClient(CLERK_FILE, false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();
        loginService.sessions().get(0).refuseRecording(
                new ServerRefusal("audit.unavailable", List.of(), null));

        clickOn("ワークリスト");
        await(() -> showing("#errorBanner"));
        assertEquals(Messages.get("error.refusal.auditUnavailable"), text("#errorText"));
        assertFalse(showing(".placeholder"), "the screen did not open");
        screenshot("main-error");

        clickOn("閉じる");
        await(() -> !showing("#errorBanner"));
    }

    @Test
    void logoutButtonReturnsToLogin() throws Exception {
        startClient(ADMIN_FILE, false);
        typePasswordAndEnter(PASSWORD);
        awaitMainWindow();
        clickOn("#logoutButton");
        await(() -> scene().lookup("#loginButton") != null);
        assertTrue(loginService.sessions().get(0).isClosed());
    }
}
