package jp.mamori.db.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement of the chain head: "at {@code signedAt} the row {@code seq} had hash
 * {@code rowHash}". Signed with the audit signing key, which is kept outside the database
 * (ADR 0005). {@code signature} is Base64 of an ECDSA-with-SHA256 signature (DER) over
 * {@link #signedPayload()}.
 */
public record Checkpoint(long seq, String rowHash, Instant signedAt, String signature) {

    /** The exact bytes that are signed. */
    public byte[] signedPayload() {
        return payload(seq, rowHash, signedAt);
    }

    public static byte[] payload(long seq, String rowHash, Instant signedAt) {
        String text = "mamori-checkpoint-v1\n" + seq + "\n" + rowHash + "\n" + ChainHash.formatAt(signedAt) + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** One line of the checkpoint file: {@code seq,rowHash,signedAt,signature}. */
    public String toLine() {
        return seq + "," + rowHash + "," + ChainHash.formatAt(signedAt) + "," + signature;
    }

    public static Checkpoint parseLine(String line) {
        String[] parts = line.strip().split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("checkpoint line must have 4 fields");
        }
        return new Checkpoint(Long.parseLong(parts[0]), parts[1], ChainHash.parseAt(parts[2]), parts[3]);
    }
}
