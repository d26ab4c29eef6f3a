package jp.mamori.db.auth;

/**
 * The state of a session after login. Only {@link #OK} sessions may work; the others exist so the
 * server can tell a key holder why they cannot (ADR 0002) and refuse every other call.
 */
public enum LoginStatus {
    OK,
    /** 連続失敗によりロック */
    LOCKED,
    /** 証明書失効 */
    REVOKED,
    /** 証明書の有効期間外 */
    EXPIRED,
    /** 指定端末ではない */
    TERMINAL,
    /** 利用停止 */
    DISABLED
}
