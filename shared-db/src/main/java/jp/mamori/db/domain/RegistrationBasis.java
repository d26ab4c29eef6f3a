package jp.mamori.db.domain;

/** 設定の根拠: why a section set the two protective flags for a person. */
public enum RegistrationBasis {
    /** 本人の申出 */
    APPLICATION,
    /** 申出によらず設定が明らかに必要 */
    EVIDENT_NEED
}
