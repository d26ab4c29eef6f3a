package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage against the 30 s / 1,000-row policy. Rows of {@link TestChains} are 250 ms apart;
 * checkpoints here are unsigned (coverage trusts the caller to pass only verified ones).
 */
class CheckpointCoverageTest {

    private final List<AuditRecord> rows = TestChains.chain(3000);

    private Checkpoint at(long seq, Instant signedAt) {
        return new Checkpoint(seq, rows.get((int) seq - 1).rowHash(), signedAt, "unsigned");
    }

    private Instant timeOf(long seq) {
        return rows.get((int) seq - 1).at();
    }

    @Test
    void checkpointsOnTimeCoverEverythingWithoutGaps() {
        // every 100 rows = 25 s, signed 2 s after the row
        List<Checkpoint> checkpoints = java.util.stream.LongStream.iterate(100, s -> s <= 3000, s -> s + 100)
                .mapToObj(s -> at(s, timeOf(s).plusSeconds(2))).toList();
        CheckpointCoverage coverage = CheckpointCoverage.of(rows.iterator(), checkpoints, CheckpointPolicy.DEFAULT);
        assertTrue(coverage.covered());
        assertEquals(List.of(), coverage.gaps());
        assertEquals(List.of(), coverage.describe());
    }

    @Test
    void aCheckpointMoreThan30SecondsAfterTheFirstRowItVouchesIsAGap() {
        // rows 1..200 span 50 s; one checkpoint at 200 signed right after row 200
        CheckpointCoverage coverage = CheckpointCoverage.of(rows.subList(0, 200).iterator(),
                List.of(at(200, timeOf(200).plusSeconds(1))), CheckpointPolicy.DEFAULT);
        assertTrue(coverage.covered());
        assertEquals(List.of(new CheckpointCoverage.Gap(1, 200, 200, Duration.between(timeOf(1), timeOf(200).plusSeconds(1)))),
                coverage.gaps());
    }

    @Test
    void aCheckpointLaterThanThe1000thRowIsAGapEvenWithin30Seconds() {
        CheckpointPolicy busy = new CheckpointPolicy(Duration.ofSeconds(30), 50);
        // 80 rows in 20 s, signed 10 s after the 50th row
        CheckpointCoverage coverage = CheckpointCoverage.of(rows.subList(0, 80).iterator(),
                List.of(at(80, timeOf(50).plusSeconds(10))), busy);
        assertEquals(1, coverage.gaps().size());
        CheckpointCoverage onTime = CheckpointCoverage.of(rows.subList(0, 80).iterator(),
                List.of(at(50, timeOf(50).plusSeconds(1)), at(80, timeOf(80).plusSeconds(1))), busy);
        assertEquals(List.of(), onTime.gaps(), "signed at the 50th row, then within 30 s");
    }

    @Test
    void manyGapsAreCountedAfterTheFirstTwenty() {
        // every checkpoint signed an hour late: 30 gaps, 20 listed, 10 counted
        List<Checkpoint> late = java.util.stream.LongStream.iterate(100, s -> s <= 3000, s -> s + 100)
                .mapToObj(s -> at(s, timeOf(s).plusSeconds(3600))).toList();
        CheckpointCoverage coverage = CheckpointCoverage.of(rows.iterator(), late, CheckpointPolicy.DEFAULT);
        assertTrue(coverage.covered());
        assertEquals(30, coverage.gaps().size());
        List<String> lines = coverage.describe();
        assertEquals(21, lines.size());
        assertTrue(lines.get(20).contains("ほかに 10 か所"), lines.get(20));
    }

    @Test
    void rowsAfterTheLastCheckpointOrNoCheckpointAtAllAreNotCovered() {
        CheckpointCoverage tail = CheckpointCoverage.of(rows.subList(0, 120).iterator(),
                List.of(at(100, timeOf(100).plusSeconds(1))), CheckpointPolicy.DEFAULT);
        assertFalse(tail.covered());
        assertTrue(String.join("\n", tail.describe()).contains("SEQ 101 ～ 120"));
        CheckpointCoverage none = CheckpointCoverage.of(rows.subList(0, 120).iterator(), List.of(),
                CheckpointPolicy.DEFAULT);
        assertFalse(none.covered());
        assertFalse(CheckpointCoverage.of(List.<AuditRecord>of().iterator(), List.of(), CheckpointPolicy.DEFAULT)
                .covered());
    }
}
