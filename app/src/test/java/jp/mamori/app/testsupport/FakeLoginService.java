package jp.mamori.app.testsupport;

import java.nio.file.Path;
import jp.mamori.db.client.StaffKeySource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.mamori.app.session.LoginService;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.SessionInfo;

/**
 * STAND-IN LOGIN for client tests until the real server is wired in: accounts and failures are
 * set up per credential file. Integration replaces this with {@code MamoriConnector::login}
 * against {@code DemoEnvironment}.
 */
public final class FakeLoginService implements LoginService {

    private record Account(SessionInfo info, String password) {
    }

    private final Map<Path, Account> accounts = new ConcurrentHashMap<>();
    private final Map<Path, LoginFailure> failures = new ConcurrentHashMap<>();
    private final List<FakeSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Path> attempts = new CopyOnWriteArrayList<>();
    private volatile Pause beforeLogin = () -> { };

    /** Something a login waits for, to observe the screen while a login is under way. */
    @FunctionalInterface
    public interface Pause {
        void await() throws InterruptedException;
    }

    /** Every login first runs {@code pause} (on the background worker). */
    public FakeLoginService beforeLogin(Pause pause) {
        this.beforeLogin = pause;
        return this;
    }

    /** Logging in with {@code file} and {@code password} yields a session of {@code info}. */
    public FakeLoginService account(Path file, String password, SessionInfo info) {
        accounts.put(file, new Account(info, password));
        return this;
    }

    /** Logging in with {@code file} fails with {@code failure}, whatever the password. */
    public FakeLoginService failing(Path file, LoginFailure failure) {
        failures.put(file, failure);
        return this;
    }

    @Override
    public MamoriSession login(StaffKeySource source, char[] password) throws LoginException {
        if (!(source instanceof StaffKeySource.KeyFile file)) {
            throw new LoginException(LoginFailure.TOKEN_UNAVAILABLE);
        }
        Path pkcs12 = file.pkcs12();
        attempts.add(pkcs12);
        try {
            beforeLogin.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginException(LoginFailure.SERVER_UNREACHABLE, e);
        }
        LoginFailure failure = failures.get(pkcs12);
        if (failure != null) {
            throw new LoginException(failure);
        }
        Account account = accounts.get(pkcs12);
        if (account == null || !account.password().equals(new String(password))) {
            throw new LoginException(LoginFailure.WRONG_CREDENTIALS);
        }
        FakeSession session = new FakeSession(account.info(), password);
        sessions.add(session);
        return session;
    }

    /** Sessions handed out, oldest first. */
    public List<FakeSession> sessions() {
        return List.copyOf(sessions);
    }

    /** Files of all login attempts, oldest first. */
    public List<Path> attempts() {
        return List.copyOf(attempts);
    }
}
