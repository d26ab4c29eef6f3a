package jp.mamori.db.client;

import java.util.Base64;
import java.util.List;
import java.util.Objects;
import jp.mamori.db.contract.Procedure;

/**
 * 指定端末 (ADR 0015), used as {@code session.procedures(TerminalAdminApi.class)} by the administrator.
 * Refusals: {@code invalid.input} ({@code input.terminalId.invalid}: {@code ^[A-Z0-9][A-Z0-9-]{1,31}$},
 * {@code input.terminalLabel.invalid}: 1 to 64 characters), {@code conflict.terminalExists},
 * {@code notfound.terminal}, {@code invalid.noChange}, {@code error.caUnavailable}, and the
 * refusals every call may get ({@code denied.role}, {@code denied.session*}, {@code error.internal}).
 */
public final class TerminalAdminApi {

    private final ProcedureCaller calls;

    public TerminalAdminApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    public List<Terminal> list(String screen) {
        return calls.rows(Procedure.ADMIN_TERMINAL_LIST, Terminal.class, screen);
    }

    /**
     * Registers a terminal; the server makes its key (a machine credential) and returns it once as a
     * PKCS#12 file with its password — write both to the terminal's installation medium, as
     * {@code mamori-server register-terminal} does ({@code ID.p12} and {@code ID.p12.password}).
     */
    public TerminalKey register(String screen, String terminalId, String label) {
        List<TerminalKey> rows = calls.rows(Procedure.ADMIN_TERMINAL_REGISTER, TerminalKey.class, screen, terminalId,
                label);
        if (rows.size() != 1) {
            throw new ServerRefusal(jp.mamori.db.contract.RefusalCode.ERROR_UNEXPECTED, List.of(), null);
        }
        return rows.get(0);
    }

    public void label(String screen, String terminalId, String label) {
        calls.run(Procedure.ADMIN_TERMINAL_LABEL, screen, terminalId, label);
    }

    /** Disables (false) or enables (true) a terminal. */
    public void setActive(String screen, String terminalId, boolean active) {
        calls.run(Procedure.ADMIN_TERMINAL_SET_ACTIVE, screen, terminalId, active);
    }

    /** A terminal as listed; times ISO-8601 UTC, {@code lastUsedAt} empty before its first login. */
    public record Terminal(String terminalId, String label, String certSerial, String notAfter, boolean active,
            String registeredAt, String lastUsedAt) {
    }

    /** The once-shown key file of a new terminal. */
    public record TerminalKey(String terminalId, String certSerial, String notAfter, String pkcs12Base64,
            String password) {

        public byte[] pkcs12() {
            return Base64.getDecoder().decode(pkcs12Base64);
        }
    }
}
