package jp.mamori.db.audit;

/** A half-open range of sequence numbers {@code [from, toExclusive)} of the 操作ログ. */
public record SeqRange(long from, long toExclusive) {

    public SeqRange {
        if (from < 1 || toExclusive < from) {
            throw new IllegalArgumentException("a range needs 1 <= from <= toExclusive");
        }
    }

    /** Every row from SEQ 1 on. */
    public static SeqRange all() {
        return new SeqRange(1, Long.MAX_VALUE);
    }

    public boolean contains(long seq) {
        return seq >= from && seq < toExclusive;
    }
}
