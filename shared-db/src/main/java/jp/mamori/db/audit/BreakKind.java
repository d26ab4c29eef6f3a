package jp.mamori.db.audit;

/**
 * The kind of the first break that {@link ChainVerifier} finds in the 操作ログ (operation log)
 * hash chain. Each kind carries the Japanese wording shown to the 情報セキュリティ担当.
 */
public enum BreakKind {
    /** A row's content was changed (with or without recomputing its hash). */
    EDITED("改ざん（内容の変更）"),
    /** One or more rows are missing from the middle of the chain. */
    DELETED("削除"),
    /** A row that does not belong to the chain was added. */
    INSERTED("挿入"),
    /** Rows are present but not in chain order. */
    REORDERED("順序の入れ替え"),
    /** Rows at the end are missing although a signed checkpoint vouches for them. */
    TRUNCATED("末尾の切り捨て"),
    /** A checkpoint's signature does not verify with the audit signing certificate. */
    BAD_CHECKPOINT_SIGNATURE("チェックポイントの署名不正"),
    /** A correctly signed checkpoint names a different hash than the row at its sequence number. */
    CHECKPOINT_MISMATCH("チェックポイントとの不一致");

    private final String japanese;

    BreakKind(String japanese) {
        this.japanese = japanese;
    }

    /** Short Japanese name of this kind, e.g. {@code 改ざん（内容の変更）}. */
    public String japanese() {
        return japanese;
    }
}
