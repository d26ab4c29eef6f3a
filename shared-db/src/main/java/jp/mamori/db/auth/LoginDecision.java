package jp.mamori.db.auth;

/**
 * The outcome of a login: refused with H2's generic answer, refused with the reason told to a
 * caller who proved key and password, or a full session. No other kind of session exists.
 *
 * @param reason   the audit reason
 * @param told     the reason the caller is told, or {@code null} for the generic answer and for success
 * @param staff    the account, when key possession was proven (for the audit row's role and section)
 * @param login    the session, only on success
 */
record LoginDecision(String reason, LoginStatus told, LoginDirectory.Staff staff, LoginContext login) {

    static LoginDecision refuse(String reason) {
        return new LoginDecision(reason, null, null, null);
    }

    static LoginDecision refuse(String reason, LoginDirectory.Staff staff) {
        return new LoginDecision(reason, null, staff, null);
    }

    static LoginDecision tell(LoginStatus told, LoginDirectory.Staff staff) {
        return new LoginDecision(told.name().toLowerCase(java.util.Locale.ROOT), told, staff, null);
    }

    static LoginDecision session(LoginDirectory.Staff staff, LoginContext login) {
        return new LoginDecision("ok", null, staff, login);
    }

    boolean succeeded() {
        return login != null;
    }
}
