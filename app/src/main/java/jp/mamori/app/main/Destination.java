package jp.mamori.app.main;

import java.util.Arrays;
import java.util.List;
import jp.mamori.app.common.Messages;
import jp.mamori.db.contract.ScreenId;
import jp.mamori.db.domain.StaffRole;

/**
 * The work screens reachable from the main window's navigation. Their ids and which roles see them
 * come from the contract's {@link ScreenId} (the one role matrix of the screens); the navigation
 * offers a role only what the server would allow it; the server still decides.
 */
public enum Destination {
    /** 対象者検索 */
    PERSON_SEARCH(ScreenId.PERSON_SEARCH),
    /** 対象者登録 */
    PERSON_REGISTER(ScreenId.PERSON_REGISTER),
    /** 承認待ち (release and deletion requests awaiting the 所属長) */
    APPROVALS(ScreenId.RELEASE_APPROVALS),
    /** ワークリスト (flag work of the section's linkage duties) */
    WORKLIST(ScreenId.WORKLIST),
    /** 要確認 (registrations of the section due for review) */
    REVIEW(ScreenId.REVIEW),
    /** 完了状況 (per linkage duty: flags confirmed, pending, overdue) */
    COMPLETION(ScreenId.WORKLIST_SUMMARY),
    /** 操作ログ */
    AUDIT_LOG(ScreenId.AUDIT_LOG),
    /** 利用者管理 */
    STAFF(ScreenId.ADMIN_STAFF),
    /** 指定端末 */
    TERMINALS(ScreenId.ADMIN_TERMINALS),
    /** 所属・連携事務 */
    SECTIONS(ScreenId.ADMIN_SECTIONS),
    /** 設定 */
    SETTINGS(ScreenId.ADMIN_SETTINGS);

    private final ScreenId screen;

    Destination(ScreenId screen) {
        this.screen = screen;
    }

    /** The screen id used in the 操作ログ. */
    public String screenId() {
        return screen.id();
    }

    /** Whether {@code role} sees this destination. */
    public boolean allows(StaffRole role) {
        return screen.allows(role);
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
