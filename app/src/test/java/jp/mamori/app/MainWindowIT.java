package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main window per role, against a real server. */
class MainWindowIT extends ClientUiFixture {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zeimu.clerk | 対象者検索,対象者登録,ワークリスト,要確認,完了状況         | person.search | 役割：担当職員 | 所属：税務課",
        "zeimu.chief | 対象者検索,対象者登録,承認待ち,ワークリスト,要確認,完了状況 | person.search | 役割：所属長   | 所属：税務課",
        "security    | 操作ログ                                  | audit.log        | 役割：情報セキュリティ担当 | 所属：なし",
        "admin       | 利用者管理,指定端末,所属・連携事務,設定    | admin.staff      | 役割：システム管理者       | 所属：なし"
    })
    void eachRoleSeesItsNavigationAndStatus(String userName, String nav, String firstScreen,
            String roleText, String section) throws Exception {
        logInAs(userName);

        List<String> expected = List.of(nav.split(","));
        assertEquals(expected, navigation());
        await(() -> scene().getFocusOwner() instanceof Button b
                && b.getText().equals(expected.get(0)));
        assertEquals("利用者：" + user(userName).displayName(), text("#statusUser"));
        assertEquals(roleText, text("#statusRole"));
        assertEquals(section, text("#statusSection"));
        assertEquals("端末：" + DemoEnvironment.TERMINAL_ID, text("#statusTerminal"));
        assertEquals("サーバ：127.0.0.1:" + TestServer.get().server().port(), text("#statusServer"));
        assertTrue(text("#statusLoginTime").matches("ログイン：\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}"));
        screenshot("main-" + userName.replace('.', '-'));

        clickOn(expected.get(0));
        if (firstScreen.equals("person.search")) {
            await(() -> showing(".search-screen"));
            assertEquals(expected.get(0), text(".search-screen .heading"));
        } else if (firstScreen.equals("admin.staff")) {
            await(() -> showing(".staff-screen"));
            assertEquals(expected.get(0), text(".staff-screen .heading"));
        } else {
            await(() -> showing(".placeholder"));
            assertEquals("この画面は準備中です", text(".notice-title"));
            assertEquals(expected.get(0), text(".placeholder .heading"));
        }

        List<AuditRow> actions = screenActionsSinceStart(userName);
        assertEquals(1, actions.size(), "exactly one row for the navigation: " + actions);
        assertEquals(firstScreen, actions.get(0).screen());
        assertEquals("OK", actions.get(0).outcome());
        assertTrue(actions.get(0).detail().contains("open"), actions.get(0).detail());
        if (userName.equals(CHIEF)) {
            screenshot("main-chief-placeholder");
        }
    }

    @Test
    void logoutShortcutReturnsToLoginAndTheServerRecordsOneLogout() throws Exception {
        logInAs(CLERK);

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q)
                .release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitLoginScreen();

        assertEquals(1, rowsSinceStart(CLERK, "LOGOUT").size());
        assertTrue(screenActionsSinceStart(CLERK).isEmpty(), "logout writes its own row only");
        await(() -> node("#passwordField").isFocused());
    }

    @Test
    void logoutButtonReturnsToLogin() throws Exception {
        logInAs(ADMIN);
        clickOn("#logoutButton");
        awaitLoginScreen();
        assertEquals(1, rowsSinceStart(ADMIN, "LOGOUT").size());
    }
}
