package jp.mamori.db.domain;

/**
 * The two kinds of flag work a linkage duty confirms in its own system: setting the two flags
 * (自動応答不可フラグ and 不開示該当フラグ) and, after the last release, releasing them.
 */
public enum FlagWorkKind {
    /** フラグ設定 */
    SET,
    /** フラグ解除 */
    RELEASE
}
