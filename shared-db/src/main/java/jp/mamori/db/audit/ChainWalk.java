package jp.mamori.db.audit;

import java.util.List;

/** One pass over the rows of a verification: state and the per-row checks. */
final class ChainWalk {

    private final PeekingIterator<AuditRecord> rows;
    private final List<Checkpoint> checkpoints;
    private final Lookback window;
    private final BreakClassifier classifier;
    private int nextCheckpoint;
    private long rowsChecked;
    private long checkpointsChecked;
    private long lastVouchedSeq;

    /** @param checkpoints checkpoints with valid signatures, sorted by seq */
    ChainWalk(PeekingIterator<AuditRecord> rows, List<Checkpoint> checkpoints, ChainPosition start,
            int lookback, int renumberSearch) {
        this.rows = rows;
        this.checkpoints = checkpoints;
        this.window = new Lookback(lookback, start);
        this.classifier = new BreakClassifier(window, rows, renumberSearch);
        this.lastVouchedSeq = start.seq();
    }

    /** Walks the rows; returns the first break or {@code null}. */
    ChainBreak run() {
        ChainBreak atStart = checkStart();
        if (atStart != null) {
            return atStart;
        }
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            rowsChecked++;
            boolean contentOk = row.computedHash().equals(row.rowHash());
            boolean linkOk = row.prevHash().equals(window.hash(0));
            boolean seqOk = row.seq() == window.seq(0) + 1;
            if (!(contentOk && linkOk && seqOk)) {
                return classifier.atRow(row, contentOk, linkOk, seqOk);
            }
            ChainBreak atCheckpoint = checkCheckpoints(row);
            if (atCheckpoint != null) {
                return atCheckpoint;
            }
            window.addRow(row.seq(), row.rowHash());
        }
        if (nextCheckpoint < checkpoints.size()) {
            Checkpoint newest = checkpoints.get(checkpoints.size() - 1);
            long firstMissing = window.seq(0) + 1;
            return new ChainBreak(BreakKind.TRUNCATED, firstMissing,
                    "SEQ " + firstMissing + " 以降の行がありません。" + ChainHash.formatAt(newest.signedAt())
                            + " に署名されたチェックポイントは SEQ " + newest.seq() + " までの行の存在を示しています。");
        }
        return null;
    }

    private ChainBreak checkStart() {
        long startSeq = window.seq(0);
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).seq() <= startSeq) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            if (checkpoint.seq() == startSeq) {
                checkpointsChecked++;
                if (!checkpoint.rowHash().equals(window.hash(0))) {
                    return new ChainBreak(BreakKind.CHECKPOINT_MISMATCH, startSeq,
                            "検証範囲の開始点（SEQ " + startSeq + " のハッシュ）が、"
                                    + ChainHash.formatAt(checkpoint.signedAt()) + " に署名されたチェックポイントと一致しません。");
                }
            }
        }
        return null;
    }

    private ChainBreak checkCheckpoints(AuditRecord row) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).seq() <= row.seq()) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            // Seqs are continuous up to here, so an earlier checkpoint seq was already compared.
            if (checkpoint.seq() == row.seq()) {
                checkpointsChecked++;
                if (!checkpoint.rowHash().equals(row.rowHash())) {
                    return classifier.atCheckpoint(row, checkpoint, lastVouchedSeq);
                }
                lastVouchedSeq = row.seq();
            }
        }
        return null;
    }

    long rowsChecked() {
        return rowsChecked;
    }

    long checkpointsChecked() {
        return checkpointsChecked;
    }

    /**
     * The newest verified position before {@code breakSeq} (all verified positions when it is
     * {@code Long.MAX_VALUE}).
     */
    ChainPosition lastGoodBefore(long breakSeq) {
        int back = window.stepsBackBelow(breakSeq);
        return new ChainPosition(window.seq(back), window.hash(back));
    }
}
