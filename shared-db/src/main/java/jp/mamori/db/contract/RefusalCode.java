package jp.mamori.db.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason a call to the server does not succeed, as one stable code on the wire
 * ({@code MAMORI[code|arg|...]}, ADR 0003) with the names of its arguments in order. The server
 * throws these; the client maps each one to a Japanese message with an exhaustive switch, so a
 * code without a message does not compile (ADR 0014). {@link #UNKNOWN} is only ever built by the
 * client, for a wire code it does not know; it keeps that code as its first argument.
 */
public enum RefusalCode {

    /** The connection has no mamori login (a plain JDBC user, a forgotten session). */
    DENIED_SESSION("denied.session"),
    /** The login is restricted: locked after failures. */
    DENIED_SESSION_LOCKED("denied.session.locked"),
    /** The login is restricted: the certificate was revoked. */
    DENIED_SESSION_REVOKED("denied.session.revoked"),
    /** The login is restricted: the certificate is outside its validity. */
    DENIED_SESSION_EXPIRED("denied.session.expired"),
    /** The login is restricted: not a designated terminal. */
    DENIED_SESSION_TERMINAL("denied.session.terminal"),
    /** The login is restricted: the account is disabled. */
    DENIED_SESSION_DISABLED("denied.session.disabled"),
    /** The server ended the session: the user logged out (ADR 0002). */
    SESSION_ENDED_LOGOUT("session.ended.logout"),
    /** The server ended the session: the certificate was revoked. */
    SESSION_ENDED_REVOKED("session.ended.revoked"),
    /** The server ended the session: the certificate's validity ended. */
    SESSION_ENDED_EXPIRED("session.ended.expired"),
    /** The server ended the session: the account was locked. */
    SESSION_ENDED_LOCKED("session.ended.locked"),
    /** The server ended the session: the account was disabled. */
    SESSION_ENDED_DISABLED("session.ended.disabled"),
    /** The server ended the session: the terminal is no longer designated. */
    SESSION_ENDED_TERMINAL("session.ended.terminal"),
    /** The server ended the session: idle longer than {@code client.idleLockMinutes}. */
    SESSION_ENDED_IDLE("session.ended.idle"),
    /** The server ended the session: older than {@code session.maxAgeHours}. */
    SESSION_ENDED_MAX_AGE("session.ended.maxage"),
    /** The server closed the session (a call on a session the reaper closed). */
    SESSION_ENDED_CLOSED("session.ended.closed"),
    /** The server stopped while the session was open. */
    SESSION_ENDED_SERVER_STOP("session.ended.serverstop"),

    /** The caller's role may not call this procedure. */
    DENIED_ROLE("denied.role"),
    /** Another section's data, or a section that may not do this. */
    DENIED_SECTION("denied.section"),
    /** A correction by a section that does not hold the person now. */
    DENIED_NOT_HOLDING("denied.notHolding"),
    /** A chief deciding their own request. */
    DENIED_OWN_REQUEST("denied.ownRequest"),
    /** Withdrawing someone else's request. */
    DENIED_NOT_REQUESTER("denied.notRequester"),

    /** Browsing by holding section alone, for another section than the caller's (ADR 0013). */
    DENIED_BROWSE_OTHER_SECTION("denied.browseOtherSection"),

    /** Wire guard (ADR 0012): a statement that is not an API call, or metadata, or an unprepared command. */
    DENIED_STATEMENT("denied.statement"),
    /** Wire guard: the client's connection settings or realm are not allowed (sent before login). */
    DENIED_SETTING("denied.setting"),
    /** Wire guard: another protocol version, another database, or an operation outside the protocol. */
    DENIED_PROTOCOL("denied.protocol"),
    /** Wire guard: more calls per minute than {@code session.maxCallsPerMinute}. */
    DENIED_RATE("denied.rate"),

    /** A field the server refused: the message key of the field, then that message's arguments. */
    INVALID_INPUT("invalid.input", "key", "arguments..."),
    /** Wire guard: an API call with the wrong number or types of arguments. */
    INVALID_ARGUMENTS("invalid.arguments"),
    /** A search without any criterion. */
    INVALID_CRITERIA("invalid.criteria"),
    /** A correction that changes nothing. */
    INVALID_NO_CHANGE("invalid.noChange"),
    /** The screen id is not a screen id. */
    INVALID_SCREEN("invalid.screen"),
    /** The screen action id is not an action id. */
    INVALID_ACTION("invalid.action"),
    /** The revocation reason is not one of the known reasons. */
    INVALID_REASON("invalid.reason"),

    /** The addressee number is registered: show the person, then confirm. */
    CONFIRM_EXISTING("confirm.existing", "personId"),

    /** The typed fields differ from the stored person. */
    CONFLICT_MISMATCH("conflict.mismatch", "fields..."),
    /** The section already holds the person. */
    CONFLICT_ALREADY_REGISTERED("conflict.alreadyRegistered"),
    /** Someone else changed the row first. */
    CONFLICT_VERSION("conflict.version"),
    /** A concurrent write; trying again may succeed. */
    CONFLICT_RETRY("conflict.retry"),
    /** The registration is released already. */
    CONFLICT_RELEASED("conflict.released"),
    /** A request of the registration is pending already. */
    CONFLICT_PENDING("conflict.pending"),
    /** The request was decided or withdrawn already. */
    CONFLICT_NOT_PENDING("conflict.notPending", "status"),
    /** The flag work was confirmed already. */
    CONFLICT_ALREADY_CONFIRMED("conflict.alreadyConfirmed"),
    /** The flag work was closed by the person's release. */
    CONFLICT_NOT_NEEDED("conflict.notNeeded"),
    /** The linkage duty is no longer active. */
    CONFLICT_DUTY_INACTIVE("conflict.dutyInactive"),

    /** No such person. */
    NOTFOUND_PERSON("notfound.person"),
    /** No such registration. */
    NOTFOUND_REGISTRATION("notfound.registration"),
    /** No such request. */
    NOTFOUND_REQUEST("notfound.request"),
    /** No such linkage duty. */
    NOTFOUND_DUTY("notfound.duty"),
    /** No such flag work item. */
    NOTFOUND_FLAG_WORK("notfound.flagWork"),
    /** No such staff member. */
    NOTFOUND_STAFF("notfound.staff"),
    /** No such certificate. */
    NOTFOUND_CERTIFICATE("notfound.certificate"),

    /** A session whose one-time password must be changed first (ADR 0015). */
    DENIED_PASSWORD_CHANGE("denied.passwordChange"),
    /** An administrator changing or disabling their own account. */
    DENIED_SELF("denied.self"),
    /** The current password given with a password change is wrong. */
    INVALID_CURRENT_PASSWORD("invalid.currentPassword"),
    /** A catalogue file that cannot be imported: which file, which line (0: the whole file), why. */
    INVALID_CATALOGUE("invalid.catalogue", "file", "line", "key"),
    /** The login id is taken. */
    CONFLICT_STAFF_EXISTS("conflict.staffExists"),
    /** No key for a disabled account. */
    CONFLICT_STAFF_DISABLED("conflict.staffDisabled"),
    /** The last active administrator stays one. */
    CONFLICT_LAST_ADMIN("conflict.lastAdmin"),
    /** The terminal id is taken. */
    CONFLICT_TERMINAL_EXISTS("conflict.terminalExists"),
    /** The section code is taken. */
    CONFLICT_SECTION_EXISTS("conflict.sectionExists"),
    /** Another section has the name. */
    CONFLICT_SECTION_NAME_TAKEN("conflict.sectionNameTaken"),
    /** A section with active staff is not retired. */
    CONFLICT_SECTION_HAS_STAFF("conflict.sectionHasStaff", "count"),
    /** A section holding persons is not retired. */
    CONFLICT_SECTION_HOLDS("conflict.sectionHolds", "count"),
    /** A section with active duties is not retired. */
    CONFLICT_SECTION_HAS_DUTIES("conflict.sectionHasDuties", "count"),
    /** A duty for a section that does no linkage. */
    CONFLICT_NOT_LINKAGE_SECTION("conflict.notLinkageSection"),
    /** The same duty exists. */
    CONFLICT_DUTY_EXISTS("conflict.dutyExists"),
    /** A duty with open items is retired only with a duty taking them over. */
    CONFLICT_DUTY_HAS_OPEN_ITEMS("conflict.dutyHasOpenItems", "count"),
    /** No such terminal. */
    NOTFOUND_TERMINAL("notfound.terminal"),
    /** No such section. */
    NOTFOUND_SECTION("notfound.section"),
    /** The server has no CA key loaded; no certificate can be issued. */
    ERROR_CA_UNAVAILABLE("error.caUnavailable"),

    /** The server failed; the details stay in its log (SQLState MM500). */
    ERROR_INTERNAL("error.internal"),
    /** Client side: the connection to the server is gone. */
    CONNECTION_LOST("connection.lost"),
    /** Client side: the server failed without a mamori code. */
    ERROR_UNEXPECTED("error.unexpected"),
    /** Client side: a wire code this client does not know; its first argument is that code. */
    UNKNOWN("unknown", "code");

    private static final Map<String, RefusalCode> BY_WIRE = Arrays.stream(values())
            .filter(c -> c != UNKNOWN).collect(Collectors.toUnmodifiableMap(RefusalCode::wire, Function.identity()));

    private final String wire;
    private final List<String> argumentNames;

    RefusalCode(String wire, String... argumentNames) {
        this.wire = wire;
        this.argumentNames = List.of(argumentNames);
    }

    /** The code as it travels, e.g. {@code conflict.version}. */
    public String wire() {
        return wire;
    }

    /** The names of the arguments in order; a name ending in {@code ...} takes the rest. */
    public List<String> argumentNames() {
        return argumentNames;
    }

    /** The code with this wire form; empty for a code this side does not know (and for {@code unknown}). */
    public static Optional<RefusalCode> ofWire(String wire) {
        return Optional.ofNullable(wire == null ? null : BY_WIRE.get(wire));
    }

    /** The restricted-session code of a login status name ({@code LOCKED} → {@link #DENIED_SESSION_LOCKED}). */
    public static RefusalCode restrictedSession(String statusName) {
        return ofWire("denied.session." + statusName.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("no refusal code for login status " + statusName));
    }

    /**
     * Whether this code says the login can do no more work: the connection has no valid login
     * ({@code denied.session*}) or the server ended the session ({@code session.ended.*}).
     */
    public boolean endsSession() {
        return wire.equals("denied.session") || wire.startsWith("denied.session.") || serverEndedSession();
    }

    /** Whether the server ended the session ({@code session.ended.*}); the client locks and offers a new login. */
    public boolean serverEndedSession() {
        return wire.startsWith("session.ended.");
    }
}
