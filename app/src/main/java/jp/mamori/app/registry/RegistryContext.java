package jp.mamori.app.registry;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.contract.MunicipalTime;
import jp.mamori.db.text.AddresseeNumber;

/**
 * What the registry screens (対象者検索・登録・照会) need: who is logged in, the action gateway,
 * the error path, the municipality's clock and the addressee-number rule.
 *
 * @param session         who is logged in
 * @param actions         the action gateway, the screens' only way to the server
 * @param errors          turns failures into Japanese messages shown on the screen
 * @param clock           "today" for dates of birth, in the municipality's zone
 * @param numberMaxLength digits a 団体内統合宛名番号 may have
 */
public record RegistryContext(SessionInfo session, ScreenActions actions, ErrorPresenter errors, Clock clock,
        int numberMaxLength) {

    /** The municipality's time zone (the contract's one constant). */
    public static final ZoneId ZONE = MunicipalTime.ZONE;

    public RegistryContext {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(clock, "clock");
        if (numberMaxLength < 1 || numberMaxLength > AddresseeNumber.ABSOLUTE_MAX_LENGTH) {
            throw new IllegalArgumentException("numberMaxLength out of range");
        }
    }

    /**
     * The context of a work screen, with the system clock in the municipality's zone and the number
     * length the server gave at login (its setting {@code person.addresseeNumberMaxLength}).
     */
    public static RegistryContext of(ScreenContext context) {
        return new RegistryContext(context.session(), context.actions(), context.errors(),
                Clock.system(ZONE), context.session().addresseeNumberLength());
    }

    /** The Japanese message for a failed call. */
    public String messageFor(Throwable failure) {
        return errors.messageFor(failure);
    }
}
