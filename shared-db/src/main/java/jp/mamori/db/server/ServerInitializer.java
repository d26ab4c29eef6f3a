package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import jp.mamori.db.audit.AuditSignerPin;
import jp.mamori.db.audit.SearchTermHashes;
import jp.mamori.db.auth.ServerAdminValidator;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.pki.SecureFiles;

/**
 * {@code mamori-server init}: a new database, the internal CA, the server TLS certificate, the
 * audit signing key with its pinned fingerprint (ADR 0005), the key of the search-term hashes
 * (ADR 0013), and the first administrator (ADR 0002).
 */
public final class ServerInitializer {

    private final ServerLayout layout;
    private final String organisation;
    private final List<String> serverNames;

    public ServerInitializer(ServerLayout layout, String organisation, List<String> serverNames) {
        this.layout = layout;
        this.organisation = organisation;
        this.serverNames = serverNames;
    }

    /** Creates everything; refuses to touch an existing server directory. */
    public CertificateAuthority initialise() throws IOException, SQLException {
        ServerJvm.requireConfigured();
        if (Files.exists(layout.databasePath().resolveSibling("mamori.mv.db")) || Files.exists(layout.secrets())) {
            throw new IOException("a mamori server already exists in " + layout.root().getFileName());
        }
        SecureFiles.createOwnerOnlyDirectory(layout.root());
        SecureFiles.createOwnerOnlyDirectory(layout.secrets());
        SecureFiles.createOwnerOnlyDirectory(layout.dataDirectory());
        Files.createDirectories(layout.checkpointFile().getParent());
        SecureFiles.createOwnerOnlyDirectory(layout.issued());

        char[] keystorePassword = ServerSecrets.newSecret();
        char[] adminSecret = ServerSecrets.newSecret();
        ServerSecrets.write(layout.keystorePassword(), keystorePassword);
        ServerSecrets.write(layout.adminSecret(), adminSecret);
        SearchTermHashes.createKey(layout.searchTermKey());

        CertificateAuthority ca = CertificateAuthority.create(organisation, Duration.ofDays(3650));
        ca.save(layout.caKeystore(), keystorePassword);
        Pem.write(layout.caCertificate(), ca.certificate());
        IssuedCredential tls = ca.issue(serverNames.get(0), CertificatePurpose.SERVER_TLS, Duration.ofDays(825), serverNames);
        tls.writePkcs12(layout.tlsKeystore(), keystorePassword);
        IssuedCredential audit = ca.issue("mamori audit signer", CertificatePurpose.AUDIT_SIGNING,
                Duration.ofDays(3650), List.of());
        audit.writePkcs12(layout.auditSigningKeystore(), keystorePassword);
        Pem.write(layout.auditSigningCertificate(), audit.certificate());
        AuditSignerPin.of(audit.certificate()).write(layout.auditSignerPin());

        createDatabase(adminSecret);
        return ca;
    }

    /**
     * Creates the database with a throw-away SA, turns the realm authenticator on, creates the
     * server's administrative account and drops SA, so no password-only administrator remains.
     */
    private void createDatabase(char[] adminSecret) throws SQLException {
        String path = layout.databasePath().toAbsolutePath().toString();
        char[] throwAway = ServerSecrets.newSecret();
        try (Connection sa = DriverManager.getConnection("jdbc:h2:file:" + path + ";WRITE_DELAY=0", "SA",
                new String(throwAway)); Statement st = sa.createStatement()) {
            st.execute("SET AUTHENTICATOR TRUE");
            st.execute("CREATE USER \"" + Realms.SERVER_ADMIN_USER + "@" + Realms.SERVER_ADMIN + "\" PASSWORD '"
                    + new String(ServerSecrets.newSecret()) + "' ADMIN");
        }
        ServerAdminValidator.installSecret(adminSecret);
        JdbcDataSource admin = adminDataSource(layout, adminSecret);
        try (Connection server = admin.getConnection(); Statement st = server.createStatement()) {
            st.execute("DROP USER SA");
        }
        Migrations.apply(admin);
        try (Connection server = admin.getConnection(); Statement st = server.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    static JdbcDataSource adminDataSource(ServerLayout layout, char[] adminSecret) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(layout.embeddedUrl());
        ds.setUser(Realms.SERVER_ADMIN_USER);
        ds.setPassword(new String(adminSecret));
        return ds;
    }
}
