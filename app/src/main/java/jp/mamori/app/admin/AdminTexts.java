package jp.mamori.app.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.RoleNames;
import jp.mamori.db.client.StaffAdminApi.StaffMember;

/** How the administrator's screens write times, states and roles. */
public final class AdminTexts {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private AdminTexts() {
    }

    /** An ISO-8601 moment as the server sends it, in local time; empty stays empty. */
    public static String dateTime(String iso) {
        return format(iso, DATE_TIME);
    }

    /** An ISO-8601 moment as a local date. */
    public static String date(String iso) {
        return format(iso, DATE);
    }

    private static String format(String iso, DateTimeFormatter pattern) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return pattern.format(OffsetDateTime.parse(iso).atZoneSameInstant(ZONE));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** 有効, 利用停止, ロック中 — and whether the password must still change. */
    public static String state(StaffMember member) {
        String state = !member.active() ? Messages.get("staff.state.disabled")
                : member.locked() ? Messages.get("staff.state.locked") : Messages.get("staff.state.active");
        return member.mustChangePassword() ? Messages.get("staff.state.withPasswordChange", state) : state;
    }

    /** The role in Japanese. */
    public static String role(StaffMember member) {
        return RoleNames.of(member.role());
    }
}
