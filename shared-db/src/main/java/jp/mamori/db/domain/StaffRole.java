package jp.mamori.db.domain;

/**
 * The four roles of mamori staff, and the server host's operator. No staff account holds
 * {@link #OPERATOR} (the STAFF table refuses it): it is the role of the server's maintenance
 * account {@code OPERATOR@SERVERADMIN}, which may call only the API.SERVER_* procedures (ADR 0005).
 */
public enum StaffRole {
    /** 担当職員 */
    CLERK,
    /** 所属長 */
    CHIEF,
    /** 情報セキュリティ担当 */
    SECURITY,
    /** システム管理者 */
    ADMIN,
    /** サーバー運用者 — the server host's maintenance account, never a staff member. */
    OPERATOR;

    /** The roles staff accounts can hold (all but {@link #OPERATOR}). */
    public static java.util.Set<StaffRole> staff() {
        return java.util.EnumSet.of(CLERK, CHIEF, SECURITY, ADMIN);
    }

    /** Whether this role works with the registry of persons for a section. */
    public boolean worksWithRegistry() {
        return this == CLERK || this == CHIEF;
    }
}
