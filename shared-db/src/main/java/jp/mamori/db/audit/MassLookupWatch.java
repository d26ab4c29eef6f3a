package jp.mamori.db.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the distinct persons each user has seen (found by a search, looked up, viewed) in a fixed
 * window that starts with the user's first look-up, and says when a user passes the threshold:
 * once per window, so the security officer gets one alert row, not one per further search
 * (ADR 0013). The count lives in the server's memory; a restart starts new windows.
 */
public final class MassLookupWatch {

    /** The alert a look-up raised: the distinct persons seen so far and the window's start. */
    public record Alert(int persons, int threshold, Duration window, Instant since) {
    }

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    public MassLookupWatch(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds the persons {@code user} has just seen; an alert if this call took the user's distinct
     * persons in the current window past {@code threshold} for the first time in that window.
     */
    public synchronized Optional<Alert> seen(String user, Collection<Long> personIds, int threshold, Duration window) {
        Instant now = clock.instant();
        Window current = windows.get(user);
        if (current == null || !now.isBefore(current.start.plus(window))) {
            current = new Window(now);
            windows.put(user, current);
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(window)));
            windows.put(user, current);
        }
        current.persons.addAll(personIds);
        if (!current.alerted && current.persons.size() > threshold) {
            current.alerted = true;
            return Optional.of(new Alert(current.persons.size(), threshold, window, current.start));
        }
        return Optional.empty();
    }

    private static final class Window {
        private final Instant start;
        private final Set<Long> persons = new HashSet<>();
        private boolean alerted;

        Window(Instant start) {
            this.start = start;
        }
    }
}
