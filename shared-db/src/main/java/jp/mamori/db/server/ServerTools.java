package jp.mamori.db.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.AuditRowCursor;
import jp.mamori.db.audit.BundleVerification;
import jp.mamori.db.audit.ChainPosition;
import jp.mamori.db.audit.ChainVerifier;
import jp.mamori.db.audit.Checkpoint;
import jp.mamori.db.audit.CheckpointFile;
import jp.mamori.db.audit.LogBundleExporter;
import jp.mamori.db.audit.LogBundleReader;
import jp.mamori.db.audit.SeqRange;
import jp.mamori.db.audit.VerificationReport;
import jp.mamori.db.auth.ServerAdminValidator;
import jp.mamori.db.pki.IssuedCredential;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.pki.SecureFiles;

/**
 * The server host's tools for a running server: they connect over TLS on loopback as the server's
 * own account, with the secret only the server account can read.
 */
final class ServerTools {

    private static final ZoneId JAPAN = jp.mamori.db.contract.MunicipalTime.ZONE;

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

    Path backup() throws IOException, SQLException {
        return Backups.write(admin, layout);
    }

    void registerTerminal(ServerCommand.Arguments a, PrintStream out) throws IOException, GeneralSecurityException {
        CertificateAuthority ca = CertificateAuthority.load(layout.caKeystore(),
                ServerSecrets.read(layout.keystorePassword()));
        Jdbi jdbi = Jdbi.create(admin).installPlugin(new SqlObjectPlugin());
        Path keyFile = Path.of(a.required("out"));
        char[] password = ServerSecrets.newSecret();
        new Provisioning(jdbi, ca).registerTerminal(a.required("id"), a.required("label"),
                Instant.now().plus(Duration.ofDays(825)), keyFile, password);
        Path passwordFile = keyFile.resolveSibling(keyFile.getFileName() + ".password");
        Files.deleteIfExists(passwordFile);
        SecureFiles.writeOwnerOnly(passwordFile, new String(password));
        out.println("terminal key file: " + keyFile + " (password in " + passwordFile.getFileName() + ")");
    }

    /** Writes the signed bundle of the audit rows of {@code [--from, --to]} (days in Japan time). */
    void exportLog(ServerCommand.Arguments a, PrintStream out) throws IOException, GeneralSecurityException,
            SQLException {
        Instant from = LocalDate.parse(a.required("from")).atStartOfDay(JAPAN).toInstant();
        Instant to = LocalDate.parse(a.required("to")).plusDays(1).atStartOfDay(JAPAN).toInstant();
        IssuedCredential signer = IssuedCredential.readPkcs12(layout.auditSigningKeystore(),
                ServerSecrets.read(layout.keystorePassword()));
        List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
        try (Connection c = admin.getConnection()) {
            AuditLogReader reader = new AuditLogReader(c);
            Optional<SeqRange> range = reader.seqRangeOf(from, to);
            if (range.isEmpty()) {
                throw new IllegalArgumentException("no audit rows in that period");
            }
            try (AuditRowCursor rows = reader.rows(range.get())) {
                LogBundleExporter.ExportSummary summary = new LogBundleExporter(signer.key(), signer.certificate(),
                        signer.caCertificate()).export(Path.of(a.required("out")), rows, checkpoints);
                out.printf("exported %d rows (seq %d-%d) and %d checkpoints to %s%n", summary.rows(),
                        summary.firstSeq(), summary.lastSeq(), summary.checkpoints(), summary.directory());
            }
        }
    }

    /**
     * Verifies a bundle ({@code --bundle DIR}, trusting {@code --ca FILE} or the server's CA), or the
     * server's own database with its checkpoint file: through the running server with
     * {@code --port}, or offline, the server stopped, without it. 0 intact, 3 broken.
     */
    static int verify(ServerCommand.Arguments a, PrintStream out) throws IOException, SQLException {
        if (a.has("bundle")) {
            X509Certificate ca = Pem.read(a.has("ca") ? Path.of(a.required("ca"))
                    : new ServerLayout(Path.of(a.required("dir"))).caCertificate());
            BundleVerification result = LogBundleReader.open(Path.of(a.required("bundle"))).verify(ca);
            result.describe().forEach(out::println);
            return result.ok() ? 0 : 3;
        }
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
        X509Certificate signer = Pem.read(layout.auditSigningCertificate());
        DataSource source = a.has("port") ? connect(a).admin : offline(layout);
        try (Connection c = source.getConnection(); AuditRowCursor rows = new AuditLogReader(c).allRows()) {
            VerificationReport report = new ChainVerifier(signer).verify(rows, checkpoints, ChainPosition.GENESIS);
            out.println(report.summary());
            return report.ok() ? 0 : 3;
        }
    }

    private static DataSource offline(ServerLayout layout) throws IOException {
        char[] secret = ServerSecrets.read(layout.adminSecret());
        ServerAdminValidator.installSecret(secret);
        return ServerInitializer.adminDataSource(layout, secret);
    }


}
