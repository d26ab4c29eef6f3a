package jp.mamori.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Window;
import jp.mamori.app.admin.FileChoices;

/**
 * The administrator's screens in the real window at 1366×768, against the real server. The file
 * dialogs answer with the paths a test queues ({@link #chooseNext}).
 */
abstract class AdminUiFixture extends RegistryUiFixture {

    static final String STAFF = ".staff-screen";
    static final String TERMINALS = ".terminals-screen";
    static final String CATALOGUE = ".catalogue-screen";
    static final String SETTINGS = ".settings-screen";
    static final String PASSWORD = ".password-screen";

    private final Deque<Path> chosen = new ArrayDeque<>();

    AdminUiFixture() {
        fileChoices = new FileChoices() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, String filterName,
                    String pattern) {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, String filterName, String pattern) {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.ofNullable(chosen.poll());
            }
        };
    }

    /** The next file dialog answers with {@code path}. */
    void chooseNext(Path path) {
        chosen.add(path);
    }

    /** The window at the size of the terminals' screens (1366×768). */
    void terminalSize() {
        interact(() -> {
            stage().setWidth(1366);
            stage().setHeight(768);
        });
    }

    /** Opens a navigation entry and waits for its screen. */
    void openScreen(String navId, String screen) throws TimeoutException {
        clickOn(navId);
        await(() -> lookup(screen).tryQuery().isPresent() && lookup(screen).query().getScene() == scene());
    }

    boolean visibleIn(String screen, String id) {
        Node node = lookup(screen + " " + id).tryQuery().orElse(null);
        return node != null && node.isVisible();
    }

    /** Gives the focus to a control below the fold, as Tab would, then clicks it. */
    void clickShown(String query) {
        Node node = lookup(query).query();
        interact(node::requestFocus);
        clickOn(query);
    }
}
