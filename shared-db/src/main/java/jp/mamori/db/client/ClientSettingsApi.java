package jp.mamori.db.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The settings every client reads from the server instead of its own constants (ADR 0015), used as
 * {@code session.procedures(ClientSettingsApi.class)}: {@code client.idleLockMinutes},
 * {@code person.addresseeNumberMaxLength}, {@code review.periodDays}, {@code worklist.overdueDays}.
 */
public interface ClientSettingsApi {

    /** Name and value of each client setting. */
    @SqlQuery("CALL API.CLIENT_SETTINGS(:screen)")
    @RegisterConstructorMapper(Setting.class)
    List<Setting> settingsCall(@Bind("screen") String screen);

    /** The settings by name, as integers. */
    default Map<String, Integer> settings(String screen) {
        return settingsCall(screen).stream().collect(Collectors.toMap(Setting::name, s -> Integer.parseInt(s.val())));
    }

    /** One setting as the server sends it. */
    record Setting(String name, String val) {
    }
}
