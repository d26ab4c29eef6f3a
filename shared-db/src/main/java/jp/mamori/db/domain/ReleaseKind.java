package jp.mamori.db.domain;

/** What a release request asks for: 解除 (the registration gets its 解除日) or 削除 (the registration is removed). */
public enum ReleaseKind {
    /** 解除: the registration stays, with its 解除日. */
    RELEASE,
    /** 削除: an erroneous registration is removed; the audit log keeps the event by id. */
    DELETE
}
