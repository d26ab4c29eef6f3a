package jp.mamori.db.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Whether every row of an exported range is vouched by a signed checkpoint, and where checkpoints
 * came later than {@link CheckpointPolicy} allows (ADR 0005).
 *
 * <p>A checkpoint at SEQ n vouches every row up to n: each row's hash covers its predecessor's.
 * So a range is <em>covered</em> when a valid checkpoint names its last row; rows after the last
 * checkpoint are not vouched by anything, and a bundle with them (or with no checkpoint at all)
 * fails. A <em>gap</em> is a checkpoint signed later than the policy requires: more than
 * {@code interval} after the first row it vouches, or after the row that made {@code rows} rows,
 * plus {@link #TOLERANCE} for the scheduler's poll and commit delays. Gaps are reported, not
 * failed: the server may have been stopped by a crash, and the next checkpoint then vouches the
 * rows written before it, late.
 *
 * @param rows         rows examined
 * @param lastSeq      SEQ of the last row (0 if there were none)
 * @param coveredUpTo  SEQ of the newest row a valid checkpoint names (0 if none)
 * @param gaps         checkpoints that came later than the policy allows, in SEQ order
 * @param policy       the cadence the gaps were measured against
 */
public record CheckpointCoverage(long rows, long lastSeq, long coveredUpTo, List<Gap> gaps, CheckpointPolicy policy) {

    /** Slack for the scheduler's one-second poll, commit and signing time. */
    public static final Duration TOLERANCE = Duration.ofSeconds(5);
    /** Gaps listed one by one in {@link #describe()}; the rest are counted. */
    static final int MAX_GAPS_LISTED = 20;

    /**
     * Rows {@code fromSeq..toSeq} were vouched only by a checkpoint signed {@code waited} after
     * the first of them.
     */
    public record Gap(long fromSeq, long toSeq, long rows, Duration waited) {
    }

    public CheckpointCoverage {
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(policy, "policy");
    }

    /** True when there are rows and a valid checkpoint names the last of them. */
    public boolean covered() {
        return rows > 0 && coveredUpTo >= lastSeq;
    }

    /**
     * Streams the rows once.
     *
     * @param rows        rows in SEQ order
     * @param checkpoints checkpoints whose signature verified with the pinned audit signer
     * @param policy      the cadence the server follows
     */
    public static CheckpointCoverage of(Iterator<AuditRecord> rows, List<Checkpoint> checkpoints,
            CheckpointPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<Checkpoint> sorted = new ArrayList<>(checkpoints);
        sorted.sort(Comparator.comparingLong(Checkpoint::seq));
        int next = 0;
        long count = 0;
        long lastSeq = 0;
        long coveredUpTo = 0;
        List<Gap> gaps = new ArrayList<>();
        Instant segmentStart = null;
        Instant rowsReachedAt = null;
        long segmentFirstSeq = 0;
        long segmentRows = 0;
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            count++;
            lastSeq = row.seq();
            while (next < sorted.size() && sorted.get(next).seq() < row.seq()) {
                next++;
            }
            if (segmentStart == null) {
                segmentStart = row.at();
                segmentFirstSeq = row.seq();
                segmentRows = 0;
                rowsReachedAt = null;
            }
            segmentRows++;
            if (segmentRows == policy.rows()) {
                rowsReachedAt = row.at();
            }
            if (next < sorted.size() && sorted.get(next).seq() == row.seq()) {
                Instant signedAt = sorted.get(next).signedAt();
                Instant due = segmentStart.plus(policy.interval());
                if (rowsReachedAt != null && rowsReachedAt.isBefore(due)) {
                    due = rowsReachedAt;
                }
                if (signedAt.isAfter(due.plus(TOLERANCE))) {
                    gaps.add(new Gap(segmentFirstSeq, row.seq(), segmentRows, Duration.between(segmentStart, signedAt)));
                }
                coveredUpTo = row.seq();
                segmentStart = null;
            }
        }
        return new CheckpointCoverage(count, lastSeq, coveredUpTo, gaps, policy);
    }

    /** Japanese report lines for the security officer. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (rows == 0) {
            lines.add("チェックポイント: 行がありません。");
        } else if (coveredUpTo == 0) {
            lines.add("チェックポイント: 監査署名鍵で署名された有効なチェックポイントが 1 件もありません。"
                    + "行の改ざんを検出できないため、検証は失敗です。");
        } else if (!covered()) {
            lines.add("チェックポイント: SEQ " + (coveredUpTo + 1) + " ～ " + lastSeq
                    + " は、どのチェックポイントにも保証されていません。検証は失敗です。");
        }
        for (Gap gap : gaps.subList(0, Math.min(gaps.size(), MAX_GAPS_LISTED))) {
            lines.add("チェックポイントの間隔が方針（" + policy.interval().toSeconds() + " 秒または " + policy.rows()
                    + " 行ごと）を超えています: SEQ " + gap.fromSeq()
                    + " ～ " + gap.toSeq() + "（" + gap.rows() + " 行、最初の行から " + gap.waited().toSeconds()
                    + " 秒後に署名）。サーバーの停止などがなかったか確認してください。");
        }
        if (gaps.size() > MAX_GAPS_LISTED) {
            lines.add("ほかに " + (gaps.size() - MAX_GAPS_LISTED) + " か所、チェックポイントの間隔が方針を超えています。");
        }
        return lines;
    }
}
