package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MassLookupWatchTest {

    private static final Duration WINDOW = Duration.ofMinutes(60);

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-04-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void distinctPersonsPastTheThresholdAlertOncePerWindow() {
        Hands clock = new Hands();
        MassLookupWatch watch = new MassLookupWatch(clock);
        assertEquals(Optional.empty(), watch.seen("a", ids(1, 5), 5, WINDOW));
        assertEquals(Optional.empty(), watch.seen("a", ids(1, 5), 5, WINDOW), "the same persons again do not count");
        Optional<MassLookupWatch.Alert> alert = watch.seen("a", ids(6, 6), 5, WINDOW);
        assertTrue(alert.isPresent());
        assertEquals(6, alert.get().persons());
        assertEquals(clock.now, alert.get().since());
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertEquals(Optional.empty(), watch.seen("a", ids(7, 100), 5, WINDOW), "once per window");
        assertEquals(Optional.empty(), watch.seen("b", ids(1, 5), 5, WINDOW), "counted per user");

        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), watch.seen("a", ids(1, 5), 5, WINDOW), "a new window starts from zero");
        assertEquals(6, watch.seen("a", ids(200, 200), 5, WINDOW).orElseThrow().persons(),
                "and alerts again once");
    }
}
