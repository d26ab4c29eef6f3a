package jp.mamori.db.server.guard;

/** Sizes no mamori client ever comes near; a message beyond them ends the connection. */
final class WireLimits {

    /** Longest string (SQL text, parameter value, property) in characters. */
    static final int MAX_STRING_CHARS = 1024 * 1024;
    /** Most parameters of one call, and most connection properties. */
    static final int MAX_ITEMS = 64;
    /** Longest byte array (password hash) in bytes. */
    static final int MAX_BYTES = 1024;

    private WireLimits() {
    }
}
