package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.AuditRowCursor;
import jp.mamori.db.audit.BundleVerification;
import jp.mamori.db.audit.ChainPosition;
import jp.mamori.db.audit.ChainVerifier;
import jp.mamori.db.audit.Checkpoint;
import jp.mamori.db.audit.CheckpointFile;
import jp.mamori.db.audit.CheckpointPolicy;
import jp.mamori.db.audit.LogBundleExporter;
import jp.mamori.db.audit.LogBundleReader;
import jp.mamori.db.audit.SeqRange;
import jp.mamori.db.audit.VerificationReport;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.SecureFiles;

/**
 * The server host's maintenance jobs, done inside the server JVM for the API.SERVER_*
 * procedures (ADR 0005): the procedure authorises and audits the call, these do the work. Files
 * are written into the server directory — backups into {@code backups/}, bundles into
 * {@code exports/}, terminal key files into {@code issued/} — all owner-only.
 */
public final class MaintenanceJobs {

    private static final ZoneId JAPAN = jp.mamori.db.contract.MunicipalTime.ZONE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final Duration TERMINAL_VALIDITY = Duration.ofDays(825);

    /** A written bundle. */
    public record Export(Path directory, long rows, long firstSeq, long lastSeq, int checkpoints) {
    }

    /** A verification: intact or not, and what to tell the operator (sequence numbers, never row content). */
    public record Verdict(boolean intact, List<String> lines) {
    }

    /** A terminal's key file and the file holding its one-time password. */
    public record TerminalKey(Path keyFile, Path passwordFile) {
    }

    private final ServerLayout layout;
    private final DataSource admin;
    private final AuditCheckpointer checkpointer;

    MaintenanceJobs(ServerLayout layout, DataSource admin, AuditCheckpointer checkpointer) {
        this.layout = layout;
        this.admin = admin;
        this.checkpointer = checkpointer;
    }

    /** An online backup (H2 {@code BACKUP TO}), 0600 in the 0700 {@code backups/}. */
    public Path backup() throws IOException, SQLException {
        return Backups.write(admin, layout);
    }

    /**
     * The signed bundle of the audit rows of the days {@code [from, to]} (Japan time), ending at a
     * checkpoint signed now, so that a checkpoint vouches every exported row.
     *
     * @return empty when the period has no audit rows
     */
    public Optional<Export> exportLog(LocalDate from, LocalDate to) throws IOException, SQLException {
        Instant start = from.atStartOfDay(JAPAN).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(JAPAN).toInstant();
        try (Connection c = admin.getConnection()) {
            AuditLogReader reader = new AuditLogReader(c);
            Optional<SeqRange> period = reader.seqRangeOf(start, end);
            if (period.isEmpty()) {
                return Optional.empty();
            }
            checkpointer.checkpoint(true);
            long last = period.get().toExclusive() - 1;
            List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
            Checkpoint covering = checkpoints.stream().filter(cp -> cp.seq() >= last)
                    .min(Comparator.comparingLong(Checkpoint::seq))
                    .orElseThrow(() -> new IOException("no audit checkpoint vouches SEQ " + last));
            SecureFiles.createOwnerOnlyDirectory(layout.exports());
            Path target = layout.exports().resolve("audit-" + from + "_" + to + "-"
                    + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC))).toAbsolutePath();
            ServerContext server = ServerContext.get();
            try (AuditRowCursor rows = reader.rows(new SeqRange(period.get().from(), covering.seq() + 1))) {
                LogBundleExporter.ExportSummary summary = new LogBundleExporter(server.auditSigningKey(),
                        server.auditSigningCertificate(), server.caCertificate()).export(target, rows, checkpoints);
                return Optional.of(new Export(summary.directory(), summary.rows(), summary.firstSeq(),
                        summary.lastSeq(), summary.checkpoints()));
            }
        }
    }

    /** The whole live chain against the checkpoints the pinned audit signing key signed. */
    public Verdict verifyLog() throws IOException, SQLException {
        List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
        try (Connection c = admin.getConnection(); AuditRowCursor rows = new AuditLogReader(c).allRows()) {
            VerificationReport report = new ChainVerifier(ServerContext.get().auditSigningCertificate())
                    .verify(rows, checkpoints, ChainPosition.GENESIS);
            return new Verdict(report.ok(), List.of(report.summary()));
        }
    }

    /** A bundle directory on the server host, against the pinned audit signing certificate. */
    public Verdict verifyBundle(Path bundle) throws IOException {
        BundleVerification result = LogBundleReader.open(bundle)
                .verify(jp.mamori.db.audit.AuditSignerPin.read(layout.auditSignerPin()), CheckpointPolicy.DEFAULT);
        return new Verdict(result.ok(), result.describe());
    }

    /**
     * Registers a designated terminal and writes its key file ({@code issued/terminal-ID.p12}) and
     * one-time password ({@code .password} beside it), both 0600.
     */
    public TerminalKey registerTerminal(String terminalId, String label) throws IOException {
        CertificateAuthority ca;
        try {
            ca = CertificateAuthority.load(layout.caKeystore(), ServerSecrets.read(layout.keystorePassword()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("the server's CA key store cannot be read", e);
        }
        SecureFiles.createOwnerOnlyDirectory(layout.issued());
        Path keyFile = layout.issued().resolve("terminal-" + terminalId + ".p12").toAbsolutePath();
        Path passwordFile = keyFile.resolveSibling(keyFile.getFileName() + ".password");
        char[] password = ServerSecrets.newSecret();
        new Provisioning(ServerContext.get().jdbi(), ca).registerTerminal(terminalId, label,
                Instant.now().plus(TERMINAL_VALIDITY), keyFile, password);
        Files.deleteIfExists(passwordFile);
        SecureFiles.writeOwnerOnly(passwordFile, new String(password));
        return new TerminalKey(keyFile, passwordFile);
    }
}
