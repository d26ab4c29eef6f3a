package jp.mamori.db.domain;

/** The four roles of mamori staff. */
public enum StaffRole {
    /** 担当職員 */
    CLERK,
    /** 所属長 */
    CHIEF,
    /** 情報セキュリティ担当 */
    SECURITY,
    /** システム管理者 */
    ADMIN;

    /** Whether this role works with the registry of persons for a section. */
    public boolean worksWithRegistry() {
        return this == CLERK || this == CHIEF;
    }
}
