package jp.mamori.app.common;

import java.lang.reflect.InvocationTargetException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.contract.RefusalCode;
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
        RefusalCode code = refusal.refusalCode();
        return switch (code) {
            case INVALID_INPUT -> invalidInput(refusal.args());
            case CONFLICT_MISMATCH -> Messages.get(messageKey(code), FieldNames.join(refusal.args()));
            case CONFLICT_NOT_PENDING -> Messages.get(messageKey(code), requestStatus(refusal.args()));
            case INVALID_CATALOGUE -> CatalogueMessages.refusal(refusal.args());
            // The server failed without saying why: the same path as any unexpected failure.
            case ERROR_UNEXPECTED -> unexpected(refusal);
            case UNKNOWN -> {
                LOG.warn("Server refusal without a client message: code={}", safeCode(refusal.code()));
                yield Messages.get(messageKey(code), safeCode(refusal.code()));
            }
            // counts and such (ADR 0015) fill the message's placeholders; codes without them ignore the arguments
            default -> Messages.get(messageKey(code), refusal.args().toArray());
        };
    }

    /**
     * The message key of every refusal code. The switch has no default branch: a code added to
     * {@link RefusalCode} without a message does not compile (ADR 0014), and the message-key test
     * checks that every key returned here is in both bundles.
     */
    public static String messageKey(RefusalCode code) {
        return switch (code) {
            case DENIED_SESSION, DENIED_SESSION_LOCKED, DENIED_SESSION_REVOKED, DENIED_SESSION_EXPIRED,
                    DENIED_SESSION_TERMINAL, DENIED_SESSION_DISABLED -> "error.refusal.sessionEnded";
            case SESSION_ENDED_REVOKED -> "error.refusal.sessionEnded.revoked";
            case SESSION_ENDED_EXPIRED -> "error.refusal.sessionEnded.expired";
            case SESSION_ENDED_LOCKED -> "error.refusal.sessionEnded.locked";
            case SESSION_ENDED_DISABLED -> "error.refusal.sessionEnded.disabled";
            case SESSION_ENDED_TERMINAL -> "error.refusal.sessionEnded.terminal";
            case SESSION_ENDED_IDLE -> "error.refusal.sessionEnded.idle";
            case SESSION_ENDED_MAX_AGE -> "error.refusal.sessionEnded.maxAge";
            // no reason to tell beyond "ended": a logout elsewhere, a closed connection, a server stop
            case SESSION_ENDED_LOGOUT, SESSION_ENDED_CLOSED, SESSION_ENDED_SERVER_STOP -> "error.refusal.sessionEnded";
            case DENIED_ROLE -> "error.refusal.deniedRole";
            case DENIED_SECTION -> "error.refusal.deniedSection";
            case DENIED_NOT_HOLDING -> "error.refusal.deniedNotHolding";
            case DENIED_OWN_REQUEST -> "error.refusal.deniedOwnRequest";
            case DENIED_NOT_REQUESTER -> "error.refusal.deniedNotRequester";
            case DENIED_BROWSE_OTHER_SECTION -> "error.refusal.deniedBrowseOtherSection";
            // the wire guard's refusals (ADR 0012): the client sent what the server never accepts
            case DENIED_STATEMENT, INVALID_ARGUMENTS, DENIED_SETTING, DENIED_PROTOCOL -> "error.refusal.deniedStatement";
            case DENIED_RATE -> "error.refusal.deniedRate";
            case INVALID_INPUT -> "error.refusal.invalidInput";
            case INVALID_CRITERIA -> "error.refusal.invalidCriteria";
            case INVALID_NO_CHANGE -> "error.refusal.invalidNoChange";
            case INVALID_SCREEN -> "error.refusal.invalidScreen";
            case INVALID_ACTION -> "error.refusal.invalidAction";
            case INVALID_REASON -> "error.refusal.invalidReason";
            case CONFIRM_EXISTING -> "error.refusal.confirmExisting";
            case CONFLICT_MISMATCH -> "error.refusal.conflictMismatch";
            case CONFLICT_ALREADY_REGISTERED -> "error.refusal.conflictAlreadyRegistered";
            case CONFLICT_VERSION -> "error.refusal.conflictVersion";
            case CONFLICT_RETRY -> "error.refusal.conflictRetry";
            case CONFLICT_RELEASED -> "error.refusal.conflictReleased";
            case CONFLICT_PENDING -> "error.refusal.conflictPending";
            case CONFLICT_NOT_PENDING -> "error.refusal.conflictNotPending";
            case CONFLICT_ALREADY_CONFIRMED -> "error.refusal.conflictAlreadyConfirmed";
            case CONFLICT_NOT_NEEDED -> "error.refusal.conflictNotNeeded";
            case CONFLICT_DUTY_INACTIVE -> "error.refusal.conflictDutyInactive";
            case NOTFOUND_PERSON -> "error.refusal.notFoundPerson";
            case NOTFOUND_REGISTRATION -> "error.refusal.notFoundRegistration";
            case NOTFOUND_REQUEST -> "error.refusal.notFoundRequest";
            case NOTFOUND_DUTY -> "error.refusal.notFoundDuty";
            case NOTFOUND_FLAG_WORK -> "error.refusal.notFoundFlagWork";
            case NOTFOUND_STAFF -> "error.refusal.notFoundStaff";
            case NOTFOUND_CERTIFICATE -> "error.refusal.notFoundCertificate";
            case DENIED_PASSWORD_CHANGE -> "error.refusal.deniedPasswordChange";
            case DENIED_SELF -> "error.refusal.deniedSelf";
            case INVALID_CURRENT_PASSWORD -> "error.refusal.invalidCurrentPassword";
            case INVALID_CATALOGUE -> "error.refusal.invalidCatalogue";
            case CONFLICT_STAFF_EXISTS -> "error.refusal.conflictStaffExists";
            case CONFLICT_STAFF_DISABLED -> "error.refusal.conflictStaffDisabled";
            case CONFLICT_LAST_ADMIN -> "error.refusal.conflictLastAdmin";
            case CONFLICT_TERMINAL_EXISTS -> "error.refusal.conflictTerminalExists";
            case CONFLICT_SECTION_EXISTS -> "error.refusal.conflictSectionExists";
            case CONFLICT_SECTION_NAME_TAKEN -> "error.refusal.conflictSectionNameTaken";
            case CONFLICT_SECTION_HAS_STAFF -> "error.refusal.conflictSectionHasStaff";
            case CONFLICT_SECTION_HOLDS -> "error.refusal.conflictSectionHolds";
            case CONFLICT_SECTION_HAS_DUTIES -> "error.refusal.conflictSectionHasDuties";
            case CONFLICT_NOT_LINKAGE_SECTION -> "error.refusal.conflictNotLinkageSection";
            case CONFLICT_DUTY_EXISTS -> "error.refusal.conflictDutyExists";
            case CONFLICT_DUTY_HAS_OPEN_ITEMS -> "error.refusal.conflictDutyHasOpenItems";
            case NOTFOUND_TERMINAL -> "error.refusal.notFoundTerminal";
            case NOTFOUND_SECTION -> "error.refusal.notFoundSection";
            case ERROR_CA_UNAVAILABLE -> "error.refusal.caUnavailable";
            case ERROR_INTERNAL -> "error.refusal.internal";
            case CONNECTION_LOST -> "error.refusal.connectionLost";
            case ERROR_UNEXPECTED -> "error.unexpected";
            case UNKNOWN -> "error.refusal.unknown";
        };
    }

    /**
     * Whether the failure means this login can do nothing more: the server ended it, or the
     * connection is gone (the server closes the connection of a session it ends). The window then
     * locks and offers to log in again.
     */
    public boolean endsSession(Throwable failure) {
        return failure instanceof ServerRefusal refusal
                && (refusal.refusalCode().serverEndedSession() || refusal.refusalCode() == RefusalCode.CONNECTION_LOST);
    }

    /** {@code invalid.input}: the first argument is the message key, the rest its arguments. */
    private static String invalidInput(List<String> args) {
        if (!args.isEmpty()) {
            var message = InputMessages.forKey(args.get(0), args.subList(1, args.size()));
            if (message.isPresent()) {
                return message.get();
            }
            LOG.warn("Input refusal without a client message: key={}", safeCode(args.get(0)));
        }
        return Messages.get("error.refusal.invalidInput");
    }

    /** {@code conflict.notPending}: the request's status as the server names it, in words. */
    private static String requestStatus(List<String> args) {
        String status = args.isEmpty() ? "" : args.get(0);
        return switch (status) {
            case "APPROVED" -> Messages.get("request.status.approved");
            case "REJECTED" -> Messages.get("request.status.rejected");
            case "WITHDRAWN" -> Messages.get("request.status.withdrawn");
            default -> Messages.get("request.status.other");
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
        return code.matches("[a-z][a-zA-Z0-9._]{0,63}") ? code : "?";
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
