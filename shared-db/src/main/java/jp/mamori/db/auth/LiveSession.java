package jp.mamori.db.auth;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.util.NetworkConnectionInfo;

/** One open staff session as the server tracks it: its login, its last call, and whether it ended. */
public final class LiveSession {

    private final LoginContext login;
    private final NetworkConnectionInfo connection;
    private final AtomicReference<SessionEnd> ended = new AtomicReference<>();
    private volatile Instant lastCall;
    private volatile boolean seen;

    LiveSession(LoginContext login, NetworkConnectionInfo connection) {
        this.login = login;
        this.connection = connection;
        this.lastCall = login.loggedInAt();
    }

    public LoginContext login() {
        return login;
    }

    /** The connection H2 gave the login: the key to its H2 session. */
    NetworkConnectionInfo connection() {
        return connection;
    }

    Instant lastCall() {
        return lastCall;
    }

    void called(Instant now) {
        lastCall = now;
    }

    /** Why it ended, or {@code null} while it is live. */
    public SessionEnd ended() {
        return ended.get();
    }

    /** Marks the end; true only for the first caller, who then records it. */
    boolean end(SessionEnd reason) {
        return ended.compareAndSet(null, reason);
    }

    /** The reaper found H2's session of this login at least once. */
    boolean seen() {
        return seen;
    }

    void markSeen() {
        seen = true;
    }
}
