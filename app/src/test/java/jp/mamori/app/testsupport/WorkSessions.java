package jp.mamori.app.testsupport;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.main.WorkBadges;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.testing.TestServer;

/**
 * Real sessions of the test server for the release and flag-work view models: the real realm
 * login, procedures and audit log, with background work run synchronously by
 * {@link DirectUiExecutor}; and fresh fictional persons registered through the registry
 * procedure, so that each test starts from a person nobody else touches.
 */
public final class WorkSessions implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<MamoriSession> open = new ArrayList<>();
    private final Map<String, MamoriSession> setUp = new HashMap<>();
    private final UserNotice notice = new UserNotice();

    /** A fictional person: a number nobody else uses, starting with 7. */
    public record Person(String number, String nameKanji, String nameKana) {
    }

    /** A new logged-in session of a demo user, closed with this object. */
    public MamoriSession session(String userName) throws Exception {
        MamoriSession session = TestServer.login(userName);
        open.add(session);
        return session;
    }

    /** One session per demo user for preparing data, closed with this object. */
    public MamoriSession setUpSession(String userName) throws Exception {
        MamoriSession session = setUp.get(userName);
        if (session == null) {
            session = session(userName);
            setUp.put(userName, session);
        }
        return session;
    }

    /** The work-screen context of a demo user logged in through the real client path. */
    public ScreenContext context(String userName) throws Exception {
        MamoriSession session = session(userName);
        ScreenActions actions = new ScreenActions(session, new DirectUiExecutor(), new ErrorPresenter(), notice);
        return new ScreenContext(session.info(), actions, new DirectUiExecutor(), new ErrorPresenter(),
                new WorkBadges());
    }

    /** What reached the window's banner (unhandled failures); empty if none. */
    public String banner() {
        return notice.messageProperty().get();
    }

    /** A new fictional person (not registered yet). */
    public static Person newPerson() {
        StringBuilder number = new StringBuilder("7");
        for (int i = 0; i < 14; i++) {
            number.append(RANDOM.nextInt(10));
        }
        return new Person(number.toString(), "見本" + FictionalPersons.kanjiTag() + "　解除",
                "ミホン" + FictionalPersons.kanaTag() + "　カイジョ");
    }

    /**
     * Registers {@code person} for the section of {@code userName} (joining an existing person
     * when {@code join}); returns the registration id.
     */
    public long register(String userName, Person person, boolean join) throws Exception {
        return setUpSession(userName).procedures(RegistryApi.class).register("person.register",
                new NewRegistration(person.number(), person.nameKanji(), person.nameKana(), Sex.F,
                        LocalDate.of(1988, 6, 15), true, true, RegistrationBasis.APPLICATION, join));
    }

    /** The person id of a registered person. */
    public long personId(Person person) throws Exception {
        return setUpSession("zeimu.clerk").procedures(RegistryApi.class).lookupNumber("person.search", person.number())
                .orElseThrow().personId();
    }

    @Override
    public void close() {
        open.forEach(MamoriSession::close);
        open.clear();
        setUp.clear();
    }
}
