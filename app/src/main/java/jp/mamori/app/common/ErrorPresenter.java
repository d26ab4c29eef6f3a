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
        if (code.startsWith("session.ended.")) {
            return sessionEnded(code);
        }
        return switch (code) {
            case "denied.role" -> Messages.get("error.refusal.deniedRole", args);
            case "denied.section" -> Messages.get("error.refusal.deniedSection");
            case "denied.notHolding" -> Messages.get("error.refusal.deniedNotHolding");
            case "denied.browseOtherSection" -> Messages.get("error.refusal.deniedBrowseOtherSection");
            case "invalid.input" -> invalidInput(refusal.args());
            case "invalid.criteria" -> Messages.get("error.refusal.invalidCriteria");
            case "invalid.noChange" -> Messages.get("error.refusal.invalidNoChange");
            case "invalid.screen" -> Messages.get("error.refusal.invalidScreen");
            case "denied.statement", "invalid.arguments", "denied.setting", "denied.protocol" ->
                    Messages.get("error.refusal.deniedStatement");
            case "denied.rate" -> Messages.get("error.refusal.deniedRate");
            case "confirm.existing" -> Messages.get("error.refusal.confirmExisting");
            case "conflict.mismatch" -> Messages.get("error.refusal.conflictMismatch",
                    FieldNames.join(refusal.args()));
            case "conflict.alreadyRegistered" -> Messages.get("error.refusal.conflictAlreadyRegistered");
            case "conflict.version" -> Messages.get("error.refusal.conflictVersion", args);
            case "conflict.retry" -> Messages.get("error.refusal.conflictRetry");
            case "notfound.person" -> Messages.get("error.refusal.notFoundPerson");
            case "denied.ownRequest" -> Messages.get("error.refusal.deniedOwnRequest");
            case "denied.notRequester" -> Messages.get("error.refusal.deniedNotRequester");
            case "notfound.registration" -> Messages.get("error.refusal.notFoundRegistration");
            case "notfound.request" -> Messages.get("error.refusal.notFoundRequest");
            case "notfound.duty" -> Messages.get("error.refusal.notFoundDuty");
            case "notfound.flagWork" -> Messages.get("error.refusal.notFoundFlagWork");
            case "conflict.released" -> Messages.get("error.refusal.conflictReleased");
            case "conflict.pending" -> Messages.get("error.refusal.conflictPending");
            case "conflict.notPending" -> Messages.get("error.refusal.conflictNotPending",
                    requestStatus(refusal.args()));
            case "conflict.alreadyConfirmed" -> Messages.get("error.refusal.conflictAlreadyConfirmed");
            case "conflict.notNeeded" -> Messages.get("error.refusal.conflictNotNeeded");
            case "conflict.dutyInactive" -> Messages.get("error.refusal.conflictDutyInactive");
            case "denied.passwordChange" -> Messages.get("error.refusal.deniedPasswordChange", args);
            case "denied.self" -> Messages.get("error.refusal.deniedSelf", args);
            case "invalid.currentPassword" -> Messages.get("error.refusal.invalidCurrentPassword", args);
            case "invalid.reason" -> Messages.get("error.refusal.invalidReason", args);
            case "conflict.staffExists" -> Messages.get("error.refusal.conflictStaffExists", args);
            case "conflict.staffDisabled" -> Messages.get("error.refusal.conflictStaffDisabled", args);
            case "conflict.lastAdmin" -> Messages.get("error.refusal.conflictLastAdmin", args);
            case "conflict.terminalExists" -> Messages.get("error.refusal.conflictTerminalExists", args);
            case "conflict.sectionExists" -> Messages.get("error.refusal.conflictSectionExists", args);
            case "conflict.sectionNameTaken" -> Messages.get("error.refusal.conflictSectionNameTaken", args);
            case "conflict.sectionHasStaff" -> Messages.get("error.refusal.conflictSectionHasStaff", args);
            case "conflict.sectionHolds" -> Messages.get("error.refusal.conflictSectionHolds", args);
            case "conflict.sectionHasDuties" -> Messages.get("error.refusal.conflictSectionHasDuties", args);
            case "conflict.notLinkageSection" -> Messages.get("error.refusal.conflictNotLinkageSection", args);
            case "conflict.dutyExists" -> Messages.get("error.refusal.conflictDutyExists", args);
            case "conflict.dutyHasOpenItems" -> Messages.get("error.refusal.conflictDutyHasOpenItems", args);
            case "notfound.staff" -> Messages.get("error.refusal.notFoundStaff", args);
            case "notfound.certificate" -> Messages.get("error.refusal.notFoundCertificate", args);
            case "notfound.terminal" -> Messages.get("error.refusal.notFoundTerminal", args);
            case "notfound.section" -> Messages.get("error.refusal.notFoundSection", args);
            case "error.caUnavailable" -> Messages.get("error.refusal.caUnavailable", args);
            case "invalid.catalogue" -> CatalogueMessages.refusal(refusal.args());
            case "error.internal" -> Messages.get("error.refusal.internal");
            case "connection.lost" -> Messages.get("error.refusal.connectionLost", args);
            // The server failed without saying why: the same path as any unexpected failure.
            case "error.unexpected" -> unexpected(refusal);
            default -> {
                LOG.warn("Server refusal without a client message: code={}", safeCode(code));
                yield Messages.get("error.refusal.unknown", safeCode(code));
            }
        };
    }

    /** Why the server ended the session (ADR 0002); the lock screen then offers to log in again. */
    private static String sessionEnded(String code) {
        return switch (code) {
            case "session.ended.revoked" -> Messages.get("error.refusal.sessionEnded.revoked");
            case "session.ended.expired" -> Messages.get("error.refusal.sessionEnded.expired");
            case "session.ended.locked" -> Messages.get("error.refusal.sessionEnded.locked");
            case "session.ended.disabled" -> Messages.get("error.refusal.sessionEnded.disabled");
            case "session.ended.terminal" -> Messages.get("error.refusal.sessionEnded.terminal");
            case "session.ended.idle" -> Messages.get("error.refusal.sessionEnded.idle");
            case "session.ended.maxage" -> Messages.get("error.refusal.sessionEnded.maxAge");
            default -> Messages.get("error.refusal.sessionEnded");
        };
    }

    /**
     * Whether the failure means this login can do nothing more: the server ended it, or the
     * connection is gone (the server closes the connection of a session it ends). The window then
     * locks and offers to log in again.
     */
    public boolean endsSession(Throwable failure) {
        if (failure instanceof ServerRefusal refusal && refusal.code() != null) {
            return refusal.code().startsWith("session.ended.") || refusal.code().equals("connection.lost");
        }
        return false;
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
