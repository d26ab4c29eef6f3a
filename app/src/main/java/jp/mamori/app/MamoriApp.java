package jp.mamori.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.FxFailureReporter;
import jp.mamori.app.common.FxUiExecutor;
import jp.mamori.app.common.JapaneseFont;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UiExecutor;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.admin.AdminTools;
import jp.mamori.app.admin.StaffView;
import jp.mamori.app.admin.CatalogueView;
import jp.mamori.app.admin.CatalogueViewModel;
import jp.mamori.app.admin.SettingsView;
import jp.mamori.app.admin.SettingsViewModel;
import jp.mamori.app.admin.StaffViewModel;
import jp.mamori.app.admin.TerminalsView;
import jp.mamori.app.admin.TerminalsViewModel;
import jp.mamori.app.approval.ApprovalsView;
import jp.mamori.app.approval.ApprovalsViewModel;
import jp.mamori.app.lock.IdleLimit;
import jp.mamori.app.lock.LockViewModel;
import jp.mamori.app.login.LoginView;
import jp.mamori.app.login.LoginViewModel;
import jp.mamori.app.main.ContentScreens;
import jp.mamori.app.main.Destination;
import jp.mamori.app.main.MainView;
import jp.mamori.app.main.MainViewModel;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.main.WorkBadges;
import jp.mamori.app.password.PasswordChangeView;
import jp.mamori.app.password.PasswordChangeViewModel;
import jp.mamori.app.register.RegisterView;
import jp.mamori.app.register.RegisterViewModel;
import jp.mamori.app.registry.RegistryContext;
import jp.mamori.app.review.ReviewView;
import jp.mamori.app.review.ReviewViewModel;
import jp.mamori.app.search.SearchView;
import jp.mamori.app.search.SearchViewModel;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.app.session.LoginService;
import jp.mamori.app.session.TokenSettings;
import jp.mamori.app.worklist.CompletionView;
import jp.mamori.app.worklist.CompletionViewModel;
import jp.mamori.app.worklist.WorklistView;
import jp.mamori.app.worklist.WorklistViewModel;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.demo.DemoUser;

/**
 * The mamori client: the ログイン screen, then the main window of the logged-in staff member,
 * back to ログイン after logout. Assembles the screens with the one {@link UiExecutor}, the one
 * {@link ErrorPresenter} and, per session, the one {@link ScreenActions}.
 *
 * <p>Started by {@link ClientMain} on a designated terminal and by {@link DemoMain} for the
 * demonstration; both call {@link #run(MamoriApp)}.
 */
public class MamoriApp extends Application {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 780;

    private final LoginService loginService;
    private final List<DemoUser> demoUsers;
    private final CredentialMemory credentialMemory;
    private final ContentScreens screens;
    private final Optional<TokenSettings> token;
    private final UiExecutor executor = new FxUiExecutor();
    private final ErrorPresenter errors = new ErrorPresenter();
    /** Failures nobody caught on the JavaFX thread: shown in the window of the moment, never dropped. */
    private final FxFailureReporter uncaught = new FxFailureReporter(
            failure -> errors.messageFor(failure)); // before the first window: logged with a reference
    private final Clock clock = Clock.systemDefaultZone();

    private Stage stage;
    private ScreenActions activeSession;
    private MainView mainView;
    private boolean exitAfterLogout;
    private boolean stopped;

    /**
     * @param loginService the login seam ({@code MamoriConnector::login} in production)
     * @param demoUsers    demo logins to offer on the login screen; empty outside demo mode
     */
    public MamoriApp(LoginService loginService, List<DemoUser> demoUsers) {
        this(loginService, demoUsers, CredentialMemory.forCurrentUser(), standardScreens(), Optional.empty());
    }

    /** The work screens built so far, registered for their destinations. */
    public static ContentScreens standardScreens() {
        return new ContentScreens()
                .register(Destination.PERSON_SEARCH, context -> {
                    SearchView view = new SearchView(new SearchViewModel(RegistryContext.of(context)));
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.PERSON_REGISTER, context -> {
                    RegisterView view = new RegisterView(new RegisterViewModel(RegistryContext.of(context)));
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.APPROVALS, context -> {
                    ApprovalsViewModel viewModel = new ApprovalsViewModel(context);
                    ApprovalsView view = new ApprovalsView(viewModel);
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.WORKLIST, context -> {
                    WorklistViewModel viewModel = new WorklistViewModel(context);
                    WorklistView view = new WorklistView(viewModel);
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.REVIEW, context -> {
                    ReviewViewModel viewModel = new ReviewViewModel(context);
                    ReviewView view = new ReviewView(viewModel);
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.COMPLETION, context -> {
                    CompletionViewModel viewModel = new CompletionViewModel(context);
                    CompletionView view = new CompletionView(viewModel);
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                });
    }

    /**
     * The work screens of every role: those of {@link #standardScreens()} and the administrator's,
     * which use this terminal's CA certificate and IC card reader ({@code tools}).
     */
    public static ContentScreens standardScreens(AdminTools tools) {
        return standardScreens()
                .register(Destination.STAFF, context -> {
                    StaffViewModel viewModel = new StaffViewModel(context, tools);
                    StaffView view = new StaffView(viewModel, tools.files());
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.TERMINALS, context -> {
                    TerminalsViewModel viewModel = new TerminalsViewModel(context);
                    TerminalsView view = new TerminalsView(viewModel, tools.files());
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.SECTIONS, context -> {
                    CatalogueViewModel viewModel = new CatalogueViewModel(context);
                    CatalogueView view = new CatalogueView(viewModel, tools.files());
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                })
                .register(Destination.SETTINGS, context -> {
                    SettingsViewModel viewModel = new SettingsViewModel(context);
                    SettingsView view = new SettingsView(viewModel);
                    viewModel.load();
                    view.focusInitial();
                    return view.root();
                });
    }

    /**
     * @param loginService     the login seam
     * @param demoUsers        demo logins, or empty
     * @param credentialMemory where the last credential file is remembered
     * @param screens          the work screens registered so far
     * @param token            this terminal's IC card reader, if it has one
     */
    public MamoriApp(LoginService loginService, List<DemoUser> demoUsers,
            CredentialMemory credentialMemory, ContentScreens screens, Optional<TokenSettings> token) {
        this.loginService = Objects.requireNonNull(loginService, "loginService");
        this.demoUsers = List.copyOf(demoUsers);
        this.credentialMemory = Objects.requireNonNull(credentialMemory, "credentialMemory");
        this.screens = Objects.requireNonNull(screens, "screens");
        this.token = Objects.requireNonNull(token, "token");
    }

    /**
     * Runs {@code app} in a new window and returns when that window has closed; the session, if
     * any, is logged out first.
     */
    public static void run(MamoriApp app) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage primary = new Stage();
            primary.setOnHidden(event -> {
                app.stop();
                Platform.exit();
                closed.countDown();
            });
            app.start(primary);
        });
        closed.await();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setOnCloseRequest(event -> {
            if (activeSession != null && mainView != null) {
                // Closing the window while logged in is a logout, recorded like any other.
                event.consume();
                exitAfterLogout = true;
                mainView.logout();
            }
        });
        Thread.currentThread().setUncaughtExceptionHandler(uncaught);
        showLogin(null);
        stage.show();
    }

    private void showLogin() {
        showLogin(null);
    }

    private void showLogin(Throwable failureToReport) {
        mainView = null;
        activeSession = null;
        if (exitAfterLogout) {
            stage.hide();
            return;
        }
        LoginViewModel viewModel = new LoginViewModel(loginService, executor, errors,
                credentialMemory, demoUsers, token, this::showMain);
        LoginView view = new LoginView(viewModel);
        uncaught.showIn(viewModel::reportFailure);
        stage.setTitle(Messages.get("login.windowTitle"));
        stage.setScene(scene(view.root()));
        viewModel.loadRememberedFile();
        if (failureToReport != null) {
            viewModel.reportFailure(failureToReport);
        }
        view.focusInitial();
    }

    private void showMain(MamoriSession session) {
        try {
            openMainWindow(session);
        } catch (RuntimeException e) {
            // The session must not stay open behind a login screen.
            ScreenActions actions = activeSession;
            mainView = null;
            if (actions != null) {
                actions.logout(ScreenAction.of(MainViewModel.SCREEN, "logout"), () -> { });
            }
            showLogin(e);
        }
    }

    private void openMainWindow(MamoriSession session) {
        UserNotice notice = new UserNotice();
        ScreenActions actions = new ScreenActions(session, executor, errors, notice);
        uncaught.showIn(FxFailureReporter.showingMessage(errors, notice));
        activeSession = actions;
        if (session.info().passwordChangeRequired()) {
            showForcedPasswordChange(actions, notice, session.info());
        } else {
            showMainWindow(actions, notice, session.info());
        }
    }

    /**
     * After a one-time password nothing but the change (or logout) is offered (ADR 0015); the server
     * refuses every other call of the session until then.
     */
    private void showForcedPasswordChange(ScreenActions actions, UserNotice notice, SessionInfo info) {
        actions.onSessionEnded(message -> actions.logout(ScreenAction.of(PasswordChangeViewModel.SCREEN, "logout"),
                this::showLogin));
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(actions, errors, true,
                () -> showMainWindow(actions, notice, info.withPasswordChanged()));
        PasswordChangeView view = new PasswordChangeView(viewModel,
                () -> actions.logout(ScreenAction.of(PasswordChangeViewModel.SCREEN, "logout"), this::showLogin));
        stage.setTitle(Messages.get("main.windowTitle"));
        stage.setScene(scene(view.root()));
        view.focusInitial();
    }

    private void showMainWindow(ScreenActions actions, UserNotice notice, SessionInfo info) {
        Instant loginTime = clock.instant();
        WorkBadges badges = new WorkBadges();
        MainViewModel viewModel = new MainViewModel(info, loginTime, clock.getZone(),
                actions, notice, badges);
        LockViewModel lockViewModel = new LockViewModel(info, actions, errors,
                IdleLimit.of(info), System::nanoTime);
        actions.onSessionEnded(lockViewModel::sessionEnded);
        ScreenContext context = new ScreenContext(info, actions, executor, errors, badges);
        MainView view = new MainView(viewModel, lockViewModel,
                destination -> screens.create(destination, context), this::showLogin);
        mainView = view;
        view.passwordChanges(close -> new PasswordChangeView(new PasswordChangeViewModel(actions, errors, false,
                () -> { }), close));
        Scene scene = scene(view.root());
        view.install(scene);
        stage.setTitle(Messages.get("main.windowTitle"));
        stage.setScene(scene);
        view.focusInitial();
        viewModel.loadCounts();
    }

    private static Scene scene(Parent root) {
        JapaneseFont.applyTo(root);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(
                Objects.requireNonNull(MamoriApp.class.getResource("mamori.css")).toExternalForm());
        return scene;
    }

    /**
     * Logs out a session still open and stops the background worker. Runs on the JavaFX thread;
     * safe to call twice.
     */
    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (mainView != null) {
            mainView.dispose();
        }
        // Let queued work finish first, so the session is never used by two threads at once.
        executor.shutdown();
        ScreenActions open = activeSession;
        activeSession = null;
        if (open != null) {
            open.logoutNow();
        }
    }
}
