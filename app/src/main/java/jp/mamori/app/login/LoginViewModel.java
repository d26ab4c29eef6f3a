package jp.mamori.app.login;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.UiExecutor;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.app.session.LoginService;
import jp.mamori.app.session.TokenSettings;
import jp.mamori.db.client.StaffKeySource;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and behaviour of the ログイン screen: the credential file, the password, the login on
 * the background worker, and the message for each failure.
 *
 * <p>Logins are audited by the server itself (the realm records accepted and refused logins);
 * before a session exists there is nothing for the client to record.
 */
public final class LoginViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final LoginService loginService;
    private final UiExecutor executor;
    private final ErrorPresenter errors;
    private final CredentialMemory memory;
    private final List<DemoUser> demoUsers;
    private final Optional<TokenSettings> token;
    private final Consumer<MamoriSession> onLoggedIn;

    private final ObjectProperty<CredentialSource> source =
            new SimpleObjectProperty<>(CredentialSource.PKCS12_FILE);
    private final ObjectProperty<Path> credentialFile = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final BooleanBinding canLogin;
    private final StringBinding credentialFileText;

    /**
     * @param loginService the login seam
     * @param executor     background executor
     * @param errors       the error path
     * @param memory       remembers the last credential file of this terminal account
     * @param demoUsers    demo logins to offer, empty outside demo mode
     * @param token        this terminal's IC card reader, if it has one
     * @param onLoggedIn   receives the session on the JavaFX thread after a successful login
     */
    public LoginViewModel(LoginService loginService, UiExecutor executor, ErrorPresenter errors,
            CredentialMemory memory, List<DemoUser> demoUsers, Optional<TokenSettings> token,
            Consumer<MamoriSession> onLoggedIn) {
        this.loginService = Objects.requireNonNull(loginService, "loginService");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.demoUsers = List.copyOf(demoUsers);
        this.token = Objects.requireNonNull(token, "token");
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn, "onLoggedIn");
        this.canLogin = Bindings.createBooleanBinding(
                () -> !busy.get() && !password.get().isEmpty()
                        && (source.get() == CredentialSource.PKCS12_FILE ? credentialFile.get() != null
                                : token.isPresent() && !pin.get().isEmpty()),
                busy, source, credentialFile, password, pin);
        this.credentialFileText = Bindings.createStringBinding(
                () -> credentialFile.get() == null ? "" : credentialFile.get().toString(),
                credentialFile);
    }

    /** Loads the remembered credential file in the background (at most once per screen). */
    public void loadRememberedFile() {
        executor.execute(memory::load, this::applyRemembered, failure ->
                LOG.warn("Could not read the remembered credential file setting: {}",
                        failure.getClass().getName()));
    }

    private void applyRemembered(Optional<Path> remembered) {
        if (credentialFile.get() == null) {
            remembered.ifPresent(credentialFile::set);
        }
    }

    /** The user chose a PKCS#12 file. */
    public void chooseFile(Path file) {
        credentialFile.set(Objects.requireNonNull(file, "file"));
        source.set(CredentialSource.PKCS12_FILE);
        errorMessage.set("");
    }

    /** Demo mode: the user picked a demo login; its file is filled in, not its password. */
    public void chooseDemoUser(DemoUser user) {
        chooseFile(user.pkcs12());
    }

    /** Logs in with the chosen file or IC card and the typed password, if the form is complete. */
    public void login() {
        if (!canLogin.get()) {
            return;
        }
        StaffKeySource key = source.get() == CredentialSource.PKCS12_FILE
                ? new StaffKeySource.KeyFile(credentialFile.get())
                : new StaffKeySource.Pkcs11Token(token.orElseThrow().library(), token.orElseThrow().slotListIndex(),
                        pin.get().toCharArray());
        char[] secret = password.get().toCharArray();
        password.set("");
        pin.set("");
        errorMessage.set("");
        busy.set(true);
        executor.execute(() -> loginAndRemember(key, secret), session -> {
            busy.set(false);
            onLoggedIn.accept(session);
        }, failure -> {
            busy.set(false);
            errorMessage.set(errors.messageFor(failure));
        });
    }

    private MamoriSession loginAndRemember(StaffKeySource key, char[] secret) throws Exception {
        try {
            MamoriSession session = loginService.login(key, secret);
            if (key instanceof StaffKeySource.KeyFile file) {
                try {
                    memory.save(file.pkcs12());
                } catch (IOException e) {
                    // Remembering is a convenience; the login itself succeeded.
                    LOG.warn("Could not remember the credential file: {}", e.getClass().getName());
                }
            }
            return session;
        } finally {
            Arrays.fill(secret, '\0');
            if (key instanceof StaffKeySource.Pkcs11Token card) {
                Arrays.fill(card.pin(), '\0');
            }
        }
    }

    /**
     * Shows why the previous session could not continue (e.g. the main window failed to open),
     * through the same error path as a failed login.
     */
    public void reportFailure(Throwable failure) {
        errorMessage.set(errors.messageFor(failure));
    }

    /** Whether this terminal has an IC card reader set up (PKCS#11). */
    public boolean tokenSupported() {
        return token.isPresent();
    }

    /** Whether demo logins are offered. */
    public boolean demoMode() {
        return !demoUsers.isEmpty();
    }

    public List<DemoUser> demoUsers() {
        return demoUsers;
    }

    /** The demo password, if every demo user has the same one (then it is shown once). */
    public Optional<String> demoSharedPassword() {
        return demoUsers.stream().map(DemoUser::password).distinct().count() == 1
                ? Optional.of(demoUsers.get(0).password()) : Optional.empty();
    }

    public ObjectProperty<CredentialSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<Path> credentialFileProperty() {
        return credentialFile;
    }

    public StringBinding credentialFileTextBinding() {
        return credentialFileText;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The IC card PIN; it unlocks the card locally and never leaves this terminal. */
    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public BooleanBinding canLoginBinding() {
        return canLogin;
    }
}
