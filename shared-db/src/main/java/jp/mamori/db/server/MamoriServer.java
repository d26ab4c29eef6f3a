package jp.mamori.db.server;

import jp.mamori.db.tls.TlsSetup;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.h2.jdbcx.JdbcConnectionPool;
import jp.mamori.db.auth.SessionReaper;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditSignerPin;
import jp.mamori.db.audit.SearchTermHashes;
import jp.mamori.db.auth.ServerAdminValidator;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.Pem;

/**
 * A running mamori database server: H2 over TLS only (no plain port, no web console), durable
 * commits ({@code WRITE_DELAY 0}), migrations applied, realm authenticator on (ADR 0002, 0003).
 */
public final class MamoriServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MamoriServer.class);

    private final ServerLayout layout;
    private final JdbcConnectionPool adminPool;
    private final Server tcp;
    private final AuditCheckpointer checkpointer;
    private final SessionReaper reaper;

    private MamoriServer(ServerLayout layout, JdbcConnectionPool adminPool, Server tcp, AuditCheckpointer checkpointer,
            SessionReaper reaper) {
        this.reaper = reaper;
        this.layout = layout;
        this.adminPool = adminPool;
        this.tcp = tcp;
        this.checkpointer = checkpointer;
    }

    /**
     * Starts the server.
     *
     * @param layout the server directory made by {@code init}
     * @param port   TCP port, 0 for any free port; the address is the one given to
     *               {@link ServerJvm#configure(String)}
     */
    public static MamoriServer start(ServerLayout layout, int port)
            throws IOException, GeneralSecurityException, SQLException {
        return start(layout, port, false);
    }

    /**
     * Starts the server; with {@code maintenanceSql} its administrator {@code SERVER@SERVERADMIN}
     * may also log in over loopback and send SQL of its own — for benchmarks and fault tests only
     * ({@code start --maintenance-sql on}, ADR 0005): logged as a warning and audited at start.
     */
    public static MamoriServer start(ServerLayout layout, int port, boolean maintenanceSql)
            throws IOException, GeneralSecurityException, SQLException {
        ServerJvm.requireConfigured();
        char[] keystorePassword = ServerSecrets.read(layout.keystorePassword());
        char[] adminSecret = ServerSecrets.read(layout.adminSecret());
        TlsSetup.install(layout.tlsKeystore(), keystorePassword, Pem.read(layout.caCertificate()));
        IssuedCredential auditSigner = IssuedCredential.readPkcs12(layout.auditSigningKeystore(), keystorePassword);
        requirePinned(layout, auditSigner);

        ServerAdminValidator.install(adminSecret, maintenanceSql);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ServerInitializer.adminDataSource(layout, adminSecret));
        pool.setMaxConnections(64);
        // The CA key issues staff and terminal certificates in the administrator's procedures (ADR 0015).
        CertificateAuthority ca = CertificateAuthority.load(layout.caKeystore(), keystorePassword);
        ServerContext.install(new ServerContext(pool, Pem.read(layout.caCertificate()), auditSigner.key(),
                auditSigner.certificate(), adminSecret, searchTermHashes(layout), Clock.systemUTC(), ca));
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY 0");
        }
        Migrations.apply(pool);
        // Flag work follows the registrations; data written while the server was down is caught up here (ADR 0008).
        ServerContext.get().jdbi().useTransaction(h -> jp.mamori.db.proc.FlagWork.reconcile(h));
        // Before the first login: sessions of a previous run are recorded as ended by the stop (ADR 0002).
        SessionReaper reaper = SessionReaper.start(ServerContext.get());

        String dataDir = layout.dataDirectory().toAbsolutePath().toString();
        String bindAddress = org.h2.engine.SysProperties.BIND_ADDRESS;
        boolean loopbackOnly = java.net.InetAddress.getByName(bindAddress).isLoopbackAddress();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "-tcpPort", Integer.toString(port), "-tcpSSL", "-baseDir", dataDir, "-ifExists"));
        if (!loopbackOnly) {
            args.add("-tcpAllowOthers");
        }
        // Staff sessions may call the API procedures and nothing else; caps and deadlines on the wire (ADR 0012).
        jp.mamori.db.server.guard.WireGuard.install(layout.databasePath().getFileName().toString(),
                ServerContext.get().jdbi(), maintenanceSql);
        if (maintenanceSql) {
            LOG.warn("MAINTENANCE SQL IS ON: {} may log in over loopback and run any SQL. For benchmarks and fault"
                    + " tests only; never on a production server.", OperatorAudit.ADMINISTRATOR);
            OperatorAudit.maintenanceSqlEnabled(pool);
        }
        AuditCheckpointer checkpointer = AuditCheckpointer.start(ServerContext.get(), layout.checkpointFile());
        ServerContext.get().attachMaintenance(new MaintenanceJobs(layout, pool, checkpointer));
        Server tcp = Server.createTcpServer(args.toArray(String[]::new));
        tcp.start();
        LOG.info("mamori server listening on {}:{} (TLS)", bindAddress, tcp.getPort());
        return new MamoriServer(layout, pool, tcp, checkpointer, reaper);
    }

    /**
     * The key of the search-term hashes; a server made before the key existed gets one now (its
     * older audit rows hold no search terms to match).
     */
    private static SearchTermHashes searchTermHashes(ServerLayout layout) throws IOException {
        if (!java.nio.file.Files.exists(layout.searchTermKey())) {
            LOG.warn("no search-term key in the secrets directory; creating a new one");
            SearchTermHashes.createKey(layout.searchTermKey());
        }
        return SearchTermHashes.load(layout.searchTermKey());
    }

    /**
     * Refuses to start when the audit signing key is not the pinned one: checkpoints it signed
     * would never verify, and the failure would only show at the next audit (ADR 0005).
     */
    private static void requirePinned(ServerLayout layout, IssuedCredential auditSigner) throws IOException {
        if (!java.nio.file.Files.exists(layout.auditSignerPin())) {
            throw new IOException("the server directory has no pinned audit signing certificate ("
                    + layout.auditSignerPin().getFileName() + "); it was made by an older init: create it anew");
        }
        if (!AuditSignerPin.read(layout.auditSignerPin()).trusts(auditSigner.certificate())) {
            throw new IOException("the audit signing key is not the pinned audit signing certificate");
        }
    }

    public int port() {
        return tcp.getPort();
    }

    public ServerLayout layout() {
        return layout;
    }

    /** Writes an online, consistent backup (H2 BACKUP TO) into the backups directory. */
    public java.nio.file.Path backup() throws IOException, SQLException {
        return Backups.write(adminPool, layout);
    }

    @Override
    public void close() {
        reaper.close();
        checkpointer.close();
        tcp.stop();
        try (Connection c = adminPool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("database shutdown reported an error", e);
        }
        adminPool.dispose();
        ServerContext.clear();
        LOG.info("mamori server stopped");
    }
}
