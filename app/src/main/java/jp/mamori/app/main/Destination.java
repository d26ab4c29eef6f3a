package jp.mamori.app.main;

import java.util.Arrays;
import java.util.List;
import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.StaffRole;

/**
 * The work screens reachable from the main window's navigation, and which roles see them.
 * The navigation offers a role only what the server would allow it; the server still decides.
 */
public enum Destination {
    /** 対象者検索 */
    PERSON_SEARCH("person.search", StaffRole.CLERK, StaffRole.CHIEF),
    /** 対象者登録 */
    PERSON_REGISTER("person.register", StaffRole.CLERK, StaffRole.CHIEF),
    /** 承認待ち (release and deletion requests awaiting the 所属長) */
    APPROVALS("release.approvals", StaffRole.CHIEF),
    /** ワークリスト (flag work of the section's linkage duties) */
    WORKLIST("worklist", StaffRole.CLERK, StaffRole.CHIEF),
    /** 要確認 (registrations of the section due for review) */
    REVIEW("review", StaffRole.CLERK, StaffRole.CHIEF),
    /** 完了状況 (per linkage duty: flags confirmed, pending, overdue) */
    COMPLETION("worklist.summary", StaffRole.CLERK, StaffRole.CHIEF),
    /** 操作ログ */
    AUDIT_LOG("audit.log", StaffRole.SECURITY),
    /** 利用者管理 */
    STAFF("admin.staff", StaffRole.ADMIN),
    /** 指定端末 */
    TERMINALS("admin.terminals", StaffRole.ADMIN),
    /** 所属・連携事務 */
    SECTIONS("admin.sections", StaffRole.ADMIN),
    /** 設定 */
    SETTINGS("admin.settings", StaffRole.ADMIN);

    private final String screenId;
    private final List<StaffRole> roles;

    Destination(String screenId, StaffRole... roles) {
        this.screenId = screenId;
        this.roles = List.of(roles);
    }

    /** The screen id used in the 操作ログ. */
    public String screenId() {
        return screenId;
    }

    /** Whether {@code role} sees this destination. */
    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    /** The destinations {@code role} sees, in navigation order. */
    public static List<Destination> forRole(StaffRole role) {
        return Arrays.stream(values()).filter(d -> d.allows(role)).toList();
    }

    /** The Japanese name shown in the navigation and as the screen heading. */
    public String title() {
        return switch (this) {
            case PERSON_SEARCH -> Messages.get("nav.personSearch");
            case PERSON_REGISTER -> Messages.get("nav.personRegister");
            case APPROVALS -> Messages.get("nav.approvals");
            case WORKLIST -> Messages.get("nav.worklist");
            case REVIEW -> Messages.get("nav.review");
            case COMPLETION -> Messages.get("nav.completion");
            case AUDIT_LOG -> Messages.get("nav.auditLog");
            case STAFF -> Messages.get("nav.staff");
            case TERMINALS -> Messages.get("nav.terminals");
            case SECTIONS -> Messages.get("nav.sections");
            case SETTINGS -> Messages.get("nav.settings");
        };
    }
}
