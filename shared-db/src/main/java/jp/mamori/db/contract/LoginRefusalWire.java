package jp.mamori.db.contract;

/**
 * The wire form of a login refused after the caller proved key and password (ADR 0002): the
 * server's error message holds {@code MAMORI-LOGIN[REASON]}, where REASON names the account's state
 * (LOCKED, REVOKED, EXPIRED, TERMINAL, DISABLED). Written by the realm, read by the client.
 */
public final class LoginRefusalWire {

    /** What the client finds in the message before the reason. */
    public static final String MARKER = "MAMORI-LOGIN[";

    private LoginRefusalWire() {
    }
}
