package jp.mamori.db.client;

import java.util.Base64;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * 指定端末 (ADR 0015), used as {@code session.procedures(TerminalAdminApi.class)} by the administrator.
 * Refusals: {@code invalid.input} ({@code input.terminalId.invalid}: {@code ^[A-Z0-9][A-Z0-9-]{1,31}$},
 * {@code input.terminalLabel.invalid}: 1 to 64 characters), {@code conflict.terminalExists},
 * {@code notfound.terminal}, {@code invalid.noChange}, {@code error.caUnavailable}, and the
 * refusals every call may get ({@code denied.role}, {@code denied.session*}, {@code error.internal}).
 */
public interface TerminalAdminApi {

    @FetchSize(FlagWorkApi.RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.ADMIN_TERMINAL_LIST(:screen)")
    @RegisterConstructorMapper(Terminal.class)
    List<Terminal> list(@Bind("screen") String screen);

    /**
     * Registers a terminal; the server makes its key (a machine credential) and returns it once as a
     * PKCS#12 file with its password — write both to the terminal's installation medium, as
     * {@code mamori-server register-terminal} does ({@code ID.p12} and {@code ID.p12.password}).
     */
    @SqlQuery("CALL API.ADMIN_TERMINAL_REGISTER(:screen, :id, :label)")
    @RegisterConstructorMapper(TerminalKey.class)
    TerminalKey register(@Bind("screen") String screen, @Bind("id") String terminalId, @Bind("label") String label);

    @SqlCall("CALL API.ADMIN_TERMINAL_LABEL(:screen, :id, :label)")
    void label(@Bind("screen") String screen, @Bind("id") String terminalId, @Bind("label") String label);

    /** Disables (false) or enables (true) a terminal. */
    @SqlCall("CALL API.ADMIN_TERMINAL_SET_ACTIVE(:screen, :id, :active)")
    void setActive(@Bind("screen") String screen, @Bind("id") String terminalId, @Bind("active") boolean active);

    /** A terminal as listed; times ISO-8601 UTC, {@code lastUsedAt} empty before its first login. */
    record Terminal(String terminalId, String label, String certSerial, String notAfter, boolean active,
            String registeredAt, String lastUsedAt) {
    }

    /** The once-shown key file of a new terminal. */
    record TerminalKey(String terminalId, String certSerial, String notAfter, String pkcs12Base64, String password) {

        public byte[] pkcs12() {
            return Base64.getDecoder().decode(pkcs12Base64);
        }
    }
}
