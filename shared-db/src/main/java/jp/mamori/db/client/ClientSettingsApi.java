package jp.mamori.db.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.mamori.db.contract.Procedure;

/**
 * The settings every client reads from the server instead of its own constants (ADR 0015), used as
 * {@code session.procedures(ClientSettingsApi.class)}: {@code client.idleLockMinutes},
 * {@code person.addresseeNumberMaxLength}, {@code review.periodDays}, {@code worklist.overdueDays}.
 */
public final class ClientSettingsApi {

    private final ProcedureCaller calls;

    public ClientSettingsApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** Name and value of each client setting. */
    public List<Setting> settingsCall(String screen) {
        return calls.rows(Procedure.CLIENT_SETTINGS, Setting.class, screen);
    }

    /** The settings by name, as integers. */
    public Map<String, Integer> settings(String screen) {
        return settingsCall(screen).stream().collect(Collectors.toMap(Setting::name, s -> Integer.parseInt(s.val())));
    }

    /** One setting as the server sends it. */
    public record Setting(String name, String val) {
    }
}
