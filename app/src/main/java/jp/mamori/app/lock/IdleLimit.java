package jp.mamori.app.lock;

import java.time.Duration;
import jp.mamori.db.client.SessionInfo;

/**
 * How long the client may stay without keyboard or mouse input before it locks: the server's
 * {@code client.idleLockMinutes} as given in {@link SessionInfo}, 15 minutes if the server gave
 * none, or {@code -Dmamori.idleLockSeconds} where a test needs a short time.
 */
public final class IdleLimit {

    /** System property overriding the limit in seconds (tests). */
    public static final String SECONDS_PROPERTY = "mamori.idleLockSeconds";

    /** Used when the server states no limit. */
    public static final Duration DEFAULT = Duration.ofMinutes(15);

    private IdleLimit() {
    }

    /** The limit for {@code session}. */
    public static Duration of(SessionInfo session) {
        String override = System.getProperty(SECONDS_PROPERTY);
        if (override != null && !override.isBlank()) {
            long seconds = Long.parseLong(override.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        }
        return session.idleLockMinutes() > 0 ? Duration.ofMinutes(session.idleLockMinutes())
                : DEFAULT;
    }
}
