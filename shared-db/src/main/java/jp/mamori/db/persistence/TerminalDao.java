package jp.mamori.db.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** 指定端末: designated terminals with their certificate and last use. */
public interface TerminalDao {

    /** A terminal as the administrator lists it; last use is the last accepted login from it. */
    record TerminalRow(String terminalId, String label, String certSerial, OffsetDateTime notAfter, boolean active,
            OffsetDateTime registeredAt, OffsetDateTime lastUsedAt) {
    }

    @SqlQuery("""
            SELECT T.TERMINAL_ID, T.LABEL, T.CERT_SERIAL, T.NOT_AFTER, T.ACTIVE, T.REGISTERED_AT,
                   (SELECT MAX(L.LOGGED_IN_AT) FROM MAMORI.LOGIN_SESSION L
                     WHERE L.TERMINAL_ID = T.TERMINAL_ID AND L.STATUS = 'OK') AS LAST_USED_AT
            FROM MAMORI.TERMINAL T ORDER BY T.TERMINAL_ID""")
    @RegisterConstructorMapper(TerminalRow.class)
    List<TerminalRow> list();

    @SqlQuery("SELECT COUNT(*) > 0 FROM MAMORI.TERMINAL WHERE TERMINAL_ID = :id")
    boolean exists(@Bind("id") String terminalId);

    @SqlUpdate("""
            INSERT INTO MAMORI.TERMINAL (TERMINAL_ID, LABEL, CERT_SERIAL, FINGERPRINT, NOT_AFTER)
            VALUES (:id, :label, :serial, :fp, :notAfter)""")
    void insert(@Bind("id") String terminalId, @Bind("label") String label, @Bind("serial") String serial,
            @Bind("fp") String fingerprint, @Bind("notAfter") OffsetDateTime notAfter);

    @SqlUpdate("UPDATE MAMORI.TERMINAL SET LABEL = :label WHERE TERMINAL_ID = :id")
    int label(@Bind("id") String terminalId, @Bind("label") String label);

    @SqlUpdate("UPDATE MAMORI.TERMINAL SET ACTIVE = :active WHERE TERMINAL_ID = :id AND ACTIVE <> :active")
    int setActive(@Bind("id") String terminalId, @Bind("active") boolean active);
}
