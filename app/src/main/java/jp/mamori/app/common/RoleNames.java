package jp.mamori.app.common;

import jp.mamori.db.domain.StaffRole;

/** The Japanese names of the staff roles as shown on screen. */
public final class RoleNames {

    private RoleNames() {
    }

    /** 担当職員, 所属長, 情報セキュリティ担当 or システム管理者. */
    public static String of(StaffRole role) {
        return switch (role) {
            case CLERK -> Messages.get("role.clerk");
            case CHIEF -> Messages.get("role.chief");
            case SECURITY -> Messages.get("role.security");
            case ADMIN -> Messages.get("role.admin");
            // the server host's maintenance account never logs in to the client; named all the same
            case OPERATOR -> Messages.get("role.operator");
        };
    }
}
