package jp.mamori.db.server.guard;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The current {@link GuardPolicy}, re-read at most once a second so a changed setting applies to new connections. */
final class LivePolicy implements Supplier<GuardPolicy> {

    private static final Logger LOG = LoggerFactory.getLogger(LivePolicy.class);
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final Jdbi jdbi;
    private GuardPolicy current = GuardPolicy.DEFAULT;
    private long readAt;
    private boolean read;

    LivePolicy(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public synchronized GuardPolicy get() {
        long now = System.nanoTime();
        if (!read || now - readAt > REFRESH_NANOS) {
            try {
                current = GuardPolicy.read(jdbi);
            } catch (RuntimeException e) {
                LOG.error("guard settings could not be read; the previous limits stay", e);
            }
            read = true;
            readAt = now;
        }
        return current;
    }
}
