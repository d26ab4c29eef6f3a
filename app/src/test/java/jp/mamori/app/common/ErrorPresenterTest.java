package jp.mamori.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.contract.RefusalCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ErrorPresenterTest {

    private static final String PERSONAL = "山田太郎 1985-04-01 000123456789";

    private final ErrorPresenter presenter = new ErrorPresenter();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorPresenter.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void everyLoginFailureHasItsOwnJapaneseMessage() {
        Set<String> messages = new HashSet<>();
        for (LoginFailure failure : EnumSet.allOf(LoginFailure.class)) {
            String message = presenter.messageFor(new LoginException(failure));
            assertTrue(message.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF),
                    failure + " should read in Japanese: " + message);
            assertFalse(message.contains(failure.name()), "no enum names on screen");
            messages.add(message);
        }
        assertEquals(LoginFailure.values().length, messages.size(), "messages must differ");
    }

    @Test
    void wrongPasswordAndUnknownUserReadTheSame() {
        String message = presenter.messageFor(new LoginException(LoginFailure.WRONG_CREDENTIALS));
        assertTrue(message.contains("証明書ファイルまたはパスワード"), message);
        assertFalse(message.contains("登録されていません"), "must not reveal whether the user exists");
    }

    @Test
    void knownRefusalsHaveMessagesAndUnknownOnesShowOnlyTheirCode() {
        assertEquals(Messages.get("error.refusal.conflictVersion"),
                presenter.messageFor(new ServerRefusal("conflict.version", List.of(), null)));
        String unknown = presenter.messageFor(new ServerRefusal("denied.future", List.of(), null));
        assertTrue(unknown.contains("denied.future"), unknown);
        String odd = presenter.messageFor(new ServerRefusal(PERSONAL, List.of(), null));
        assertFalse(odd.contains("山田"), "a code that is not a key is not echoed: " + odd);
    }

    @Test
    void everyCodeOfTheContractHasItsOwnMessageNotTheUnknownOne() {
        String unknown = Messages.get("error.refusal.unknown", "x");
        for (RefusalCode code : RefusalCode.values()) {
            if (code == RefusalCode.UNKNOWN || code == RefusalCode.ERROR_UNEXPECTED) {
                continue;
            }
            String message = presenter.messageFor(new ServerRefusal(code, List.of(), null));
            assertFalse(message.isBlank(), code.wire());
            assertFalse(message.startsWith(unknown.substring(0, 10)), code.wire() + ": " + message);
        }
        // the four server codes that had no client message before the contract
        assertEquals(Messages.get("error.refusal.invalidAction"),
                presenter.messageFor(new ServerRefusal("invalid.action", List.of(), null)));
        assertEquals(Messages.get("error.refusal.invalidReason"),
                presenter.messageFor(new ServerRefusal("invalid.reason", List.of(), null)));
        assertEquals(Messages.get("error.refusal.notFoundStaff"),
                presenter.messageFor(new ServerRefusal("notfound.staff", List.of(), null)));
        assertEquals(Messages.get("error.refusal.notFoundCertificate"),
                presenter.messageFor(new ServerRefusal("notfound.certificate", List.of(), null)));
        assertTrue(log.list.isEmpty(), "no code of the contract is logged as unknown");
    }

    @Test
    void everyWayTheServerEndsASessionIsToldInJapaneseAndLocksTheWindow() {
        Set<String> messages = new HashSet<>();
        for (jp.mamori.db.auth.SessionEnd end : jp.mamori.db.auth.SessionEnd.values()) {
            ServerRefusal refusal = new ServerRefusal(end.refusalCode().wire(), List.of(), null);
            String message = presenter.messageFor(refusal);
            assertTrue(message.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF), end + ": " + message);
            assertTrue(presenter.endsSession(refusal), end.name());
            messages.add(message);
        }
        assertTrue(messages.size() >= 8, "revoked, expired, locked, disabled, terminal, idle, max age apart: " + messages);
        assertTrue(presenter.endsSession(new ServerRefusal("connection.lost", List.of(), null)));
        assertFalse(presenter.endsSession(new ServerRefusal("conflict.version", List.of(), null)));
    }

    @Test
    void restrictedOrUnknownSessionsAreToldToLogInAgain() {
        assertEquals(Messages.get("error.refusal.sessionEnded"),
                presenter.messageFor(new ServerRefusal("denied.session", List.of(), null)));
        assertEquals(Messages.get("error.refusal.sessionEnded"),
                presenter.messageFor(new ServerRefusal("denied.session.locked", List.of(), null)));
    }

    @Test
    void anUnexplainedServerErrorIsTreatedAsUnexpected() {
        String message = presenter.messageFor(new ServerRefusal("error.unexpected", List.of(),
                new IllegalStateException(PERSONAL)));
        assertTrue(message.startsWith("予期しないエラーが発生しました"), message);
        assertEquals(1, log.list.size());
        assertFalse(ThrowableProxyUtil.asString(log.list.get(0).getThrowableProxy()).contains("山田"));
    }

    @Test
    void unexpectedFailuresGetAGenericMessageAndARedactedLogEntry() {
        Exception failure = new ExecutionException(new IllegalStateException("state " + PERSONAL,
                new SQLException("INSERT ... VALUES ('" + PERSONAL + "')")));

        String message = presenter.messageFor(failure);

        assertFalse(message.contains(PERSONAL));
        assertFalse(message.contains("Exception"), "no exception names on screen");
        assertTrue(message.startsWith("予期しないエラーが発生しました"), message);
        String reference = message.replaceAll(".*参照番号：([0-9A-F]{8}).*", "$1");
        assertEquals(8, reference.length(), message);

        assertEquals(1, log.list.size());
        ILoggingEvent event = log.list.get(0);
        String logged = event.getFormattedMessage() + ThrowableProxyUtil.asString(
                event.getThrowableProxy());
        assertTrue(logged.contains(reference), "the log entry carries the reference");
        assertTrue(logged.contains("java.lang.IllegalStateException"), logged);
        assertTrue(logged.contains("java.sql.SQLException"), "causes are kept: " + logged);
        assertTrue(logged.contains("ErrorPresenterTest"), "stack frames are kept");
        assertFalse(logged.contains("山田"), "no personal data in the log: " + logged);
        assertFalse(logged.contains("INSERT"), "no exception messages in the log: " + logged);
    }
}
