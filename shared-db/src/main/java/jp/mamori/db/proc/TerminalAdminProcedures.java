package jp.mamori.db.proc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.persistence.TerminalDao;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.ServerSecrets;

/**
 * 指定端末 (ADR 0015): register, label, disable and enable, list with last use. A terminal's key is a
 * machine credential: the server makes it, as {@code mamori-server register-terminal} does, and
 * returns it once as a PKCS#12 file encrypted with a fresh random password; neither is stored (only
 * the certificate's serial and fingerprint). The administrator copies both to the terminal.
 */
public final class TerminalAdminProcedures {

    /** Validity of a terminal certificate (as for {@code register-terminal}). */
    public static final Duration VALIDITY = Duration.ofDays(825);

    static final Operation LIST = Operation.of("TERMINAL_LIST", StaffRole.ADMIN);
    static final Operation REGISTER = Operation.of("TERMINAL_REGISTER", StaffRole.ADMIN);
    static final Operation LABEL = Operation.of("TERMINAL_LABEL", StaffRole.ADMIN);
    static final Operation SET_ACTIVE = Operation.of("TERMINAL_SET_ACTIVE", StaffRole.ADMIN);

    private static final Columns LIST_COLUMNS = new Columns()
            .text("TERMINAL_ID", 32).text("LABEL", 64).text("CERT_SERIAL", 40).text("NOT_AFTER", 40)
            .bool("ACTIVE").text("REGISTERED_AT", 40).text("LAST_USED_AT", 40);
    private static final Columns KEY_COLUMNS = new Columns()
            .text("TERMINAL_ID", 32).text("CERT_SERIAL", 40).text("NOT_AFTER", 40)
            .text("PKCS12_BASE64", 16_384).text("PASSWORD", 64);

    private TerminalAdminProcedures() {
    }

    /** API.ADMIN_TERMINAL_LIST(screen) */
    public static ResultSet list(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return LIST_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LIST, screen, (h, caller, note) -> {
            SimpleResultSet rs = LIST_COLUMNS.newResult();
            List<TerminalDao.TerminalRow> rows = h.attach(TerminalDao.class).list();
            for (TerminalDao.TerminalRow r : rows) {
                rs.addRow(r.terminalId(), r.label(), r.certSerial(), StaffAdminProcedures.text(r.notAfter()),
                        r.active(), StaffAdminProcedures.text(r.registeredAt()), StaffAdminProcedures.text(r.lastUsedAt()));
            }
            note.detail("rows", rows.size());
            return rs;
        });
    }

    /**
     * API.ADMIN_TERMINAL_REGISTER(screen, terminalId, label): one row with the terminal's key file
     * (PKCS#12, Base64) and its password, shown once.
     */
    public static ResultSet register(Connection conn, String screen, String terminalId, String label)
            throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return KEY_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, REGISTER, screen, (h, caller, note) -> {
            note.target(terminalId);
            String id = AdminInput.terminalId(terminalId);
            String text = AdminInput.terminalLabel(label);
            TerminalDao terminals = h.attach(TerminalDao.class);
            if (terminals.exists(id)) {
                throw new Refusal(RefusalCode.CONFLICT_TERMINAL_EXISTS);
            }
            CertificateAuthority ca = ServerContext.get().certificateAuthority()
                    .orElseThrow(() -> new Refusal(RefusalCode.ERROR_CA_UNAVAILABLE));
            Instant now = ServerContext.get().clock().instant();
            IssuedCredential credential = ca.issue(id, CertificatePurpose.TERMINAL, now.minus(Duration.ofMinutes(5)),
                    now.plus(VALIDITY), List.of());
            var notAfter = credential.certificate().getNotAfter().toInstant().atOffset(ZoneOffset.UTC);
            terminals.insert(id, text, Pem.serial(credential.certificate()), Pem.fingerprint(credential.certificate()),
                    notAfter);
            char[] password = ServerSecrets.newSecret();
            byte[] pkcs12;
            try {
                pkcs12 = credential.toPkcs12(password);
            } catch (IOException e) {
                throw new SQLException("terminal key file not encoded", e);
            }
            note.detail("serial", Pem.serial(credential.certificate()));
            SimpleResultSet rs = KEY_COLUMNS.newResult();
            rs.addRow(id, Pem.serial(credential.certificate()), StaffAdminProcedures.text(notAfter),
                    Base64.getEncoder().encodeToString(pkcs12), new String(password));
            return rs;
        });
    }

    /** API.ADMIN_TERMINAL_LABEL(screen, terminalId, label) */
    public static void label(Connection conn, String screen, String terminalId, String label) throws SQLException {
        ProcedureRunner.run(conn, LABEL, screen, (h, caller, note) -> {
            note.target(terminalId);
            String text = AdminInput.terminalLabel(label);
            if (h.attach(TerminalDao.class).label(terminalId, text) != 1) {
                throw new Refusal(RefusalCode.NOTFOUND_TERMINAL);
            }
            return null;
        });
    }

    /**
     * API.ADMIN_TERMINAL_SET_ACTIVE(screen, terminalId, active): a disabled terminal is no longer
     * designated; logins from it open only a restricted session that says so.
     */
    public static void setActive(Connection conn, String screen, String terminalId, boolean active)
            throws SQLException {
        ProcedureRunner.run(conn, SET_ACTIVE, screen, (h, caller, note) -> {
            note.target(terminalId).detail("active", active);
            TerminalDao terminals = h.attach(TerminalDao.class);
            if (!terminals.exists(terminalId == null ? "" : terminalId)) {
                throw new Refusal(RefusalCode.NOTFOUND_TERMINAL);
            }
            if (terminals.setActive(terminalId, active) != 1) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            return null;
        });
    }

}
