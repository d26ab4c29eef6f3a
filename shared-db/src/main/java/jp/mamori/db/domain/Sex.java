package jp.mamori.db.domain;

/** 性別, as stored: one letter per value (column {@code PERSON.SEX}). */
public enum Sex {
    /** 男 */
    M,
    /** 女 */
    F,
    /** 不明・その他 */
    U
}
