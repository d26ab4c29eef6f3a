package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.mamori.app.main.ContentScreens;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.app.testsupport.FakeLoginService;
import jp.mamori.app.testsupport.Screenshots;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.demo.DemoUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real client window headless for TestFX.
 *
 * <p>STAND-IN SERVER: logins go to {@link FakeLoginService} until the real server is wired in;
 * integration replaces {@link #loginService} with {@code MamoriConnector::login} against
 * {@code DemoEnvironment} and {@link #demoUsers} with {@code DemoEnvironment.users()}.
 */
abstract class ClientUiFixture extends FxRobot {

    static final String PASSWORD = "demo-Passw0rd";

    static final Path CLERK_FILE = Path.of("/demo/credentials/yamada.hanako.p12");
    static final Path CHIEF_FILE = Path.of("/demo/credentials/sato.ichiro.p12");
    static final Path SECURITY_FILE = Path.of("/demo/credentials/suzuki.keiko.p12");
    static final Path ADMIN_FILE = Path.of("/demo/credentials/takahashi.ken.p12");

    @TempDir
    Path configDirectory;

    final FakeLoginService loginService = new FakeLoginService()
            .account(CLERK_FILE, PASSWORD, Staff.clerk())
            .account(CHIEF_FILE, PASSWORD, Staff.chief())
            .account(SECURITY_FILE, PASSWORD, Staff.security())
            .account(ADMIN_FILE, PASSWORD, Staff.admin());

    final List<DemoUser> demoUsers = List.of(
            demoUser(Staff.clerk(), CLERK_FILE),
            demoUser(Staff.chief(), CHIEF_FILE),
            demoUser(Staff.security(), SECURITY_FILE),
            demoUser(Staff.admin(), ADMIN_FILE));

    private MamoriApp app;

    private static DemoUser demoUser(SessionInfo info, Path file) {
        return new DemoUser(info.userName(), info.displayName(), info.role(), info.sectionName(),
                file, PASSWORD);
    }

    @BeforeAll
    static void registerStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts the client; with {@code rememberedFile} the terminal remembers that file. */
    void startClient(Path rememberedFile, boolean demo) throws Exception {
        CredentialMemory memory = new CredentialMemory(configDirectory);
        if (rememberedFile != null) {
            memory.save(rememberedFile);
        }
        app = (MamoriApp) FxToolkit.setupApplication(() -> new MamoriApp(loginService,
                demo ? demoUsers : List.of(), memory, new ContentScreens()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    Scene scene() {
        return stage().getScene();
    }

    /** Waits until {@code condition} holds on the FX thread (at most 10 s). */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    boolean showing(String query) {
        Node node = lookup(query).tryQuery().orElse(null);
        return node != null && node.isVisible() && node.getScene() == scene();
    }

    String text(String query) {
        return ((Labeled) node(query)).getText();
    }

    List<String> navigation() {
        return lookup(".nav-item").queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() == scene()).map(Button::getText).toList();
    }

    /** Logs in with the remembered file: the cursor starts in the password field. */
    void typePasswordAndEnter(String password) throws TimeoutException {
        await(() -> node("#passwordField").isFocused());
        write(password);
        type(KeyCode.ENTER);
    }

    void awaitMainWindow() throws TimeoutException {
        await(() -> scene().lookup(".nav") != null);
    }

    void screenshot(String name) {
        Path file = Screenshots.save(scene(), name);
        assertTrue(file == null || file.toFile().length() > 0, "screenshot written");
    }
}
