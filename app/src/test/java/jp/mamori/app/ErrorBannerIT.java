package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import jp.mamori.app.common.Messages;
import jp.mamori.app.testsupport.FakeLoginService;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.ServerRefusal;
import org.junit.jupiter.api.Test;

/**
 * A navigation the server cannot record does not happen, and the window says why.
 *
 * <p>STAND-IN SERVER: a real server cannot be made to refuse a row on demand in the middle of a
 * session, so this one test uses {@link FakeLoginService}; every other UI test runs against the
 * real server.
 */
class ErrorBannerIT extends ClientUiFixture {

    @Test
    void aNavigationTheServerCannotRecordDoesNotOpenAndSaysWhy() throws Exception {
        Path file = Path.of("/stand-in/clerk.p12");
        FakeLoginService standIn = new FakeLoginService().account(file, "pw", Staff.clerk());
        startClient(file, false, standIn);
        typePasswordAndEnter("pw");
        awaitMainWindow();
        // A lost connection or an ended session locks the window instead (LockViewModelTest); any
        // other failure to record shows the banner.
        standIn.sessions().get(0).refuseRecording(
                new ServerRefusal("error.internal", List.of(), null));

        clickOn("ワークリスト");
        await(() -> showing("#errorBanner"));
        assertEquals(Messages.get("error.refusal.internal"), text("#errorText"));
        assertFalse(showing(".worklist-screen"), "the screen did not open");
        screenshot("main-error");

        clickOn("閉じる");
        await(() -> !showing("#errorBanner"));
    }

    @Test
    void aFailureNobodyCaughtOnTheFxThreadIsShownWithItsReference() throws Exception {
        Path file = Path.of("/stand-in/clerk.p12");
        FakeLoginService standIn = new FakeLoginService().account(file, "pw", Staff.clerk());
        startClient(file, false, standIn);
        typePasswordAndEnter("pw");
        awaitMainWindow();

        Platform.runLater(() -> {
            throw new IllegalStateException("a defect in a screen");
        });

        await(() -> showing("#errorBanner"));
        String shown = text("#errorText");
        assertTrue(shown.startsWith("予期しないエラーが発生しました"), shown);
        assertTrue(shown.matches(".*参照番号：[0-9A-F]{8}.*"), shown);
        assertFalse(shown.contains("IllegalStateException") || shown.contains("defect"), shown);
    }
}
