package jp.mamori.db.audit;

/**
 * Works out what kind of tampering explains the first row at which the chain does not hold.
 * Called at most once per verification; it may read (and so consume) the rest of the rows to see
 * whether a missing predecessor appears later. The rules, in the order they are applied, are
 * documented on {@link ChainVerifier}.
 */
final class BreakClassifier {

    private final Lookback window;
    private final PeekingIterator<AuditRecord> rest;
    private final int renumberSearch;

    BreakClassifier(Lookback window, PeekingIterator<AuditRecord> rest, int renumberSearch) {
        this.window = window;
        this.rest = rest;
        this.renumberSearch = renumberSearch;
    }

    /**
     * Classifies the break at {@code row}, the first row that does not verify.
     *
     * @param contentOk the row's content yields its stored ROW_HASH
     * @param linkOk    its PREV_HASH is the hash of the previous verified position
     * @param seqOk     its SEQ is one more than the previous verified position's
     */
    ChainBreak atRow(AuditRecord row, boolean contentOk, boolean linkOk, boolean seqOk) {
        long prevSeq = window.seq(0);
        long expected = prevSeq + 1;
        AuditRecord successor = rest.peekOrNull();

        if (linkOk && seqOk) {
            return new ChainBreak(BreakKind.EDITED, row.seq(),
                    "SEQ " + row.seq() + " の行の内容が、その行に記録されたハッシュと一致しません。");
        }
        if (!linkOk) {
            int back = window.stepsBack(row.prevHash(), 1);
            if (back > 0) {
                return inserted(row, successor, back);
            }
            if (appearsLater(row.prevHash())) {
                return new ChainBreak(BreakKind.REORDERED, expected,
                        "SEQ " + expected + " の位置に SEQ " + row.seq() + " の行が置かれています。"
                                + "この行の直前にあるべき行は、後方に置かれています。");
            }
        }
        if (successor != null && successor.prevHash().equals(window.hash(0))
                && !successor.prevHash().equals(row.rowHash())) {
            return new ChainBreak(BreakKind.INSERTED, row.seq(),
                    "SEQ " + row.seq() + " の行は連鎖に属しません（その前後の行が互いに直接つながっています）。");
        }
        if (row.seq() <= prevSeq) {
            return new ChainBreak(BreakKind.REORDERED, expected,
                    "SEQ " + prevSeq + " の次に SEQ " + row.seq() + " の行が置かれています（番号が増えていません）。");
        }
        if (row.seq() > expected) {
            if (linkOk && !contentOk && hashMatchesAt(row, expected)) {
                return new ChainBreak(BreakKind.EDITED, expected,
                        "SEQ " + expected + " の行の番号が " + row.seq() + " に書き換えられています。");
            }
            long missing = row.seq() - expected;
            return new ChainBreak(BreakKind.DELETED, expected,
                    "SEQ " + expected + " から SEQ " + (row.seq() - 1) + " までの " + missing
                            + " 行がありません。");
        }
        return predecessorUnknown(row, contentOk, successor);
    }

    /**
     * The signed checkpoint for {@code row}'s seq names another hash. If the next row still
     * records the checkpoint's hash as its predecessor, or the row before was itself vouched,
     * only this row was changed and re-hashed; otherwise the chain was rebuilt somewhere after the
     * last vouched position.
     */
    ChainBreak atCheckpoint(AuditRecord row, Checkpoint checkpoint, long lastVouchedSeq) {
        AuditRecord successor = rest.peekOrNull();
        boolean onlyThisRowUnvouched = lastVouchedSeq == row.seq() - 1;
        if (onlyThisRowUnvouched || successor != null && successor.prevHash().equals(checkpoint.rowHash())) {
            return new ChainBreak(BreakKind.EDITED, row.seq(),
                    "SEQ " + row.seq() + " の行が変更され、ハッシュが再計算されています"
                            + "（署名付きチェックポイントと次の行が元のハッシュを示しています）。");
        }
        return new ChainBreak(BreakKind.CHECKPOINT_MISMATCH, checkpoint.seq(),
                "SEQ " + checkpoint.seq() + " の行のハッシュが、"
                        + ChainHash.formatAt(checkpoint.signedAt()) + " に署名されたチェックポイントと一致しません。"
                        + "SEQ " + (lastVouchedSeq + 1) + " から SEQ " + checkpoint.seq()
                        + " までのどこかで行が変更・削除・挿入され、以降のハッシュが作り直されています。");
    }

    /** The row's PREV_HASH names a row {@code back} steps before the newest verified one. */
    private ChainBreak inserted(AuditRecord row, AuditRecord successor, int back) {
        String previousHash = window.hash(0);
        if (successor != null && successor.prevHash().equals(previousHash)
                && !successor.prevHash().equals(row.rowHash())) {
            return new ChainBreak(BreakKind.INSERTED, row.seq(),
                    "SEQ " + row.seq() + " の行は連鎖に属しません（その前後の行が互いに直接つながっています）。");
        }
        long firstInserted = window.seq(back - 1);
        long lastInserted = window.seq(0);
        String range = firstInserted == lastInserted
                ? "SEQ " + firstInserted + " の行"
                : "SEQ " + firstInserted + " から SEQ " + lastInserted + " までの行";
        return new ChainBreak(BreakKind.INSERTED, firstInserted,
                range + "は連鎖に属しません。次の SEQ " + row.seq() + " の行は SEQ " + window.seq(back)
                        + " の行を直接指しています。");
    }

    /** SEQ is continuous but PREV_HASH names a hash that no row before or after has. */
    private ChainBreak predecessorUnknown(AuditRecord row, boolean contentOk, AuditRecord successor) {
        if (!contentOk) {
            long original = originalSeq(row);
            if (original > row.seq()) {
                return new ChainBreak(BreakKind.DELETED, row.seq(),
                        "SEQ " + row.seq() + " 付近の行が削除され、以降の番号が " + (original - row.seq())
                                + " 詰められています（元の SEQ " + original + " の行が SEQ " + row.seq()
                                + " として記録されています）。");
            }
            return new ChainBreak(BreakKind.EDITED, row.seq(),
                    "SEQ " + row.seq() + " の行の内容（直前の行のハッシュを含む）が書き換えられています。");
        }
        if (successor != null && !successor.prevHash().equals(row.rowHash())) {
            return new ChainBreak(BreakKind.DELETED, row.seq(),
                    "SEQ " + row.seq() + " の直前で行が削除され、以降の行の番号とハッシュが付け直されています。");
        }
        if (!window.isRow(0)) {
            return new ChainBreak(BreakKind.EDITED, row.seq(),
                    "SEQ " + row.seq() + " の行が記録している直前のハッシュが、確認済みの開始点と一致しません。");
        }
        long edited = window.seq(0);
        return new ChainBreak(BreakKind.EDITED, edited,
                "SEQ " + edited + " の行が変更され、ハッシュが再計算されています"
                        + "（次の SEQ " + row.seq() + " の行が記録している元のハッシュを持つ行がありません）。");
    }

    /** Reads the rest of the rows and tells whether one of them has the given stored hash. */
    private boolean appearsLater(String hash) {
        while (rest.hasNext()) {
            if (rest.next().rowHash().equals(hash)) {
                return true;
            }
        }
        return false;
    }

    /** The seq near the row's own with which its content yields its stored hash, or -1. */
    private long originalSeq(AuditRecord row) {
        for (long d = 1; d <= renumberSearch; d++) {
            if (hashMatchesAt(row, row.seq() + d)) {
                return row.seq() + d;
            }
            if (row.seq() - d >= 1 && hashMatchesAt(row, row.seq() - d)) {
                return row.seq() - d;
            }
        }
        return -1;
    }

    private static boolean hashMatchesAt(AuditRecord r, long seq) {
        return ChainHash.rowHash(seq, r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                r.screen(), r.action(), r.target(), r.outcome().name(), r.detail(), r.prevHash())
                .equals(r.rowHash());
    }
}
