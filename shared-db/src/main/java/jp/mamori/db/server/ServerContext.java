package jp.mamori.db.server;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import jp.mamori.db.audit.MassLookupWatch;
import jp.mamori.db.audit.SearchTermHashes;
import jp.mamori.db.pki.CertificateAuthority;

/**
 * What code running inside the server JVM — realm validators, procedures, the checkpoint
 * scheduler — needs: the administrative data source, the CA certificate, the audit signing key.
 * Installed once by {@link MamoriServer} before the TCP server accepts connections; H2
 * instantiates validators and calls procedures reflectively, so this is their only way in.
 */
public final class ServerContext {

    private static volatile ServerContext current;

    private final DataSource admin;
    private final Jdbi jdbi;
    private final X509Certificate caCertificate;
    private final PrivateKey auditSigningKey;
    private final X509Certificate auditSigningCertificate;
    private final char[] adminSecret;
    private final SearchTermHashes searchTermHashes;
    private final MassLookupWatch massLookupWatch;
    private final Clock clock;
    private volatile MaintenanceJobs maintenance;
    private final CertificateAuthority certificateAuthority;

    public ServerContext(DataSource admin, X509Certificate caCertificate, PrivateKey auditSigningKey,
            X509Certificate auditSigningCertificate, char[] adminSecret, SearchTermHashes searchTermHashes,
            Clock clock) {
        this(admin, caCertificate, auditSigningKey, auditSigningCertificate, adminSecret, searchTermHashes, clock,
                null);
    }

    /**
     * @param certificateAuthority the CA with its key, for the administrator's procedures that issue
     *                             staff and terminal certificates (ADR 0015); null where none is loaded
     */
    public ServerContext(DataSource admin, X509Certificate caCertificate, PrivateKey auditSigningKey,
            X509Certificate auditSigningCertificate, char[] adminSecret, SearchTermHashes searchTermHashes,
            Clock clock, CertificateAuthority certificateAuthority) {
        this.certificateAuthority = certificateAuthority;
        this.admin = admin;
        this.jdbi = Jdbi.create(admin).installPlugin(new SqlObjectPlugin());
        this.caCertificate = caCertificate;
        this.auditSigningKey = auditSigningKey;
        this.auditSigningCertificate = auditSigningCertificate;
        this.adminSecret = adminSecret.clone();
        this.searchTermHashes = searchTermHashes;
        this.massLookupWatch = new MassLookupWatch(clock);
        this.clock = clock;
    }

    static void install(ServerContext context) {
        current = context;
    }

    static void clear() {
        current = null;
    }

    /** The context of the running server; fails if none is running in this JVM. */
    public static ServerContext get() {
        return Objects.requireNonNull(current, "no mamori server is running in this JVM");
    }

    /** Whether a server runs in this JVM. */
    public static boolean isRunning() {
        return current != null;
    }

    public DataSource admin() {
        return admin;
    }

    /** JDBI over the administrative data source, for code running inside the server. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public PrivateKey auditSigningKey() {
        return auditSigningKey;
    }

    public X509Certificate auditSigningCertificate() {
        return auditSigningCertificate;
    }

    /** The server admin realm secret; compared in constant time by the validator. */
    public char[] adminSecret() {
        return adminSecret.clone();
    }

    /** The CA that issues certificates in the administrator's procedures. */
    public Optional<CertificateAuthority> certificateAuthority() {
        return Optional.ofNullable(certificateAuthority);
    }

    /** Keyed hashes of search terms for the audit log (ADR 0013). */
    public SearchTermHashes searchTermHashes() {
        return searchTermHashes;
    }

    /** Distinct persons each user has seen recently, for the mass look-up alert (ADR 0013). */
    public MassLookupWatch massLookupWatch() {
        return massLookupWatch;
    }

    public Clock clock() {
        return clock;
    }

    /** The server host's maintenance jobs (API.SERVER_*); attached once the checkpointer runs. */
    public MaintenanceJobs maintenance() {
        return Objects.requireNonNull(maintenance, "the server's maintenance jobs are not ready");
    }

    void attachMaintenance(MaintenanceJobs jobs) {
        this.maintenance = jobs;
    }
}
