package jp.mamori.db.client;

/** Why a login did not succeed; each has a Japanese message in the client. */
public enum LoginFailure {
    /** Unknown user or wrong password: deliberately the same answer for both. */
    WRONG_CREDENTIALS,
    /**
     * The PKCS#12 file could not be opened, or is not a mamori credential; or the PKCS#11 token
     * holds no staff key issued by the project CA.
     */
    CREDENTIAL_UNREADABLE,
    /** Too many failed attempts: the account is locked until an administrator unlocks it. */
    ACCOUNT_LOCKED,
    /** The account is disabled. */
    ACCOUNT_DISABLED,
    /** The certificate is outside its validity period. */
    CERTIFICATE_EXPIRED,
    /** The certificate has been revoked. */
    CERTIFICATE_REVOKED,
    /** This PC is not a registered designated terminal (指定端末). */
    TERMINAL_NOT_DESIGNATED,
    /** The server cannot be reached. */
    SERVER_UNREACHABLE,
    /**
     * Too many login attempts from this PC's address in the last minute: the server refused the
     * attempt before checking anything ({@code MAMORI[denied.login.rate]}, issue 8 finding 9).
     */
    TOO_MANY_ATTEMPTS,
    /** The server's TLS certificate is not from the project CA. */
    SERVER_UNTRUSTED,
    /**
     * The PKCS#11 token (IC カード) refused the PIN. Checked by the token on this terminal, before
     * anything reaches the server; the token's own retry counter, if any, applies.
     */
    TOKEN_PIN_WRONG,
    /**
     * The PKCS#11 token cannot be used: its library is missing, no token is in the slot, the token
     * was removed during the session, or its PIN is locked.
     */
    TOKEN_UNAVAILABLE
}
