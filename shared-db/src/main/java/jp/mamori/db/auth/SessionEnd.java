package jp.mamori.db.auth;

import java.util.Locale;

/** Why a session ended; recorded in MAMORI.LOGIN_SESSION.END_REASON and told to the client. */
public enum SessionEnd {
    /** The user logged out. */
    LOGOUT,
    /** 証明書失効 */
    REVOKED,
    /** 証明書の有効期間が終わった */
    EXPIRED,
    /** アカウントがロックされた */
    LOCKED,
    /** 利用停止 */
    DISABLED,
    /** 指定端末の登録が外された */
    TERMINAL,
    /** 一定時間操作がなかった ({@code client.idleLockMinutes}) */
    IDLE,
    /** ログインから最長時間を過ぎた ({@code session.maxAgeHours}) */
    MAX_AGE,
    /** The client's connection went away. */
    CLOSED,
    /** The server stopped while the session was open. */
    SERVER_STOP;

    /** The refusal code a call of an ended session gets: {@code session.ended.revoked} and so on. */
    public String refusalCode() {
        return "session.ended." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
