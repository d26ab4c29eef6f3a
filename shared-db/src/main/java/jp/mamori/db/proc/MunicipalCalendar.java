package jp.mamori.db.proc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.mamori.db.server.ServerContext;

/** Dates as the municipality counts them (Asia/Tokyo), from the server's clock. */
final class MunicipalCalendar {

    /** The municipality's time zone: 解除日, due dates and ages in days. */
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private MunicipalCalendar() {
    }

    /** Today in the municipality. */
    static LocalDate today() {
        return LocalDate.now(ServerContext.get().clock().withZone(ZONE));
    }

    /** Now, as stored in the timestamp columns. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ServerContext.get().clock().withZone(ZONE));
    }
}
