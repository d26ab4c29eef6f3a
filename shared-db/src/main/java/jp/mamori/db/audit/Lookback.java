package jp.mamori.db.audit;

/**
 * The last few verified chain positions (seq and hash only, never row content), newest last.
 * The oldest entry is forgotten when the capacity is reached, so memory does not grow with the
 * length of the log.
 */
final class Lookback {

    private final long[] seqs;
    private final String[] hashes;
    /** Whether the entry is a verified row (false only for the vouched start position). */
    private final boolean[] rows;
    private int newest = -1;
    private int size;

    Lookback(int capacity, ChainPosition start) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        seqs = new long[capacity];
        hashes = new String[capacity];
        rows = new boolean[capacity];
        add(start.seq(), start.rowHash(), false);
    }

    void addRow(long seq, String hash) {
        add(seq, hash, true);
    }

    private void add(long seq, String hash, boolean isRow) {
        newest = (newest + 1) % seqs.length;
        seqs[newest] = seq;
        hashes[newest] = hash;
        rows[newest] = isRow;
        size = Math.min(size + 1, seqs.length);
    }

    /** Seq of the entry {@code back} steps before the newest (0 = newest). */
    long seq(int back) {
        return seqs[index(back)];
    }

    String hash(int back) {
        return hashes[index(back)];
    }

    boolean isRow(int back) {
        return rows[index(back)];
    }

    int size() {
        return size;
    }

    /**
     * How many steps before the newest the given hash is, searching from {@code fromBack}
     * towards older entries; -1 if it is not remembered.
     */
    int stepsBack(String hash, int fromBack) {
        for (int back = fromBack; back < size; back++) {
            if (hashes[index(back)].equals(hash)) {
                return back;
            }
        }
        return -1;
    }

    /** Steps back to the newest entry whose seq is below {@code seq}; the oldest if none is. */
    int stepsBackBelow(long seq) {
        for (int back = 0; back < size; back++) {
            if (seqs[index(back)] < seq) {
                return back;
            }
        }
        return size - 1;
    }

    private int index(int back) {
        if (back < 0 || back >= size) {
            throw new IndexOutOfBoundsException(back);
        }
        return Math.floorMod(newest - back, seqs.length);
    }
}
