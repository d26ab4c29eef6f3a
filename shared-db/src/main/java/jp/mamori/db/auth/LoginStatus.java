package jp.mamori.db.auth;

/**
 * Whether a session may work ({@link #OK}, the only status a session ever has), or why a login or a
 * live session was refused. The reasons are told only to a caller who proved key and password
 * (ADR 0002); a live session that reaches one of them is ended.
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
