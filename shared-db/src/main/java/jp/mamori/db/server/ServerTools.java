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
import org.h2.jdbcx.JdbcDataSource;
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

    void exportLog(ServerCommand.Arguments a, PrintStream out) {
        throw new UnsupportedOperationException("export-log is not available yet");
    }

    static int verify(ServerCommand.Arguments a, PrintStream out) {
        throw new UnsupportedOperationException("verify is not available yet");
    }


}
