package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.persistence.SettingDao;

/**
 * 設定 (ADR 0015): the administrator reads and changes the settings of {@link AdminSetting}, each
 * checked against its range and audited with its value before and after; every client reads the
 * ones it needs from the server instead of its own constants.
 */
public final class SettingProcedures {

    static final Operation LIST = Operation.of("SETTING_LIST", StaffRole.ADMIN);
    static final Operation SET = Operation.of("SETTING_SET", StaffRole.ADMIN);
    static final Operation CLIENT = Operation.anyRole("SETTING_READ");

    private static final Columns ADMIN_COLUMNS = new Columns()
            .text("NAME", 64).text("VAL", 256).integer("MIN_VALUE").integer("MAX_VALUE");
    private static final Columns CLIENT_COLUMNS = new Columns().text("NAME", 64).text("VAL", 256);

    private SettingProcedures() {
    }

    /** API.ADMIN_SETTING_LIST(screen): the administrator's settings with value and range. */
    public static ResultSet list(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return ADMIN_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LIST, screen, (h, caller, note) -> {
            SimpleResultSet rs = ADMIN_COLUMNS.newResult();
            for (SettingDao.SettingRow row : h.attach(SettingDao.class).values(AdminSetting.keys(false))) {
                AdminSetting setting = AdminSetting.byKey(row.name()).orElseThrow();
                rs.addRow(row.name(), row.val(), setting.min(), setting.max());
            }
            return rs;
        });
    }

    /** API.ADMIN_SETTING_SET(screen, name, value): an integer within the setting's range. */
    public static void set(Connection conn, String screen, String name, String value) throws SQLException {
        ProcedureRunner.run(conn, SET, screen, (h, caller, note) -> {
            note.target(name == null ? "" : name);
            AdminSetting setting = AdminSetting.byKey(name == null ? "" : name)
                    .orElseThrow(() -> AdminInput.invalid(AdminInput.SETTING_UNKNOWN));
            int parsed;
            try {
                parsed = Integer.parseInt(value == null ? "" : value.strip());
            } catch (NumberFormatException e) {
                throw AdminInput.invalid(AdminInput.SETTING_RANGE, setting.min(), setting.max());
            }
            if (parsed < setting.min() || parsed > setting.max()) {
                throw AdminInput.invalid(AdminInput.SETTING_RANGE, setting.min(), setting.max());
            }
            SettingDao settings = h.attach(SettingDao.class);
            String before = settings.lockValue(setting.key()).orElse("");
            if (before.equals(Integer.toString(parsed))) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            settings.put(setting.key(), Integer.toString(parsed));
            note.detail("before", before).detail("after", parsed);
            return null;
        });
    }

    /** API.CLIENT_SETTINGS(screen): the settings a client needs (idle lock, number length, review, overdue). */
    public static ResultSet clientSettings(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return CLIENT_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, CLIENT, screen, (h, caller, note) -> {
            SimpleResultSet rs = CLIENT_COLUMNS.newResult();
            List<SettingDao.SettingRow> rows = h.attach(SettingDao.class).values(AdminSetting.keys(true));
            rows.forEach(r -> rs.addRow(r.name(), r.val()));
            return rs;
        });
    }
}
