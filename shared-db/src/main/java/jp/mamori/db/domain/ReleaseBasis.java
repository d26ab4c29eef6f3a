package jp.mamori.db.domain;

/** The basis of a release or deletion request, chosen from codes (never free text). */
public enum ReleaseBasis {
    /** 本人の申出による解除 */
    APPLICATION(ReleaseKind.RELEASE),
    /** 保護の必要がなくなった */
    NO_LONGER_NEEDED(ReleaseKind.RELEASE),
    /** 登録誤り */
    ERRONEOUS(ReleaseKind.DELETE),
    /** 重複登録 */
    DUPLICATE(ReleaseKind.DELETE);

    private final ReleaseKind kind;

    ReleaseBasis(ReleaseKind kind) {
        this.kind = kind;
    }

    /** The kind of request this basis belongs to. */
    public ReleaseKind kind() {
        return kind;
    }
}
