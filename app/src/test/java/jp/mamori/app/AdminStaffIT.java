package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.StaffAdminApi.StaffCertificate;
import jp.mamori.db.client.StaffAdminApi.StaffMember;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * 利用者管理 and the password change in the real window: the administrator creates a clerk (the
 * one-time password shown once) and issues the key to a file; the clerk logs in, must change the
 * password first (the rules and the server's refusal next to the field), then works; the
 * administrator unlocks, disables and revokes, and the clerk is refused with the Japanese message.
 */
class AdminStaffIT extends AdminUiFixture {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NEW_PASSWORD = "amber harbor lantern seven 7";

    @Test
    void aCreatedClerkChangesTheOneTimePasswordThenWorksUntilRevoked() throws Exception {
        try {
            walkThrough();
        } catch (Exception | AssertionError e) {
            screenshot("failed-admin-staff");
            throw e;
        }
    }

    private void walkThrough() throws Exception {
        String login = "ui" + Integer.toString(RANDOM.nextInt(1 << 30), 36);
        Path keyFile = configDirectory.resolve(login + ".p12");

        logInAs(ADMIN);
        terminalSize();
        openScreen("#nav-admin-staff", STAFF);
        await(() -> !staffTable().getItems().isEmpty());
        screenshot("admin-staff-list");

        // 新規作成: login id, name, role (担当職員 by default), a section; the one-time password once.
        clickOn(STAFF + " #createToggle");
        await(() -> visibleIn(STAFF, "#createPage"));
        typeInto(STAFF + " #loginField", login);
        press(KeyCode.TAB).release(KeyCode.TAB);
        await(() -> focused(STAFF + " #nameField"));
        write("UI Test Clerk");
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CatalogueAdminApi.Section> box = lookup(STAFF + " #sectionBox").query();
            box.setValue(box.getItems().stream().filter(CatalogueAdminApi.Section::holdsData).findFirst()
                    .orElseThrow());
        });
        screenshot("admin-staff-create");
        clickShown(STAFF + " #createButton");
        await(() -> visibleIn(STAFF, "#passwordOverlay") && !textIn(STAFF, "#otpValue").isEmpty());
        String oneTimePassword = textIn(STAFF, "#otpValue");
        assertTrue(oneTimePassword.matches("[A-Za-z0-9]{4}(-?[A-Za-z0-9]{4}){3}|\\S{12,}"), oneTimePassword);
        assertTrue(lookup(STAFF + " .otp-card .blocked-reason").queryLabeled().getText()
                .contains("二度と表示されません"));
        await(() -> focused(STAFF + " #otpSeenButton"));
        screenshot("admin-staff-one-time-password");
        type(KeyCode.ENTER);
        await(() -> !visibleIn(STAFF, "#passwordOverlay"));
        assertTrue(lookup(STAFF + " #otpValue").queryLabeled().getText().isEmpty(), "the password is forgotten");

        // 鍵の発行: the pair is made here, the file written where the administrator chose.
        clickOn(STAFF + " #listToggle");
        selectStaff(login);
        chooseNext(keyFile);
        clickShown(STAFF + " #issueFileButton");
        await(() -> textIn(STAFF, "#messageLabel").contains(keyFile.getFileName().toString())
                || !textIn(STAFF, "#errorLabel").isEmpty());
        assertEquals("", textIn(STAFF, "#errorLabel"));
        assertTrue(Files.size(keyFile) > 0);
        await(() -> !certificateTable().getItems().isEmpty());
        screenshot("admin-staff-selected");
        clickOn(STAFF + " #expiringToggle");
        screenshot("admin-staff-expiring");

        // The clerk: nothing but the password change until it is done.
        restartClient(keyFile);
        terminalSize();
        typePasswordAndEnter(oneTimePassword);
        await(() -> showing(PASSWORD + " #currentField"));
        assertEquals(List.of(), navigation(), "nothing else is offered");
        await(() -> focused(PASSWORD + " #currentField"));
        interact(() -> lookup(PASSWORD + " #currentField").queryTextInputControl().setText(oneTimePassword));
        press(KeyCode.TAB).release(KeyCode.TAB);
        await(() -> focused(PASSWORD + " #nextField"));
        write("short");
        await(() -> textIn(PASSWORD, "#nextMessage").equals(Messages.get("password.tooShort", 8, 5)));
        screenshot("password-forced");
        typeInto(PASSWORD + " #nextField", login + "-2026-spring");
        typeInto(PASSWORD + " #repeatField", login + "-2026-spring");
        type(KeyCode.ENTER);
        await(() -> textIn(PASSWORD, "#nextMessage").equals(Messages.get("input.password.context")));
        screenshot("password-refused");
        typeInto(PASSWORD + " #nextField", NEW_PASSWORD);
        typeInto(PASSWORD + " #repeatField", NEW_PASSWORD);
        type(KeyCode.ENTER);
        awaitMainWindow();
        assertEquals(Messages.get("nav.personSearch"), navigation().get(0));

        // Works: a search is answered, not refused.
        open("#nav-person-search");
        await(() -> focused(SEARCH_NUMBER));
        write(String.format("9%014d", (long) RANDOM.nextInt(1 << 30)));
        type(KeyCode.ENTER);
        await(() -> rowsSinceStart(login, "SEARCH").size() + rowsSinceStart(login, "PERSON_SEARCH").size() > 0
                || auditSinceStart().stream().anyMatch(r -> r.user().equals(login) && r.action().contains("SEARCH")));
        assertFalse(showing("#errorBanner"), "no refusal");

        // The password change from the header, for every role; Esc closes it.
        clickOn("#passwordButton");
        await(() -> focused(PASSWORD + " #currentField"));
        screenshot("password-menu");
        type(KeyCode.ESCAPE);
        await(() -> lookup(PASSWORD).tryQuery().isEmpty());

        // Locked by wrong passwords, unlocked by the administrator.
        MamoriConnector connector = new MamoriConnector(TestServer.clientConfig());
        for (int i = 0; i < 30 && failure(connector, keyFile, "wrong password " + i) != LoginFailure.ACCOUNT_LOCKED; i++) {
            // until the lock-out threshold is reached
        }
        assertEquals(LoginFailure.ACCOUNT_LOCKED, failure(connector, keyFile, NEW_PASSWORD));

        restartClient(user(ADMIN).pkcs12());
        terminalSize();
        typePasswordAndEnter(user(ADMIN).password());
        awaitMainWindow();
        openScreen("#nav-admin-staff", STAFF);
        selectStaff(login);
        await(() -> staffRow(login).locked());
        clickShown(STAFF + " #unlockButton");
        await(() -> !staffRow(login).locked());
        connector.login(keyFile, NEW_PASSWORD.toCharArray()).close();

        // 利用停止, confirmed with the person's name; the login is refused in Japanese.
        clickShown(STAFF + " #disableButton");
        await(() -> visibleIn(STAFF, "#confirmBox") && focused(STAFF + " #cancelButton"));
        assertTrue(textIn(STAFF, "#confirmLabel").contains("UI Test Clerk"), textIn(STAFF, "#confirmLabel"));
        screenshot("admin-staff-confirm-disable");
        type(KeyCode.ESCAPE);
        await(() -> !visibleIn(STAFF, "#confirmBox"));
        clickShown(STAFF + " #disableButton");
        await(() -> visibleIn(STAFF, "#confirmBox"));
        clickShown(STAFF + " #confirmButton");
        await(() -> !staffRow(login).active());
        assertEquals(LoginFailure.ACCOUNT_DISABLED, failure(connector, keyFile, NEW_PASSWORD));
        assertEquals(Messages.get("login.failure.accountDisabled"),
                new ErrorPresenter().loginFailure(LoginFailure.ACCOUNT_DISABLED));
        clickShown(STAFF + " #enableButton");
        await(() -> staffRow(login).active());

        // 失効: the certificate, confirmed naming the person; the next login is refused on the login screen.
        await(() -> !certificateTable().getItems().isEmpty());
        interact(() -> certificateTable().getSelectionModel().select(0));
        clickShown(STAFF + " #revokeButton");
        await(() -> visibleIn(STAFF, "#confirmBox"));
        assertTrue(textIn(STAFF, "#confirmLabel").contains("UI Test Clerk"));
        clickShown(STAFF + " #confirmButton");
        await(() -> !certificateTable().getItems().isEmpty() && certificateTable().getItems().get(0).revoked());

        // パスワード再設定: confirmed, a new one-time password shown once.
        clickShown(STAFF + " #resetButton");
        await(() -> visibleIn(STAFF, "#confirmBox") && focused(STAFF + " #cancelButton"));
        assertTrue(textIn(STAFF, "#confirmLabel").contains("UI Test Clerk"));
        clickShown(STAFF + " #confirmButton");
        await(() -> visibleIn(STAFF, "#passwordOverlay") && !textIn(STAFF, "#otpValue").isEmpty());
        String secondOneTime = textIn(STAFF, "#otpValue");
        assertFalse(secondOneTime.equals(oneTimePassword));
        type(KeyCode.ENTER);
        await(() -> !visibleIn(STAFF, "#passwordOverlay") && staffRow(login).mustChangePassword());
        screenshot("admin-staff-after-reset");

        restartClient(keyFile);
        typePasswordAndEnter(secondOneTime);
        await(() -> showing("#errorLabel") && !text("#errorLabel").isEmpty());
        assertEquals(Messages.get("login.failure.certificateRevoked"), text("#errorLabel"));
        screenshot("login-revoked");
    }

    private static final String SEARCH_NUMBER = ".search-screen #numberField";

    private static LoginFailure failure(MamoriConnector connector, Path keyFile, String password) {
        return assertThrows(LoginException.class, () -> connector.login(keyFile, password.toCharArray()).close())
                .failure();
    }

    private boolean focusable(String query) {
        return lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private TableView<StaffMember> staffTable() {
        return (TableView<StaffMember>) lookup(STAFF + " #staffTable").query();
    }

    @SuppressWarnings("unchecked")
    private TableView<StaffCertificate> certificateTable() {
        return (TableView<StaffCertificate>) lookup(STAFF + " #certTable").query();
    }

    private StaffMember staffRow(String login) {
        return staffTable().getItems().stream().filter(m -> m.userName().equals(login)).findFirst().orElseThrow();
    }

    private void selectStaff(String login) throws TimeoutException {
        await(() -> staffTable().getItems().stream().anyMatch(m -> m.userName().equals(login)));
        interact(() -> {
            StaffMember row = staffRow(login);
            staffTable().scrollTo(row);
            staffTable().getSelectionModel().select(row);
        });
        await(() -> visibleIn(STAFF, "#detailPane"));
    }
}
