package jp.mamori.app.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.mamori.app.common.FxmlViews;
import jp.mamori.app.lock.IdleWatcher;
import jp.mamori.app.lock.LockView;
import jp.mamori.app.lock.LockViewModel;
import jp.mamori.app.password.PasswordChangeView;

/**
 * The main window ({@code Main.fxml}): header with 画面ロック and ログアウト, the role's
 * navigation on the left, the open work screen in the middle, the status bar below, and the
 * lock overlay above everything.
 */
public final class MainView {

    /** Shortcut of 画面ロック. */
    public static final KeyCombination LOCK_KEYS =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /** Shortcut of ログアウト. */
    public static final KeyCombination LOGOUT_KEYS = new KeyCodeCombination(KeyCode.Q,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final MainViewModel viewModel;
    private final LockViewModel lockViewModel;
    private final Function<Destination, Node> screenFactory;
    private final Runnable onLoggedOut;
    private final Parent root;
    private final Map<Destination, Button> navButtons = new EnumMap<>(Destination.class);
    private IdleWatcher idleWatcher;
    private Function<Runnable, PasswordChangeView> passwordChanges;
    private Node passwordCard;
    private final javafx.beans.property.BooleanProperty passwordOpen = new javafx.beans.property.SimpleBooleanProperty();

    @FXML private StackPane rootStack;
    @FXML private BorderPane shell;
    @FXML private VBox navItems;
    @FXML private HBox errorBanner;
    @FXML private Label errorText;
    @FXML private StackPane contentHolder;
    @FXML private VBox welcomePane;
    @FXML private Label greetingLabel;
    @FXML private VBox countsBox;
    @FXML private Label countsLabel;
    @FXML private Label countsNote;
    @FXML private Label statusUser;
    @FXML private Label statusRole;
    @FXML private Label statusSection;
    @FXML private Label statusTerminal;
    @FXML private Label statusServer;
    @FXML private Label statusLoginTime;

    /**
     * @param viewModel     the main window state
     * @param lockViewModel the lock state of this session
     * @param screenFactory builds the work screen of a destination for each visit
     * @param onLoggedOut   runs after logout (back to the login screen)
     */
    public MainView(MainViewModel viewModel, LockViewModel lockViewModel,
            Function<Destination, Node> screenFactory, Runnable onLoggedOut) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.lockViewModel = Objects.requireNonNull(lockViewModel, "lockViewModel");
        this.screenFactory = Objects.requireNonNull(screenFactory, "screenFactory");
        this.onLoggedOut = Objects.requireNonNull(onLoggedOut, "onLoggedOut");
        this.root = FxmlViews.load(this, "Main.fxml");
    }

    @FXML
    private void initialize() {
        for (Destination destination : viewModel.destinations()) {
            Button button = new Button(destination.title());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setId("nav-" + destination.screenId().replace('.', '-'));
            button.setOnAction(event -> viewModel.open(destination));
            showBadge(button, destination);
            navButtons.put(destination, button);
            navItems.getChildren().add(button);
        }
        viewModel.currentProperty().addListener((obs, old, now) -> show(now));

        greetingLabel.setText(viewModel.greeting());
        countsLabel.textProperty().bind(viewModel.countsText());
        countsBox.visibleProperty().bind(countsLabel.textProperty().isNotEmpty());
        countsBox.managedProperty().bind(countsBox.visibleProperty());
        countsNote.textProperty().bind(viewModel.countsNoteProperty());
        countsNote.visibleProperty().bind(countsNote.textProperty().isNotEmpty());
        countsNote.managedProperty().bind(countsNote.visibleProperty());
        statusUser.setText(viewModel.userText());
        statusRole.setText(viewModel.roleText());
        statusSection.setText(viewModel.sectionText());
        statusTerminal.setText(viewModel.terminalText());
        statusServer.setText(viewModel.serverText());
        statusLoginTime.setText(viewModel.loginTimeText());

        errorText.textProperty().bind(viewModel.notice().messageProperty());
        errorBanner.visibleProperty().bind(viewModel.notice().messageProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());

        LockView lockView = new LockView(lockViewModel, this::logout);
        rootStack.getChildren().add(lockView.root());
        // While locked nothing of the work may be seen or reached, not even by the keyboard.
        shell.visibleProperty().bind(lockViewModel.lockedProperty().not());
        shell.disableProperty().bind(lockViewModel.lockedProperty()
                .or(viewModel.loggingOutProperty()).or(passwordOpen));
    }

    /** The count of waiting work beside a navigation entry, in warning colour when some is overdue. */
    private void showBadge(Button button, Destination destination) {
        Label badge = new Label();
        badge.getStyleClass().add("nav-badge");
        badge.setId("badge-" + destination.screenId().replace('.', '-'));
        badge.textProperty().bind(viewModel.badgeText(destination));
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        BooleanBinding overdue = viewModel.badgeOverdue(destination);
        overdue.addListener((obs, old, now) -> badge.pseudoClassStateChanged(OVERDUE, now));
        badge.pseudoClassStateChanged(OVERDUE, overdue.get());
        badge.getProperties().put(OVERDUE, overdue); // kept as long as the badge lives
        button.setGraphic(badge);
        button.setContentDisplay(ContentDisplay.RIGHT);
    }

    private void show(Destination destination) {
        navButtons.forEach((d, button) -> button.pseudoClassStateChanged(CURRENT, d == destination));
        Node content = destination == null ? welcomePane : screenFactory.apply(destination);
        contentHolder.getChildren().setAll(content);
    }

    /**
     * How the header's パスワード変更 builds its card: {@code factory} gets what closes the card and
     * returns the view of a voluntary change.
     */
    public void passwordChanges(Function<Runnable, PasswordChangeView> factory) {
        this.passwordChanges = factory;
    }

    @FXML
    private void changePassword() {
        if (passwordChanges == null || passwordCard != null || viewModel.loggingOutProperty().get()) {
            return;
        }
        PasswordChangeView view = passwordChanges.apply(this::closePasswordChange);
        passwordCard = view.root();
        passwordOpen.set(true);
        rootStack.getChildren().add(rootStack.getChildren().size() - 1, passwordCard);
        view.focusInitial();
    }

    /** Closes the password card; the work behind it is usable again. */
    public void closePasswordChange() {
        if (passwordCard != null) {
            rootStack.getChildren().remove(passwordCard);
            passwordCard = null;
            passwordOpen.set(false);
            focusInitial();
        }
    }

    /** Puts the keyboard focus on the first entry of the navigation. */
    public void focusInitial() {
        Platform.runLater(() -> navButtons.values().stream().findFirst()
                .ifPresent(Button::requestFocus));
    }

    /** Installs shortcuts and the idle lock on the window's scene. */
    public void install(Scene scene) {
        scene.getAccelerators().put(LOCK_KEYS, this::lock);
        scene.getAccelerators().put(LOGOUT_KEYS, this::logout);
        idleWatcher = new IdleWatcher(lockViewModel);
        idleWatcher.install(scene);
    }

    @FXML
    private void lock() {
        if (!viewModel.loggingOutProperty().get()) {
            lockViewModel.lockNow();
        }
    }

    /** Logs out; also used when the window is closed while logged in. */
    @FXML
    public void logout() {
        dispose();
        viewModel.logout(onLoggedOut);
    }

    /** Stops the idle watch; the window is being left. */
    public void dispose() {
        if (idleWatcher != null) {
            idleWatcher.stop();
            idleWatcher = null;
        }
    }

    @FXML
    private void dismissError() {
        viewModel.notice().clear();
    }

    public Parent root() {
        return root;
    }
}
