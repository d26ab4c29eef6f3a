package jp.mamori.app.common;

import java.lang.reflect.InvocationTargetException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.ServerRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path from a failure to what the user reads. Every failure of background work ends
 * here and becomes a Japanese sentence; no stack trace, exception text or server detail is ever
 * shown.
 *
 * <ul>
 *   <li>{@link LoginException}: one message per {@link LoginFailure} (unknown user and wrong
 *       password deliberately read the same).</li>
 *   <li>{@link ServerRefusal}: a message per known refusal code; an unknown code is shown with
 *       the code itself (a stable key, never personal data) so the 情報システム担当 can trace it.</li>
 *   <li>Anything else: a generic message with a reference number; the failure is logged under
 *       that number with its types and stack frames but without any exception message, which
 *       might contain personal data.</li>
 * </ul>
 */
public final class ErrorPresenter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The message for any failure of background work. */
    public String messageFor(Throwable failure) {
        Throwable error = unwrap(failure);
        if (error instanceof LoginException login) {
            return loginFailure(login.failure());
        }
        if (error instanceof ServerRefusal refusal) {
            return refusal(refusal);
        }
        return unexpected(error);
    }

    /** The message for a failed login. */
    public String loginFailure(LoginFailure failure) {
        return switch (failure) {
            case WRONG_CREDENTIALS -> Messages.get("login.failure.wrongCredentials");
            case CREDENTIAL_UNREADABLE -> Messages.get("login.failure.credentialUnreadable");
            case ACCOUNT_LOCKED -> Messages.get("login.failure.accountLocked");
            case ACCOUNT_DISABLED -> Messages.get("login.failure.accountDisabled");
            case CERTIFICATE_EXPIRED -> Messages.get("login.failure.certificateExpired");
            case CERTIFICATE_REVOKED -> Messages.get("login.failure.certificateRevoked");
            case TERMINAL_NOT_DESIGNATED -> Messages.get("login.failure.terminalNotDesignated");
            case SERVER_UNREACHABLE -> Messages.get("login.failure.serverUnreachable");
            case SERVER_UNTRUSTED -> Messages.get("login.failure.serverUntrusted");
            case TOKEN_PIN_WRONG -> Messages.get("login.failure.tokenPinWrong");
            case TOKEN_UNAVAILABLE -> Messages.get("login.failure.tokenUnavailable");
        };
    }

    private static String refusal(ServerRefusal refusal) {
        String code = refusal.code() == null ? "" : refusal.code();
        Object[] args = refusal.args().toArray();
        if (code.equals("denied.session") || code.startsWith("denied.session.")) {
            return Messages.get("error.refusal.sessionEnded");
        }
        return switch (code) {
            case "denied.role" -> Messages.get("error.refusal.deniedRole", args);
            case "conflict.version" -> Messages.get("error.refusal.conflictVersion", args);
            case "connection.lost" -> Messages.get("error.refusal.connectionLost", args);
            // The server failed without saying why: the same path as any unexpected failure.
            case "error.unexpected" -> unexpected(refusal);
            default -> {
                LOG.warn("Server refusal without a client message: code={}", safeCode(code));
                yield Messages.get("error.refusal.unknown", safeCode(code));
            }
        };
    }

    private static String unexpected(Throwable error) {
        String reference = HexFormat.of().withUpperCase().formatHex(randomBytes());
        LOG.error("Unexpected failure, reference {}", reference, Redacted.of(error));
        return Messages.get("error.unexpected", reference);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Refusal codes are stable keys; anything else is not echoed to the screen. */
    private static String safeCode(String code) {
        return code.matches("[a-z][a-z0-9._]{0,63}") ? code : "?";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable error = failure;
        while ((error instanceof ExecutionException || error instanceof CompletionException
                || error instanceof InvocationTargetException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }
}
