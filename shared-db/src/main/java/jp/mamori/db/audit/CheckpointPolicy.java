package jp.mamori.db.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the server signs a new checkpoint (ADR 0005): as soon as the head has moved and either
 * {@code interval} has passed since the last checkpoint or {@code rows} rows were added since it.
 * A head that has not moved is not signed again. Defaults come from the settings
 * {@code audit.checkpointSeconds} (30) and {@code audit.checkpointRows} (1,000).
 */
public record CheckpointPolicy(Duration interval, long rows) {

    /** 30 seconds or 1,000 rows, whichever comes first. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(Duration.ofSeconds(30), 1000);

    public CheckpointPolicy {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || rows < 1) {
            throw new IllegalArgumentException("interval and rows must be positive");
        }
    }

    /**
     * Whether a checkpoint of {@code head} is due.
     *
     * @param lastSigned   seq of the last signed checkpoint (0 if none)
     * @param lastSignedAt when it was signed ({@code null} if none)
     * @param head         the current head of the chain
     * @param now          the current time
     */
    public boolean due(long lastSigned, Instant lastSignedAt, ChainPosition head, Instant now) {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(now, "now");
        if (head.seq() <= lastSigned) {
            return false;
        }
        if (lastSignedAt == null || head.seq() - lastSigned >= rows) {
            return true;
        }
        return !now.isBefore(lastSignedAt.plus(interval));
    }
}
