package jp.mamori.db.client;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * 設定 (ADR 0015), used as {@code session.procedures(SettingsAdminApi.class)} by the administrator:
 * {@code login.maxFailures} (3–20), {@code client.idleLockMinutes} (1–60), {@code review.periodDays}
 * (30–1095), {@code worklist.overdueDays} (1–90), {@code person.addresseeNumberMaxLength} (4–32).
 * Refusals: {@code invalid.input} with {@code input.setting.unknown} or {@code input.setting.range}
 * (arguments: min, max), {@code invalid.noChange}; and those of every call.
 */
public interface SettingsAdminApi {

    @SqlQuery("CALL API.ADMIN_SETTING_LIST(:screen)")
    @RegisterConstructorMapper(Setting.class)
    List<Setting> list(@Bind("screen") String screen);

    @SqlCall("CALL API.ADMIN_SETTING_SET(:screen, :name, :value)")
    void set(@Bind("screen") String screen, @Bind("name") String name, @Bind("value") String value);

    /** A setting with its current value and allowed range. */
    record Setting(String name, String val, int minValue, int maxValue) {
    }
}
