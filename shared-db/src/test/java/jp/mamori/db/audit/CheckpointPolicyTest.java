package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckpointPolicyTest {

    private final CheckpointPolicy policy = CheckpointPolicy.DEFAULT;
    private final Instant t = Instant.parse("2026-04-01T09:00:00Z");

    private static ChainPosition head(long seq) {
        return new ChainPosition(seq, "ab".repeat(32));
    }

    @Test
    void unchangedHeadIsNeverSignedAgain() {
        assertFalse(policy.due(500, t, head(500), t.plusSeconds(3600)));
    }

    @Test
    void firstCheckpointIsDueAsSoonAsThereIsARow() {
        assertTrue(policy.due(0, null, head(1), t));
        assertFalse(policy.due(0, null, head(0), t));
    }

    @Test
    void dueAfterThirtySeconds() {
        assertFalse(policy.due(500, t, head(501), t.plusSeconds(29)));
        assertTrue(policy.due(500, t, head(501), t.plusSeconds(30)));
    }

    @Test
    void dueAfterAThousandRows() {
        assertFalse(policy.due(500, t, head(1499), t.plusSeconds(1)));
        assertTrue(policy.due(500, t, head(1500), t.plusSeconds(1)));
    }
}
