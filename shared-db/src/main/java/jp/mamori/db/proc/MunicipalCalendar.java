package jp.mamori.db.proc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.mamori.db.server.ServerContext;

/**
 * Dates as the municipality counts them (Asia/Tokyo), from the server's clock — or the system
 * clock when no server runs in this JVM (offline tools working on a stopped server's database).
 */
final class MunicipalCalendar {

    /** The municipality's time zone: 解除日, due dates and ages in days. */
    static final ZoneId ZONE = jp.mamori.db.contract.MunicipalTime.ZONE;

    private MunicipalCalendar() {
    }

    /** Today in the municipality. */
    static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** Now, as stored in the timestamp columns. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(clock());
    }

    private static Clock clock() {
        return (ServerContext.isRunning() ? ServerContext.get().clock() : Clock.systemUTC()).withZone(ZONE);
    }
}
