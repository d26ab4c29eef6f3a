package jp.mamori.db.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.AuditRowCursor;
import jp.mamori.db.audit.AuditSignerPin;
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
import jp.mamori.db.auth.ServerAdminValidator;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.pki.SecureFiles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The server host's tools for a running server: they connect over TLS on loopback as the server's
 * own account, with the secret only the server account can read. Every command that reaches the
 * database leaves START and END rows in the 操作ログ ({@link OperatorAudit}).
 */
final class ServerTools {

    private static final ZoneId JAPAN = jp.mamori.db.contract.MunicipalTime.ZONE;
    /** How long export-log waits for the checkpoint that vouches the period's last row. */
    private static final Duration CHECKPOINT_WAIT = Duration.ofSeconds(45);

    private final ServerLayout layout;
    private final JdbcDataSource admin;

    private ServerTools(ServerLayout layout, JdbcDataSource admin) {
        this.layout = layout;
        this.admin = admin;
    }

    static ServerTools connect(ServerCommand.Arguments a) throws IOException {
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        TlsSetup.installClient(Pem.read(layout.caCertificate()));
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:ssl://127.0.0.1:" + a.required("port") + "/mamori;AUTHREALM=" + Realms.SERVER_ADMIN);
        ds.setUser(Realms.SERVER_ADMIN_USER);
        ds.setPassword(new String(ServerSecrets.read(layout.adminSecret())));
        return new ServerTools(layout, ds);
    }

    /** An owner-only backup (0600 in an 0700 directory): it holds every victim's record. */
    Path backup() throws Exception {
        return OperatorAudit.audited(admin, "BACKUP", "-", AuditDetail.empty(), () -> Backups.write(admin, layout));
    }

    void registerTerminal(ServerCommand.Arguments a, PrintStream out) throws Exception {
        String terminalId = a.required("id");
        OperatorAudit.audited(admin, "REGISTER_TERMINAL", terminalId, AuditDetail.empty(), () -> {
            CertificateAuthority ca = CertificateAuthority.load(layout.caKeystore(),
                    ServerSecrets.read(layout.keystorePassword()));
            Jdbi jdbi = Jdbi.create(admin).installPlugin(new SqlObjectPlugin());
            Path keyFile = Path.of(a.required("out"));
            char[] password = ServerSecrets.newSecret();
            new Provisioning(jdbi, ca).registerTerminal(terminalId, a.required("label"),
                    Instant.now().plus(Duration.ofDays(825)), keyFile, password);
            Path passwordFile = keyFile.resolveSibling(keyFile.getFileName() + ".password");
            Files.deleteIfExists(passwordFile);
            SecureFiles.writeOwnerOnly(passwordFile, new String(password));
            out.println("terminal key file: " + keyFile + " (password in " + passwordFile.getFileName() + ")");
            return keyFile;
        });
    }

    /**
     * Writes the signed bundle of the audit rows of {@code [--from, --to]} (days in Japan time),
     * extended to the first checkpoint at or after the period's last row, so that a checkpoint
     * vouches every exported row (ADR 0005); waits for that checkpoint if it is not signed yet.
     */
    void exportLog(ServerCommand.Arguments a, PrintStream out) throws Exception {
        Instant from = LocalDate.parse(a.required("from")).atStartOfDay(JAPAN).toInstant();
        Instant to = LocalDate.parse(a.required("to")).plusDays(1).atStartOfDay(JAPAN).toInstant();
        Path target = Path.of(a.required("out"));
        IssuedCredential signer = IssuedCredential.readPkcs12(layout.auditSigningKeystore(),
                ServerSecrets.read(layout.keystorePassword()));
        if (!AuditSignerPin.read(layout.auditSignerPin()).trusts(signer.certificate())) {
            throw new GeneralSecurityException("the audit signing key is not the pinned audit signing certificate");
        }
        AuditDetail detail = AuditDetail.of("from", a.required("from")).with("to", a.required("to"));
        OperatorAudit.audited(admin, "EXPORT_LOG", target.getFileName().toString(), detail, () -> {
            try (Connection c = admin.getConnection()) {
                AuditLogReader reader = new AuditLogReader(c);
                Optional<SeqRange> period = reader.seqRangeOf(from, to);
                if (period.isEmpty()) {
                    throw new IllegalStateException("no audit rows in that period");
                }
                Checkpoint covering = coveringCheckpoint(period.get().toExclusive() - 1, out);
                SeqRange range = new SeqRange(period.get().from(), covering.seq() + 1);
                List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
                try (AuditRowCursor rows = reader.rows(range)) {
                    LogBundleExporter.ExportSummary summary = new LogBundleExporter(signer.key(),
                            signer.certificate(), signer.caCertificate()).export(target, rows, checkpoints);
                    out.printf("exported %d rows (seq %d-%d, the period's rows up to seq %d and those up to the"
                            + " checkpoint that vouches them) and %d checkpoints to %s%n", summary.rows(),
                            summary.firstSeq(), summary.lastSeq(), period.get().toExclusive() - 1,
                            summary.checkpoints(), summary.directory());
                    return summary;
                }
            }
        });
    }

    /** The first checkpoint at or after {@code seq} in the checkpoint file, waiting for the server to sign it. */
    private Checkpoint coveringCheckpoint(long seq, PrintStream out) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(CHECKPOINT_WAIT);
        boolean told = false;
        while (true) {
            Optional<Checkpoint> found = CheckpointFile.read(layout.checkpointFile()).checkpoints().stream()
                    .filter(c -> c.seq() >= seq).min(java.util.Comparator.comparingLong(Checkpoint::seq));
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("no audit checkpoint vouches SEQ " + seq + " yet; is the server's checkpointer"
                        + " running? (see the server log)");
            }
            if (!told) {
                out.println("waiting for the audit checkpoint that vouches the period's last row (at most "
                        + CHECKPOINT_WAIT.toSeconds() + " s) ...");
                told = true;
            }
            Thread.sleep(500);
        }
    }

    /**
     * Verifies a bundle ({@code --bundle DIR}) against the pinned audit signing certificate — the
     * fingerprint given with {@code --signer-fingerprint}, or the one in the server directory
     * {@code --dir} — or the server's own database with its checkpoint file: through the running
     * server with {@code --port}, or offline, the server stopped, without it. 0 intact, 3 broken.
     * With a database at hand (every form but a bundle checked away from the server) the
     * verification leaves START and END rows.
     */
    static int verify(ServerCommand.Arguments a, PrintStream out) throws Exception {
        if (a.has("bundle")) {
            Path bundle = Path.of(a.required("bundle"));
            AuditSignerPin pin = a.has("signer-fingerprint") ? AuditSignerPin.parse(a.required("signer-fingerprint"))
                    : AuditSignerPin.read(new ServerLayout(Path.of(a.required("dir"))).auditSignerPin());
            if (!a.has("port")) {
                return verifyBundle(bundle, pin, out);
            }
            return OperatorAudit.audited(connect(a).admin, "VERIFY_BUNDLE", bundle.getFileName().toString(),
                    AuditDetail.of("signer", pin.sha256()), () -> verifyBundle(bundle, pin, out), ServerTools::verdict);
        }
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        X509Certificate signer = Pem.read(layout.auditSigningCertificate());
        if (!AuditSignerPin.read(layout.auditSignerPin()).trusts(signer)) {
            out.println(layout.auditSigningCertificate().getFileName()
                    + ": 監査署名証明書が、サーバーに保存されたフィンガープリントと一致しません。");
            return 3;
        }
        DataSource source = a.has("port") ? connect(a).admin : offline(layout);
        return OperatorAudit.audited(source, "VERIFY_LOG", a.has("port") ? "online" : "offline", AuditDetail.empty(),
                () -> {
                    List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
                    try (Connection c = source.getConnection(); AuditRowCursor rows = new AuditLogReader(c).allRows()) {
                        VerificationReport report = new ChainVerifier(signer).verify(rows, checkpoints,
                                ChainPosition.GENESIS);
                        out.println(report.summary());
                        return report.ok() ? 0 : 3;
                    }
                }, ServerTools::verdict);
    }

    private static int verifyBundle(Path bundle, AuditSignerPin pin, PrintStream out) throws IOException {
        BundleVerification result = LogBundleReader.open(bundle).verify(pin, CheckpointPolicy.DEFAULT);
        result.describe().forEach(out::println);
        return result.ok() ? 0 : 3;
    }

    private static String verdict(int status) {
        return status == 0 ? "intact" : "broken";
    }

    private static DataSource offline(ServerLayout layout) throws IOException {
        char[] secret = ServerSecrets.read(layout.adminSecret());
        ServerAdminValidator.installSecret(secret);
        return ServerInitializer.adminDataSource(layout, secret);
    }
}
