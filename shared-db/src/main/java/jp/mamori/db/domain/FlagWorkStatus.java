package jp.mamori.db.domain;

/** The state of one flag-work item. */
public enum FlagWorkStatus {
    /** 未確認: the duty's section has not confirmed the work yet. */
    OPEN,
    /** 確認済み: a clerk or chief of the duty's section confirmed it (who and when are kept). */
    DONE,
    /**
     * 不要: a SET item never confirmed when the person's last registration was released; the
     * flags were never reported set, so there is nothing to release. Never set by a person.
     */
    NOT_NEEDED
}
