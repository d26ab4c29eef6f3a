package jp.mamori.db.client;

import java.util.List;
import java.util.Objects;
import jp.mamori.db.contract.Procedure;

/**
 * 設定 (ADR 0015), used as {@code session.procedures(SettingsAdminApi.class)} by the administrator:
 * {@code login.maxFailures} (3–20), {@code client.idleLockMinutes} (1–60), {@code review.periodDays}
 * (30–1095), {@code worklist.overdueDays} (1–90), {@code person.addresseeNumberMaxLength} (4–32).
 * Refusals: {@code invalid.input} with {@code input.setting.unknown} or {@code input.setting.range}
 * (arguments: min, max), {@code invalid.noChange}; and those of every call.
 */
public final class SettingsAdminApi {

    private final ProcedureCaller calls;

    public SettingsAdminApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    public List<Setting> list(String screen) {
        return calls.rows(Procedure.ADMIN_SETTING_LIST, Setting.class, screen);
    }

    public void set(String screen, String name, String value) {
        calls.run(Procedure.ADMIN_SETTING_SET, screen, name, value);
    }

    /** A setting with its current value and allowed range. */
    public record Setting(String name, String val, int minValue, int maxValue) {
    }
}
