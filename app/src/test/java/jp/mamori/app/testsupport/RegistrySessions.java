package jp.mamori.app.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.registry.RegistryContext;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.text.AddresseeNumber;

/**
 * Real sessions of the test server for view-model tests: the real realm login, procedures and
 * audit log, with the background work run synchronously by {@link DirectUiExecutor}.
 */
public final class RegistrySessions implements AutoCloseable {

    /** A fixed "today" for dates of birth: 2025-04-01 in Tokyo. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2025-04-01T03:00:00Z"), RegistryContext.ZONE);

    private final List<MamoriSession> open = new ArrayList<>();
    private final UserNotice notice = new UserNotice();

    /** The registry context of a demo user logged in through the real client path. */
    public RegistryContext logIn(String userName) throws Exception {
        MamoriSession session = TestServer.login(userName);
        open.add(session);
        ScreenActions actions = new ScreenActions(session, new DirectUiExecutor(), new ErrorPresenter(), notice);
        return new RegistryContext(session.info(), actions, new ErrorPresenter(), TODAY,
                AddresseeNumber.DEFAULT_MAX_LENGTH);
    }

    /** What reached the window's banner (unhandled failures); empty if none. */
    public String banner() {
        return notice.messageProperty().get();
    }

    @Override
    public void close() {
        open.forEach(MamoriSession::close);
    }
}
