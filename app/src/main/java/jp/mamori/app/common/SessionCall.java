package jp.mamori.app.common;

import jp.mamori.db.client.MamoriSession;

/**
 * A call of a server procedure that authorises and audits itself, made through
 * {@link ScreenActions#call}. It runs on the background worker with the current session.
 */
@FunctionalInterface
public interface SessionCall<T> {
    T call(MamoriSession session) throws Exception;
}
