package jp.mamori.db.contract;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mamori.db.domain.StaffRole;

/**
 * Every screen of the client, by the id written to the 操作ログ (the {@code screen} argument of
 * every procedure), with the roles that see it in the navigation — the one role matrix of the
 * screens. The navigation offers a role only what the server allows it; the server still decides.
 */
public enum ScreenId {
    LOGIN("login", false),
    MAIN("main", false),
    LOCK("lock", false),
    /** 対象者検索 */
    PERSON_SEARCH("person.search", true, StaffRole.CLERK, StaffRole.CHIEF),
    /** 対象者登録 */
    PERSON_REGISTER("person.register", true, StaffRole.CLERK, StaffRole.CHIEF),
    /** 対象者照会 (opened from the search) */
    PERSON_VIEW("person.view", false, StaffRole.CLERK, StaffRole.CHIEF),
    /** 解除・削除の依頼 (opened from the person view) */
    RELEASE_REQUEST("release.request", false, StaffRole.CLERK, StaffRole.CHIEF),
    /** 承認待ち */
    RELEASE_APPROVALS("release.approvals", true, StaffRole.CHIEF),
    /** ワークリスト */
    WORKLIST("worklist", true, StaffRole.CLERK, StaffRole.CHIEF),
    /** 要確認 */
    REVIEW("review", true, StaffRole.CLERK, StaffRole.CHIEF),
    /** 完了状況 */
    WORKLIST_SUMMARY("worklist.summary", true, StaffRole.CLERK, StaffRole.CHIEF),
    /** 操作ログ */
    AUDIT_LOG("audit.log", true, StaffRole.SECURITY),
    /** 利用者管理 */
    ADMIN_STAFF("admin.staff", true, StaffRole.ADMIN),
    /** 指定端末 */
    ADMIN_TERMINALS("admin.terminals", true, StaffRole.ADMIN),
    /** 所属・連携事務 */
    ADMIN_SECTIONS("admin.sections", true, StaffRole.ADMIN),
    /** 設定 */
    ADMIN_SETTINGS("admin.settings", true, StaffRole.ADMIN),
    /** パスワード変更 (from the header, or forced after a one-time password) */
    PASSWORD_CHANGE("password.change", false),
    /** Not a client screen: the server host's tools ({@code mamori-server backup, export-log, ...}, ADR 0005). */
    SERVER_TOOLS("server.tools", false, StaffRole.OPERATOR);

    private final String id;
    private final boolean navigable;
    private final Set<StaffRole> roles;

    ScreenId(String id, boolean navigable, StaffRole... roles) {
        this.id = id;
        this.navigable = navigable;
        this.roles = roles.length == 0 ? EnumSet.allOf(StaffRole.class) : EnumSet.copyOf(List.of(roles));
    }

    /** The id as written to the audit log, e.g. {@code person.search}. */
    public String id() {
        return id;
    }

    /** Whether the main window's navigation lists this screen. */
    public boolean navigable() {
        return navigable;
    }

    /** Whether {@code role} sees this screen. */
    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    /** The screen with this id, if any. */
    public static Optional<ScreenId> ofId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
