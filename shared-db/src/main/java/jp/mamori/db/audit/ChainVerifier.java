package jp.mamori.db.audit;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the 操作ログ hash chain (ADR 0004) against the signed checkpoints (ADR 0005) and
 * reports the first break and its kind.
 *
 * <p><b>Input.</b> Rows in stored order (for the database: {@code ORDER BY SEQ}; for an exported
 * CSV: line order), the checkpoints in any order, the audit signing certificate, and the vouched
 * position just before the first row ({@link ChainPosition#GENESIS} for the whole log).
 *
 * <p><b>Classification.</b> A row verifies when its content yields its ROW_HASH, its PREV_HASH is
 * the previous row's hash and its SEQ is the previous SEQ plus one. At the first row R that does
 * not (P = the last verified position, S = the row after R), the rules apply in this order:
 * <ol>
 * <li>PREV_HASH and SEQ fit but the content does not: {@link BreakKind#EDITED} at R.</li>
 * <li>PREV_HASH names a row before P: the rows after that one are {@link BreakKind#INSERTED}
 *     (reported at the first of them) — unless S points at P, then R itself is inserted.</li>
 * <li>PREV_HASH names a row that comes later: {@link BreakKind#REORDERED}, reported at P+1 (the
 *     sequence number that should stand there).</li>
 * <li>S points at P, passing R by: R is {@link BreakKind#INSERTED}.</li>
 * <li>SEQ does not increase: {@link BreakKind#REORDERED} at P+1.</li>
 * <li>SEQ jumps: {@link BreakKind#DELETED} at P+1 (first missing) — or {@link BreakKind#EDITED} at
 *     P+1 if only the SEQ field was changed (the content hashes with P+1 and links to P).</li>
 * <li>SEQ continues but PREV_HASH names a hash no row has: if R's content hashes with a higher
 *     SEQ (rows after a deletion were renumbered) {@link BreakKind#DELETED} at R; if R's content
 *     does not verify {@link BreakKind#EDITED} at R; if R verifies but S does not point at R
 *     (renumbered and re-hashed rows) {@link BreakKind#DELETED} at R; otherwise P was changed and
 *     re-hashed: {@link BreakKind#EDITED} at P (at R when P is the vouched start).</li>
 * </ol>
 * A signed checkpoint whose hash differs from the verified row at its SEQ is
 * {@link BreakKind#EDITED} at that row when S still records the checkpoint's hash or the row
 * before was vouched by the previous checkpoint, otherwise
 * {@link BreakKind#CHECKPOINT_MISMATCH} at the checkpoint's SEQ. A checkpoint beyond the last row
 * means {@link BreakKind#TRUNCATED} at the last SEQ plus one. A checkpoint whose signature does not
 * verify (or that claims a time outside the certificate's validity) is not used and is
 * {@link BreakKind#BAD_CHECKPOINT_SIGNATURE} at its SEQ. When both a chain break and a bad
 * signature exist, the one with the lower SEQ is reported (the chain break on a tie).
 *
 * <p><b>Memory.</b> Verification stops at the first break, so no map of all hashes is kept:
 * it holds the seq and hash of the last {@link #LOOKBACK_ROWS} verified rows (to recognise
 * inserted rows), one row of look-ahead, and the checkpoints. To see whether a missing predecessor
 * appears later it reads the remaining rows once, comparing each with one hash. Memory is
 * therefore bounded by the look-back window and the number of checkpoints, not by the number of
 * rows; a run of more than {@code LOOKBACK_ROWS} inserted rows is reported as an edit or deletion.
 * Rows are examined once; a modified row whose stored SEQ moved by more than
 * {@link #RENUMBER_SEARCH} is classified without the renumbering hint.
 */
public final class ChainVerifier {

    /** Verified positions remembered behind the current row. */
    public static final int LOOKBACK_ROWS = 4096;

    /** How far from its stored SEQ a changed row's original SEQ is searched at a break. */
    public static final int RENUMBER_SEARCH = 1024;

    private final X509Certificate signingCertificate;

    /** @param signingCertificate the audit signing certificate whose key signs checkpoints */
    public ChainVerifier(X509Certificate signingCertificate) {
        this.signingCertificate = Objects.requireNonNull(signingCertificate, "signingCertificate");
    }

    /** Verifies a whole log, from the first row (SEQ 1, PREV_HASH of 64 zeros). */
    public VerificationReport verify(Iterable<AuditRecord> rows, Collection<Checkpoint> checkpoints) {
        return verify(rows.iterator(), checkpoints, ChainPosition.GENESIS);
    }

    /**
     * Verifies a contiguous range of rows whose first PREV_HASH must be {@code start.rowHash()}
     * and first SEQ {@code start.seq() + 1}. Checkpoints before {@code start} are only checked for
     * their signature; a checkpoint at {@code start} must name its hash; a checkpoint after the
     * last row means the range was truncated, so pass only the checkpoints the range must cover.
     */
    public VerificationReport verify(Iterator<AuditRecord> rows, Collection<Checkpoint> checkpoints,
            ChainPosition start) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(start, "start");
        List<Checkpoint> sorted = new ArrayList<>(checkpoints);
        sorted.sort(Comparator.comparingLong(Checkpoint::seq));
        List<Checkpoint> trusted = new ArrayList<>(sorted.size());
        ChainBreak signatureBreak = null;
        for (Checkpoint checkpoint : sorted) {
            if (CheckpointSigner.signatureValid(checkpoint, signingCertificate)) {
                trusted.add(checkpoint);
            } else if (signatureBreak == null) {
                signatureBreak = new ChainBreak(BreakKind.BAD_CHECKPOINT_SIGNATURE, checkpoint.seq(),
                        "SEQ " + checkpoint.seq() + " のチェックポイント（" + ChainHash.formatAt(checkpoint.signedAt())
                                + "）の署名を、監査署名証明書で検証できません。");
            }
        }
        ChainWalk walk = new ChainWalk(new PeekingIterator<>(rows), trusted, start, LOOKBACK_ROWS, RENUMBER_SEARCH);
        ChainBreak chainBreak = walk.run();
        ChainBreak first = chainBreak;
        if (signatureBreak != null && (chainBreak == null || signatureBreak.seq() < chainBreak.seq())) {
            first = signatureBreak;
        }
        return new VerificationReport(walk.rowsChecked(), walk.checkpointsChecked(), Optional.ofNullable(first),
                walk.lastGoodBefore(chainBreak == null ? Long.MAX_VALUE : chainBreak.seq()));
    }
}
