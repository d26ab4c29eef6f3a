package jp.mamori.app.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.client.SessionInfo;

/**
 * STAND-IN SESSION for client tests until the real server is wired in: it keeps the rows a real
 * session would write so tests can count them. Replace with a session of the demo server in
 * integration tests once {@code MamoriConnector} and {@code DemoEnvironment} are available.
 */
public class FakeSession implements MamoriSession {

    /** One row the session was asked to record (recordAction) or wrote itself. */
    public record Row(String screen, String action, String target) {
    }

    private final SessionInfo info;
    private final char[] password;
    private final List<Row> recorded = new CopyOnWriteArrayList<>();
    private final List<String> selfAudited = new CopyOnWriteArrayList<>();
    private volatile ServerRefusal refuseRecording;
    private volatile boolean closed;

    public FakeSession(SessionInfo info, char[] password) {
        this.info = info;
        this.password = password.clone();
    }

    /** From now on, every recordAction is refused with {@code refusal} (null: accepted). */
    public void refuseRecording(ServerRefusal refusal) {
        this.refuseRecording = refusal;
    }

    @Override
    public SessionInfo info() {
        return info;
    }

    @Override
    public void recordAction(String screen, String action, String target) {
        requireOpen();
        ServerRefusal refusal = refuseRecording;
        if (refusal != null) {
            throw refusal;
        }
        recorded.add(new Row(screen, action, target));
    }

    @Override
    public <T> T procedures(Class<T> api) {
        throw new UnsupportedOperationException("no procedures in the stand-in session");
    }

    @Override
    public void reauthenticate(char[] attempt) throws LoginException {
        requireOpen();
        boolean ok = Arrays.equals(attempt, password);
        selfAudited.add(ok ? "reauthenticate.ok" : "reauthenticate.denied");
        if (!ok) {
            throw new LoginException(LoginFailure.WRONG_CREDENTIALS);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            selfAudited.add("logout");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new ServerRefusal("session.ended", List.of(), null);
        }
    }

    /** Rows written through recordAction. */
    public List<Row> recorded() {
        return new ArrayList<>(recorded);
    }

    /** Rows the stand-in server wrote itself (reauthentication, logout). */
    public List<String> selfAudited() {
        return new ArrayList<>(selfAudited);
    }

    public boolean isClosed() {
        return closed;
    }
}
