package jp.mamori.db.auth;

/**
 * The outcome of a login: refused outright (the generic answer), or a session — full
 * ({@link LoginStatus#OK}) or restricted to asking why it cannot work.
 */
record LoginDecision(String reason, LoginContext login) {

    static LoginDecision refuse(String reason) {
        return new LoginDecision(reason, null);
    }

    static LoginDecision session(String reason, LoginContext login) {
        return new LoginDecision(reason, login);
    }

    boolean opensSession() {
        return login != null;
    }

    boolean succeeded() {
        return login != null && login.status() == LoginStatus.OK;
    }
}
