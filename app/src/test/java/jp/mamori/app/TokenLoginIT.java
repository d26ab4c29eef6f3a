package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import jp.mamori.app.session.TokenSettings;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.testing.SoftHsm;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IC card login in the real window, with the staff key on a real (SoftHSM2) PKCS#11 token. */
class TokenLoginIT extends ClientUiFixture {

    private static final String USER = "card.clerk";

    @BeforeAll
    static void issueCard() throws Exception {
        SoftHsm.ensureToken();
        Path dir = Files.createTempDirectory("mamori-card");
        Path keyFile = dir.resolve(USER + ".p12");
        IssuedCredential credential = TestServer.provisioning().createStaff(USER, "見本 券子", StaffRole.CLERK, "ZEIMU",
                "mamori-demo".toCharArray(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)),
                keyFile);
        SoftHsm.importKey(USER, credential);
        Files.delete(keyFile);
    }

    @Test
    void clerkLogsInWithCardPinAndPassword() throws Exception {
        start();
        assertFalse(node("#tokenRadio").isDisable(), "the card option is offered on this terminal");
        assertFalse(node("#tokenNote").isVisible(), "no 未対応 note");
        clickOn("#tokenRadio");
        await(() -> node("#pinField").isFocused());
        write(new String(SoftHsm.pin()));
        clickOn("#passwordField");
        write("mamori-demo");
        screenshot("login-ic-card");
        type(KeyCode.ENTER);
        awaitMainWindow();
        assertTrue(scene().getRoot().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().contains("見本 券子")),
                "the card holder is logged in");
    }

    @Test
    void wrongPinIsToldApartFromAWrongPassword() throws Exception {
        start();
        clickOn("#tokenRadio");
        await(() -> node("#pinField").isFocused());
        write("000000");
        clickOn("#passwordField");
        write("mamori-demo");
        type(KeyCode.ENTER);
        await(() -> node("#errorLabel").isVisible());
        assertTrue(text("#errorLabel").contains("PIN"), text("#errorLabel"));
        screenshot("login-ic-card-wrong-pin");
    }

    private void start() throws Exception {
        startClient(null, false, connectorLogin(TestServer.clientConfig()),
                Optional.of(new TokenSettings(SoftHsm.LIBRARY, SoftHsm.SLOT_LIST_INDEX)));
    }
}
