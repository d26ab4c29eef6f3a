package jp.mamori.app.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.FakeLoginService;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.domain.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses the stand-in login service until the real server is wired in. */
class LoginViewModelTest {

    @TempDir
    Path config;

    private final Path clerkFile = Path.of("/credentials/yamada.p12");
    private final FakeLoginService service = new FakeLoginService()
            .account(clerkFile, "correct horse", Staff.clerk());
    private final List<MamoriSession> loggedIn = new ArrayList<>();

    private LoginViewModel viewModel(List<DemoUser> demoUsers) {
        return new LoginViewModel(service, new DirectUiExecutor(), new ErrorPresenter(),
                new CredentialMemory(config), demoUsers, java.util.Optional.empty(), loggedIn::add);
    }

    @Test
    void loginNeedsAFileAndAPassword() {
        LoginViewModel viewModel = viewModel(List.of());
        assertFalse(viewModel.canLoginBinding().get());
        viewModel.chooseFile(clerkFile);
        assertFalse(viewModel.canLoginBinding().get());
        viewModel.passwordProperty().set("x");
        assertTrue(viewModel.canLoginBinding().get());
        viewModel.sourceProperty().set(CredentialSource.PKCS11_TOKEN);
        assertFalse(viewModel.canLoginBinding().get(), "no IC card reader is set up on this terminal");
        assertFalse(viewModel.tokenSupported());
    }

    @Test
    void icCardNeedsPinAndPasswordAndSendsTheCardNotTheFile() {
        java.util.List<jp.mamori.db.client.StaffKeySource> sent = new ArrayList<>();
        LoginViewModel viewModel = new LoginViewModel((source, password) -> {
            sent.add(source);
            throw new jp.mamori.db.client.LoginException(jp.mamori.db.client.LoginFailure.TOKEN_PIN_WRONG);
        }, new DirectUiExecutor(), new ErrorPresenter(), new CredentialMemory(config), List.of(),
                java.util.Optional.of(new jp.mamori.app.session.TokenSettings(Path.of("/lib/p11.so"), 1)),
                loggedIn::add);
        assertTrue(viewModel.tokenSupported());
        viewModel.sourceProperty().set(CredentialSource.PKCS11_TOKEN);
        viewModel.passwordProperty().set("x");
        assertFalse(viewModel.canLoginBinding().get(), "the PIN is missing");
        viewModel.pinProperty().set("1234");
        assertTrue(viewModel.canLoginBinding().get());
        viewModel.login();
        jp.mamori.db.client.StaffKeySource.Pkcs11Token card = (jp.mamori.db.client.StaffKeySource.Pkcs11Token) sent.get(0);
        assertEquals(Path.of("/lib/p11.so"), card.library());
        assertEquals(1, card.slotListIndex());
        assertEquals("", viewModel.pinProperty().get(), "the PIN is not kept on screen");
        assertTrue(viewModel.errorMessageProperty().get().contains("PIN"), viewModel.errorMessageProperty().get());
    }

    @Test
    void successfulLoginHandsOverTheSessionAndRemembersOnlyTheFile() throws IOException {
        LoginViewModel viewModel = viewModel(List.of());
        viewModel.chooseFile(clerkFile);
        viewModel.passwordProperty().set("correct horse");

        viewModel.login();

        assertEquals(1, loggedIn.size());
        assertSame(service.sessions().get(0), loggedIn.get(0));
        assertEquals("", viewModel.passwordProperty().get(), "the password is not kept");
        assertFalse(viewModel.busyProperty().get());
        assertEquals(Optional.of(clerkFile.toAbsolutePath()), new CredentialMemory(config).load());
        String stored = java.nio.file.Files.readString(config.resolve("client-ui.properties"));
        assertFalse(stored.contains("correct horse"));
        assertFalse(stored.contains("yamada.hanako"));
    }

    @Test
    void failedLoginShowsItsMessageAndClearsThePassword() throws IOException {
        Path locked = Path.of("/credentials/locked.p12");
        service.failing(locked, LoginFailure.ACCOUNT_LOCKED);
        LoginViewModel viewModel = viewModel(List.of());
        viewModel.chooseFile(locked);
        viewModel.passwordProperty().set("whatever");

        viewModel.login();

        assertTrue(loggedIn.isEmpty());
        assertEquals(Messages.get("login.failure.accountLocked"),
                viewModel.errorMessageProperty().get());
        assertEquals("", viewModel.passwordProperty().get());
        assertEquals(locked, viewModel.credentialFileProperty().get(), "the file stays chosen");
        assertFalse(viewModel.busyProperty().get());
        assertEquals(Optional.empty(), new CredentialMemory(config).load(),
                "a failed login is not remembered");
    }

    @Test
    void wrongPasswordReadsLikeAnUnknownUser() {
        LoginViewModel viewModel = viewModel(List.of());
        viewModel.chooseFile(clerkFile);
        viewModel.passwordProperty().set("wrong");
        viewModel.login();
        String wrongPassword = viewModel.errorMessageProperty().get();

        viewModel.chooseFile(Path.of("/credentials/nobody.p12"));
        viewModel.passwordProperty().set("correct horse");
        viewModel.login();

        assertEquals(wrongPassword, viewModel.errorMessageProperty().get());
        assertEquals(Messages.get("login.failure.wrongCredentials"), wrongPassword);
    }

    @Test
    void incompleteFormDoesNotLogIn() {
        LoginViewModel viewModel = viewModel(List.of());
        viewModel.passwordProperty().set("correct horse");
        viewModel.login();
        assertTrue(service.attempts().isEmpty());
    }

    @Test
    void rememberedFileIsFilledIn() throws IOException {
        new CredentialMemory(config).save(clerkFile);
        LoginViewModel viewModel = viewModel(List.of());
        viewModel.loadRememberedFile();
        assertEquals(clerkFile.toAbsolutePath(), viewModel.credentialFileProperty().get());
    }

    @Test
    void nothingRememberedLeavesTheFileEmpty() {
        LoginViewModel viewModel = viewModel(List.of());
        viewModel.loadRememberedFile();
        assertNull(viewModel.credentialFileProperty().get());
    }

    @Test
    void demoUserFillsTheFileButNotThePassword() {
        DemoUser chief = new DemoUser("sato.ichiro", "佐藤 一郎", StaffRole.CHIEF, "税務課",
                Path.of("/demo/sato.p12"), "demo-pass");
        LoginViewModel viewModel = viewModel(List.of(chief));
        assertTrue(viewModel.demoMode());
        viewModel.chooseDemoUser(chief);
        assertEquals(Path.of("/demo/sato.p12"), viewModel.credentialFileProperty().get());
        assertEquals("", viewModel.passwordProperty().get());
        assertFalse(viewModel(List.of()).demoMode());
    }
}
