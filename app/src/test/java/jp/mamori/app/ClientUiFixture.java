package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.app.session.LoginService;
import jp.mamori.app.testsupport.Screenshots;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real client window headless for TestFX, against a real mamori server
 * ({@link TestServer}: TLS on loopback, real realm, procedures and audit log, demo staff).
 */
abstract class ClientUiFixture extends FxRobot {

    static final String CLERK = "zeimu.clerk";
    static final String CHIEF = "zeimu.chief";
    static final String SECURITY = "security";
    static final String ADMIN = "admin";

    /** One row of the 操作ログ as the tests read it. */
    record AuditRow(String user, String screen, String action, String target, String outcome,
            String detail) {
    }

    @TempDir
    Path configDirectory;

    private MamoriApp app;
    /** Where the administrator's screens choose files; tests of those screens give their own. */
    jp.mamori.app.admin.FileChoices fileChoices = jp.mamori.app.admin.FileChoices.SYSTEM;
    private long auditMark;

    @BeforeAll
    static void registerStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        TestServer.get();
    }

    static DemoUser user(String userName) {
        return TestServer.user(userName);
    }

    /** The production login path: {@code MamoriConnector::login}. */
    static LoginService connectorLogin(ClientConfig config) {
        MamoriConnector connector = new MamoriConnector(config);
        return connector::login;
    }

    /** Starts the client; the terminal remembers {@code rememberedFile} (may be null). */
    void startClient(Path rememberedFile, boolean demo, LoginService loginService)
            throws Exception {
        startClient(rememberedFile, demo, loginService, java.util.Optional.empty());
    }

    /** Starts the client on a terminal with an IC card reader ({@code token}) or without. */
    void startClient(Path rememberedFile, boolean demo, LoginService loginService,
            java.util.Optional<jp.mamori.app.session.TokenSettings> token) throws Exception {
        CredentialMemory memory = new CredentialMemory(configDirectory);
        if (rememberedFile != null) {
            memory.save(rememberedFile);
        }
        auditMark = lastAuditSeq();
        List<DemoUser> demoUsers = demo ? TestServer.users() : List.of();
        app = (MamoriApp) FxToolkit.setupApplication(() -> new MamoriApp(loginService, demoUsers,
                memory, MamoriApp.standardScreens(new jp.mamori.app.admin.AdminTools(
                        TestServer.clientConfig().caCertificate(), token, fileChoices)), token));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the client with {@code userName}'s file remembered, against the test server. */
    void startClient(String userName) throws Exception {
        startClient(user(userName).pkcs12(), false, connectorLogin(TestServer.clientConfig()));
    }

    /** Starts the client and logs {@code userName} in with the keyboard only. */
    void logInAs(String userName) throws Exception {
        startClient(userName);
        typePasswordAndEnter(user(userName).password());
        awaitMainWindow();
    }

    /** Closes the client (logging out a session still open) and starts it again with {@code rememberedFile}. */
    void restartClient(Path rememberedFile) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        startClient(rememberedFile, false, connectorLogin(TestServer.clientConfig()));
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

    /** Waits until {@code condition} holds, checked on the FX thread (at most 30 s: CI machines are busy). */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
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

    /** With a remembered file the cursor starts in the password field; Enter logs in. */
    void typePasswordAndEnter(String password) throws TimeoutException {
        await(() -> node("#passwordField").isFocused());
        write(password);
        type(KeyCode.ENTER);
    }

    void awaitMainWindow() throws TimeoutException {
        await(() -> scene().lookup(".nav") != null);
    }

    void awaitLoginScreen() throws TimeoutException {
        await(() -> scene().lookup("#loginButton") != null);
    }

    void screenshot(String name) {
        Path file = Screenshots.save(scene(), name);
        assertTrue(file == null || file.toFile().length() > 0, "screenshot written");
    }

    /** Rows of the server's 操作ログ written since the client was started. */
    List<AuditRow> auditSinceStart() throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection admin = TestServer.admin();
                PreparedStatement st = admin.prepareStatement("""
                        SELECT USER_NAME, SCREEN, ACTION, TARGET, OUTCOME, DETAIL
                        FROM MAMORI.AUDIT_LOG WHERE SEQ > ? ORDER BY SEQ""")) {
            st.setLong(1, auditMark);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    /** Rows written through {@code recordAction} for {@code userName} since the start. */
    List<AuditRow> screenActionsSinceStart(String userName) throws SQLException {
        return auditSinceStart().stream()
                .filter(r -> r.user().equals(userName) && r.action().equals("SCREEN_ACTION"))
                .toList();
    }

    /** Rows of {@code action} (e.g. {@code LOGIN}, {@code LOGOUT}) for {@code userName}. */
    List<AuditRow> rowsSinceStart(String userName, String action) throws SQLException {
        return auditSinceStart().stream()
                .filter(r -> r.user().equals(userName) && r.action().equals(action)).toList();
    }

    static void updateAsAdmin(String sql, String id) throws SQLException {
        try (Connection admin = TestServer.admin();
                PreparedStatement st = admin.prepareStatement(sql)) {
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    private static long lastAuditSeq() throws SQLException {
        try (Connection admin = TestServer.admin();
                PreparedStatement st = admin.prepareStatement(
                        "SELECT COALESCE(MAX(SEQ), 0) FROM MAMORI.AUDIT_LOG");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
