package jp.mamori.db.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.server.MaintenanceJobs;
import jp.mamori.db.server.ServerContext;

/**
 * サーバー運用者の手続 (ADR 0005): the only things the server host's maintenance account
 * ({@code OPERATOR@SERVERADMIN}, role {@link StaffRole#OPERATOR}) can do on a running server, and
 * nothing a staff role may call. Each is one audited call through the procedure runner; the work
 * runs in the server JVM and writes into the server directory. Each answers lines of text for
 * the operator's terminal: paths, counts and sequence numbers, never a row's content.
 */
public final class ServerProcedures {

    static final Operation BACKUP = Operation.of(Procedure.SERVER_BACKUP.action(), StaffRole.OPERATOR);
    static final Operation EXPORT_LOG = Operation.of(Procedure.SERVER_EXPORT_LOG.action(), StaffRole.OPERATOR);
    static final Operation VERIFY_LOG = Operation.of(Procedure.SERVER_VERIFY_LOG.action(), StaffRole.OPERATOR);
    static final Operation VERIFY_BUNDLE = Operation.of(Procedure.SERVER_VERIFY_BUNDLE.action(), StaffRole.OPERATOR);
    static final Operation REGISTER_TERMINAL = Operation.of(Procedure.SERVER_REGISTER_TERMINAL.action(),
            StaffRole.OPERATOR);

    /** First line of a verification's answer. */
    public static final String INTACT = "intact";
    public static final String BROKEN = "broken";

    private static final String TERMINAL_ID = "[A-Z0-9][A-Z0-9-]{1,31}";
    private static final int LABEL_MAX = 64;

    private ServerProcedures() {
    }

    /** API.SERVER_BACKUP(screen): an online backup into the server's {@code backups/}; answers its path. */
    public static String backup(Connection conn, String screen) throws SQLException {
        return ProcedureRunner.run(conn, BACKUP, screen, (h, caller, note) -> {
            Path zip = io(() -> jobs().backup());
            note.target(zip.getFileName().toString());
            return zip.toString();
        });
    }

    /**
     * API.SERVER_EXPORT_LOG(screen, from, to): the signed bundle of the audit rows of the days
     * {@code [from, to]} into the server's {@code exports/}; answers its directory, rows and SEQ range.
     */
    public static String exportLog(Connection conn, String screen, LocalDate from, LocalDate to)
            throws SQLException {
        return ProcedureRunner.run(conn, EXPORT_LOG, screen, (h, caller, note) -> {
            note.detail("from", String.valueOf(from)).detail("to", String.valueOf(to));
            if (from == null || to == null || to.isBefore(from)) {
                throw new Refusal(RefusalCode.INVALID_PERIOD);
            }
            Optional<MaintenanceJobs.Export> export = io(() -> jobs().exportLog(from, to));
            if (export.isEmpty()) {
                throw new Refusal(RefusalCode.NOTFOUND_AUDIT_PERIOD);
            }
            MaintenanceJobs.Export e = export.get();
            note.target(e.directory().getFileName().toString()).detail("rows", e.rows())
                    .detail("firstSeq", e.firstSeq()).detail("lastSeq", e.lastSeq());
            return String.join("\n", e.directory().toString(), String.format(java.util.Locale.ROOT,
                    "exported %d rows (seq %d-%d) and %d checkpoints", e.rows(), e.firstSeq(), e.lastSeq(),
                    e.checkpoints()));
        });
    }

    /** API.SERVER_VERIFY_LOG(screen): the live chain; first line {@value #INTACT} or {@value #BROKEN}. */
    public static String verifyLog(Connection conn, String screen) throws SQLException {
        return ProcedureRunner.run(conn, VERIFY_LOG, screen, (h, caller, note) -> {
            MaintenanceJobs.Verdict verdict = io(() -> jobs().verifyLog());
            note.target("online").detail("result", verdict.intact() ? INTACT : BROKEN);
            return answer(verdict);
        });
    }

    /**
     * API.SERVER_VERIFY_BUNDLE(screen, directory): a bundle on the server host (absolute path)
     * against the pinned audit signing certificate; first line {@value #INTACT} or {@value #BROKEN}.
     */
    public static String verifyBundle(Connection conn, String screen, String directory) throws SQLException {
        return ProcedureRunner.run(conn, VERIFY_BUNDLE, screen, (h, caller, note) -> {
            Path bundle = directory == null ? null : Path.of(directory);
            if (bundle == null || !bundle.isAbsolute() || !Files.isDirectory(bundle)) {
                throw new Refusal(RefusalCode.NOTFOUND_BUNDLE);
            }
            note.target(bundle.getFileName().toString());
            MaintenanceJobs.Verdict verdict = io(() -> jobs().verifyBundle(bundle));
            note.detail("result", verdict.intact() ? INTACT : BROKEN);
            return answer(verdict);
        });
    }

    /**
     * API.SERVER_REGISTER_TERMINAL(screen, terminalId, label): registers a designated terminal;
     * its key file and one-time password are written to the server's {@code issued/}; answers both paths.
     */
    public static String registerTerminal(Connection conn, String screen, String terminalId, String label)
            throws SQLException {
        return ProcedureRunner.run(conn, REGISTER_TERMINAL, screen, (h, caller, note) -> {
            note.target(terminalId);
            if (terminalId == null || !terminalId.matches(TERMINAL_ID) || label == null || label.isBlank()
                    || label.length() > LABEL_MAX) {
                throw new Refusal(RefusalCode.INVALID_TERMINAL);
            }
            if (h.createQuery("SELECT COUNT(*) FROM MAMORI.TERMINAL WHERE TERMINAL_ID = :id")
                    .bind("id", terminalId).mapTo(Integer.class).one() > 0) {
                throw new Refusal(RefusalCode.CONFLICT_TERMINAL_EXISTS);
            }
            MaintenanceJobs.TerminalKey key = io(() -> jobs().registerTerminal(terminalId, label));
            return key.keyFile() + "\n" + key.passwordFile();
        });
    }

    private static MaintenanceJobs jobs() {
        return ServerContext.get().maintenance();
    }

    private static String answer(MaintenanceJobs.Verdict verdict) {
        List<String> lines = new ArrayList<>();
        lines.add(verdict.intact() ? INTACT : BROKEN);
        lines.addAll(verdict.lines());
        return String.join("\n", lines);
    }

    /** A job that reads or writes files; an I/O failure is the call's ERROR row. */
    @FunctionalInterface
    private interface Job<T> {
        T run() throws IOException, SQLException;
    }

    private static <T> T io(Job<T> job) throws SQLException {
        try {
            return job.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
