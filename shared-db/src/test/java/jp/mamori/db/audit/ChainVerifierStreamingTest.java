package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * A million rows are verified as a stream: rows are generated one at a time and must not be kept
 * by the verifier, also when it has to read to the end to classify a break.
 */
class ChainVerifierStreamingTest {

    private static final int ROWS = 1_000_000;
    private static final int SAMPLE_EVERY = 1000;

    private final TestPki pki = TestPki.shared();
    private final List<WeakReference<AuditRecord>> samples = new ArrayList<>();

    @Test
    void aMillionRowsVerifyWithoutBeingKept() {
        List<Checkpoint> checkpoints = checkpointsEvery(100_000);
        VerificationReport report = new ChainVerifier(pki.signerCertificate())
                .verify(sampled(TestChains.generated(ROWS)), checkpoints, ChainPosition.GENESIS);
        assertTrue(report.ok(), report.summary());
        assertEquals(ROWS, report.rowsChecked());
        assertEquals(10, report.checkpointsChecked());
        assertEquals(ROWS, report.lastGood().seq());
        assertRowsWereReleased();
    }

    @Test
    void aRowMovedToTheEndOfAMillionIsFoundWithoutKeepingRows() {
        Iterator<AuditRecord> moved = movedToEnd(sampled(TestChains.generated(ROWS)), 10);
        VerificationReport report = new ChainVerifier(pki.signerCertificate())
                .verify(moved, List.of(), ChainPosition.GENESIS);
        ChainBreak found = report.firstBreak().orElseThrow();
        assertEquals(BreakKind.REORDERED, found.kind(), found.describe());
        assertEquals(10, found.seq());
        assertRowsWereReleased();
    }

    private List<Checkpoint> checkpointsEvery(int interval) {
        CheckpointSigner signer = new CheckpointSigner(pki.signerKey());
        List<Checkpoint> checkpoints = new ArrayList<>();
        Iterator<AuditRecord> rows = TestChains.generated(ROWS);
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            if (row.seq() % interval == 0) {
                checkpoints.add(signer.sign(row.seq(), row.rowHash(), Instant.now()));
            }
        }
        return checkpoints;
    }

    private Iterator<AuditRecord> sampled(Iterator<AuditRecord> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public AuditRecord next() {
                AuditRecord row = rows.next();
                if (row.seq() % SAMPLE_EVERY == 0) {
                    samples.add(new WeakReference<>(row));
                }
                return row;
            }
        };
    }

    /** The same rows with the row {@code seq} taken out and given last; holds only that row. */
    private static Iterator<AuditRecord> movedToEnd(Iterator<AuditRecord> rows, long seq) {
        return new Iterator<>() {
            private AuditRecord held;
            private boolean done;

            @Override
            public boolean hasNext() {
                return rows.hasNext() || !done && held != null;
            }

            @Override
            public AuditRecord next() {
                if (rows.hasNext()) {
                    AuditRecord row = rows.next();
                    if (row.seq() == seq) {
                        held = row;
                        return rows.next();
                    }
                    return row;
                }
                if (done || held == null) {
                    throw new NoSuchElementException();
                }
                done = true;
                return held;
            }
        };
    }

    private void assertRowsWereReleased() {
        assertEquals(ROWS / SAMPLE_EVERY, samples.size(), "every sampled row was produced");
        System.gc();
        long alive = samples.stream().filter(ref -> ref.get() != null).count();
        assertTrue(alive <= 2, alive + " of " + samples.size() + " sampled rows are still held");
    }
}
