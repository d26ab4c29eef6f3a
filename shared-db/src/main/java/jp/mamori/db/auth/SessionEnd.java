package jp.mamori.db.auth;

import jp.mamori.db.contract.RefusalCode;

/** Why a session ended; recorded in MAMORI.LOGIN_SESSION.END_REASON and told to the client. */
public enum SessionEnd {
    /** The user logged out. */
    LOGOUT(RefusalCode.SESSION_ENDED_LOGOUT),
    /** 証明書失効 */
    REVOKED(RefusalCode.SESSION_ENDED_REVOKED),
    /** 証明書の有効期間が終わった */
    EXPIRED(RefusalCode.SESSION_ENDED_EXPIRED),
    /** アカウントがロックされた */
    LOCKED(RefusalCode.SESSION_ENDED_LOCKED),
    /** 利用停止 */
    DISABLED(RefusalCode.SESSION_ENDED_DISABLED),
    /** 指定端末の登録が外された */
    TERMINAL(RefusalCode.SESSION_ENDED_TERMINAL),
    /** 一定時間操作がなかった ({@code client.idleLockMinutes}) */
    IDLE(RefusalCode.SESSION_ENDED_IDLE),
    /** ログインから最長時間を過ぎた ({@code session.maxAgeHours}) */
    MAX_AGE(RefusalCode.SESSION_ENDED_MAX_AGE),
    /** The client's connection went away. */
    CLOSED(RefusalCode.SESSION_ENDED_CLOSED),
    /** The server stopped while the session was open. */
    SERVER_STOP(RefusalCode.SESSION_ENDED_SERVER_STOP);

    private final RefusalCode refusalCode;

    SessionEnd(RefusalCode refusalCode) {
        this.refusalCode = refusalCode;
    }

    /** The refusal code a call of an ended session gets: {@code session.ended.revoked} and so on. */
    public RefusalCode refusalCode() {
        return refusalCode;
    }
}
