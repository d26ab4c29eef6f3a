package jp.mamori.db.client;

/** Why a login did not succeed; each has a Japanese message in the client. */
public enum LoginFailure {
    /** Unknown user or wrong password: deliberately the same answer for both. */
    WRONG_CREDENTIALS,
    /** The PKCS#12 file could not be opened with the password, or is not a mamori credential. */
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
    /** The server's TLS certificate is not from the project CA. */
    SERVER_UNTRUSTED
}
