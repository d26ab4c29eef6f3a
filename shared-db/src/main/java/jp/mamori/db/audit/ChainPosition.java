package jp.mamori.db.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place in the hash chain: the row {@code seq} has hash {@code rowHash}. Used as the head of the
 * chain (what a checkpoint signs) and as the vouched start of a verified range (the row just
 * before the range).
 */
public record ChainPosition(long seq, String rowHash) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** The position before the first row: seq 0, hash of 64 zeros. */
    public static final ChainPosition GENESIS = new ChainPosition(0, ChainHash.GENESIS);

    public ChainPosition {
        Objects.requireNonNull(rowHash, "rowHash");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative");
        }
        if (!isHash(rowHash)) {
            throw new IllegalArgumentException("rowHash must be 64 lower-case hex digits");
        }
    }

    /** Whether the text has the form of a chain hash: 64 lower-case hex digits. */
    public static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }
}
