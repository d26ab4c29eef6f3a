package jp.mamori.db.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical form and hash of an audit row (ADR 0004).
 *
 * <p>Each field is written as its UTF-8 byte length in decimal, a colon, and the bytes, in this
 * order: seq, at (ISO-8601 UTC with exactly six fractional digits and a {@code Z}), user, role,
 * section, terminal, screen, action, target, outcome, detail, previous hash. The row hash is the
 * lower-case hex SHA-256 of those bytes. The first row's previous hash is 64 zeros.
 */
public final class ChainHash {

    /** Previous hash of the first row of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    /** Row hash of the given row content (its own stored rowHash is ignored). */
    public static String rowHash(AuditRecord r) {
        return rowHash(r.seq(), r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                r.screen(), r.action(), r.target(), r.outcome().name(), r.detail(), r.prevHash());
    }

    /** Row hash of the given field values. */
    public static String rowHash(long seq, Instant at, String user, String role, String section,
            String terminal, String screen, String action, String target, String outcome,
            String detail, String prevHash) {
        MessageDigest sha = sha256();
        field(sha, Long.toString(seq));
        field(sha, formatAt(at));
        field(sha, user);
        field(sha, role);
        field(sha, section);
        field(sha, terminal);
        field(sha, screen);
        field(sha, action);
        field(sha, target);
        field(sha, outcome);
        field(sha, detail);
        field(sha, prevHash);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The canonical text form of an audit timestamp: UTC, microseconds, always six digits. */
    public static String formatAt(Instant at) {
        return AT_FORMAT.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    /** Parses {@link #formatAt(Instant)} output. */
    public static Instant parseAt(String text) {
        return Instant.from(AT_FORMAT.parse(text));
    }

    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
