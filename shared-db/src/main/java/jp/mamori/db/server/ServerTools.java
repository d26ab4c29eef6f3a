package jp.mamori.db.server;

import jp.mamori.db.contract.Realms;
import jp.mamori.db.tls.TlsSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
import jp.mamori.db.audit.LogBundleReader;
import jp.mamori.db.audit.VerificationReport;
import jp.mamori.db.auth.ServerAdminValidator;
import jp.mamori.db.client.ProcedureCaller;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.ScreenId;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.pki.SecureFiles;

/**
 * The server host's tools for a running server: they connect over TLS on loopback as the server
 * host's maintenance account {@code OPERATOR@SERVERADMIN}, with the secret only the server account
 * can read, and call the API.SERVER_* procedures — no SQL of their own (ADR 0005). Each call is one
 * audited procedure call; files are written by the server into its own directory and then moved to
 * where {@code --out} asks.
 */
final class ServerTools {

    private final JdbcDataSource operator;

    private ServerTools(JdbcDataSource operator) {
        this.operator = operator;
    }

    static ServerTools connect(ServerCommand.Arguments a) throws IOException {
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        TlsSetup.installClient(Pem.read(layout.caCertificate()));
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:ssl://127.0.0.1:" + a.required("port") + "/mamori;AUTHREALM=" + Realms.SERVER_ADMIN);
        ds.setUser(Realms.OPERATOR_USER);
        ds.setPassword(new String(ServerSecrets.read(layout.adminSecret())));
        return new ServerTools(ds);
    }

    /** An owner-only backup (0600 in the server's 0700 {@code backups/}): it holds every victim's record. */
    Path backup() throws SQLException {
        return Path.of(call(Procedure.SERVER_BACKUP));
    }

    void registerTerminal(ServerCommand.Arguments a, PrintStream out) throws SQLException, IOException {
        String[] files = call(Procedure.SERVER_REGISTER_TERMINAL, a.required("id"), a.required("label")).split("\\n");
        Path keyFile = Path.of(files[0]);
        Path passwordFile = Path.of(files[1]);
        if (a.has("out")) {
            Path target = Path.of(a.required("out")).toAbsolutePath();
            Path targetPassword = target.resolveSibling(target.getFileName() + ".password");
            Files.move(keyFile, target, StandardCopyOption.REPLACE_EXISTING);
            Files.move(passwordFile, targetPassword, StandardCopyOption.REPLACE_EXISTING);
            keyFile = target;
            passwordFile = targetPassword;
        }
        out.println("terminal key file: " + keyFile + " (password in " + passwordFile.getFileName() + ")");
    }

    /**
     * Writes the signed bundle of the audit rows of {@code [--from, --to]} (days in Japan time),
     * ending at a checkpoint the server signs for it (ADR 0005), and moves it to {@code --out}.
     */
    void exportLog(ServerCommand.Arguments a, PrintStream out) throws SQLException, IOException {
        String[] lines = call(Procedure.SERVER_EXPORT_LOG, LocalDate.parse(a.required("from")),
                LocalDate.parse(a.required("to"))).split("\n");
        Path written = Path.of(lines[0]);
        Path target = a.has("out") ? moveBundle(written, Path.of(a.required("out")).toAbsolutePath()) : written;
        out.println(lines[1] + " to " + target);
    }

    /** Moves a bundle directory; across file systems its files are copied with their 0600/0700 modes. */
    private static Path moveBundle(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new java.nio.file.FileAlreadyExistsException(to + " exists; the bundle stays in " + from);
        }
        try {
            return Files.move(from, to);
        } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.AtomicMoveNotSupportedException crossDevice) {
            SecureFiles.createOwnerOnlyDirectory(to);
            try (var files = Files.list(from)) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return to;
        }
    }

    /** Calls one API.SERVER_* procedure through the contract, the tools' screen first; its text answer. */
    private String call(Procedure procedure, Object... args) throws SQLException {
        Object[] all = new Object[args.length + 1];
        all[0] = ScreenId.SERVER_TOOLS.id();
        System.arraycopy(args, 0, all, 1, args.length);
        try (Connection c = operator.getConnection()) {
            return ProcedureCaller.over(c).scalar(procedure, String.class, all);
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
            Path bundle = Path.of(a.required("bundle")).toAbsolutePath();
            if (a.has("port")) {
                return verdict(connect(a).call(Procedure.SERVER_VERIFY_BUNDLE, bundle.toString()), out);
            }
            AuditSignerPin pin = a.has("signer-fingerprint") ? AuditSignerPin.parse(a.required("signer-fingerprint"))
                    : AuditSignerPin.read(new ServerLayout(Path.of(a.required("dir"))).auditSignerPin());
            return verifyBundle(bundle, pin, out);
        }
        if (a.has("port")) {
            return verdict(connect(a).call(Procedure.SERVER_VERIFY_LOG), out);
        }
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        X509Certificate signer = Pem.read(layout.auditSigningCertificate());
        if (!AuditSignerPin.read(layout.auditSignerPin()).trusts(signer)) {
            out.println(layout.auditSigningCertificate().getFileName()
                    + ": 監査署名証明書が、サーバーに保存されたフィンガープリントと一致しません。");
            return 3;
        }
        DataSource source = offline(layout);
        return OperatorAudit.audited(source, "VERIFY_LOG", "offline", AuditDetail.empty(), () -> {
            List<Checkpoint> checkpoints = CheckpointFile.read(layout.checkpointFile()).checkpoints();
            try (Connection c = source.getConnection(); AuditRowCursor rows = new AuditLogReader(c).allRows()) {
                VerificationReport report = new ChainVerifier(signer).verify(rows, checkpoints, ChainPosition.GENESIS);
                out.println(report.summary());
                return report.ok() ? 0 : 3;
            }
        }, status -> status == 0 ? "intact" : "broken");
    }

    /** Prints a procedure's verification answer; 0 intact, 3 broken. */
    private static int verdict(String answer, PrintStream out) {
        String[] lines = answer.split("\n");
        for (int i = 1; i < lines.length; i++) {
            out.println(lines[i]);
        }
        return jp.mamori.db.proc.ServerProcedures.INTACT.equals(lines[0]) ? 0 : 3;
    }

    private static int verifyBundle(Path bundle, AuditSignerPin pin, PrintStream out) throws IOException {
        BundleVerification result = LogBundleReader.open(bundle).verify(pin, CheckpointPolicy.DEFAULT);
        result.describe().forEach(out::println);
        return result.ok() ? 0 : 3;
    }

    private static DataSource offline(ServerLayout layout) throws IOException {
        char[] secret = ServerSecrets.read(layout.adminSecret());
        ServerAdminValidator.installSecret(secret);
        return ServerInitializer.adminDataSource(layout, secret);
    }
}
