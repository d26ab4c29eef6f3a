package jp.mamori.db.release;

import java.util.HashMap;
import java.util.Map;
import jp.mamori.db.client.FlagWorkApi;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.testing.TestServer;

/** Demo staff logged in through the real client path, one session per user, closed at the end. */
final class Sessions implements AutoCloseable {

    private final Map<String, MamoriSession> open = new HashMap<>();

    MamoriSession of(String user) {
        return open.computeIfAbsent(user, u -> {
            try {
                return TestServer.login(u);
            } catch (Exception e) {
                throw new IllegalStateException("login of " + u + " failed", e);
            }
        });
    }

    ReleaseApi release(String user) {
        return of(user).procedures(ReleaseApi.class);
    }

    FlagWorkApi flags(String user) {
        return of(user).procedures(FlagWorkApi.class);
    }

    @Override
    public void close() {
        open.values().forEach(MamoriSession::close);
        open.clear();
    }
}
