package jp.mamori.db.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.SecureFiles;
import jp.mamori.db.server.MamoriServer;
import jp.mamori.db.server.Provisioning;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.ServerInitializer;
import jp.mamori.db.server.ServerJvm;
import jp.mamori.db.server.ServerLayout;

/**
 * Demo mode: a complete mamori on loopback — its own CA, the sections and linkage duties of seed
 * 001, demo staff for every role, one designated terminal and a few hundred obviously fictional
 * persons. Created on first start in the given directory and reused afterwards. Never for real data.
 */
public final class DemoEnvironment implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);

    /** The one password of every demo account (README). */
    public static final String DEMO_PASSWORD = "mamori-demo";
    /** The demo terminal. */
    public static final String TERMINAL_ID = "DEMO-PC01";
    /** Synthetic persons loaded into a new demo. */
    public static final int DEMO_PERSONS = 300;

    private final MamoriServer server;
    private final Path dir;
    private final List<DemoUser> users;

    private DemoEnvironment(MamoriServer server, Path dir, List<DemoUser> users) {
        this.server = server;
        this.dir = dir;
        this.users = users;
    }

    /** Starts the demo in {@code dir}, creating it first if needed. */
    public static DemoEnvironment start(Path dir) throws IOException, SQLException, GeneralSecurityException {
        ServerJvm.configure("127.0.0.1");
        ServerLayout layout = new ServerLayout(dir.resolve("server"));
        boolean fresh = !Files.exists(layout.secrets());
        CertificateAuthority ca = null;
        if (fresh) {
            LOG.info("creating the demo environment");
            ca = new ServerInitializer(layout, "mamori demo city", List.of("localhost", "127.0.0.1")).initialise();
        }
        MamoriServer server = MamoriServer.start(layout, 0);
        List<DemoUser> users = DemoStaff.users(dir.resolve("keys"));
        if (fresh) {
            populate(ca, dir, users);
        }
        return new DemoEnvironment(server, dir, users);
    }

    private static void populate(CertificateAuthority ca, Path dir, List<DemoUser> users)
            throws IOException, SQLException {
        ServerContext context = ServerContext.get();
        Provisioning provisioning = new Provisioning(context.jdbi(), ca);
        // the same import as init --catalogue and the administrator's screen (ADR 0015)
        try {
            provisioning.importCatalogue(DemoCatalog.resourceText(DemoCatalog.SECTIONS_RESOURCE),
                    DemoCatalog.resourceText(DemoCatalog.DUTIES_RESOURCE));
        } catch (jp.mamori.db.catalogue.CatalogueFormatException e) {
            throw new IllegalStateException("the demo catalogue is malformed: " + e.getMessage(), e);
        }
        Instant now = Instant.now();
        SecureFiles.createOwnerOnlyDirectory(dir.resolve("keys"));
        for (DemoUser user : users) {
            Instant notBefore = now.minus(Duration.ofMinutes(5));
            Instant notAfter = now.plus(Duration.ofDays(825));
            if (user.userName().equals(DemoStaff.EXPIRED)) {
                notBefore = now.minus(Duration.ofDays(800));
                notAfter = now.minus(Duration.ofDays(1));
            }
            var credential = provisioning.createStaff(user.userName(), user.displayName(), user.role(),
                    DemoStaff.sectionCode(user.userName()), DEMO_PASSWORD.toCharArray(), notBefore, notAfter,
                    user.pkcs12());
            if (user.userName().equals(DemoStaff.REVOKED)) {
                provisioning.revokeCertificate(jp.mamori.db.pki.Pem.serial(credential.certificate()), "keyCompromise");
            }
        }
        context.jdbi().useHandle(h -> h.createUpdate(
                "UPDATE MAMORI.STAFF SET LOCKED_AT = CURRENT_TIMESTAMP, FAILED_LOGINS = 10 WHERE USER_NAME = :u")
                .bind("u", DemoStaff.LOCKED).execute());
        char[] terminalPassword = jp.mamori.db.server.ServerSecrets.newSecret();
        Path terminalDir = SecureFiles.createOwnerOnlyDirectory(dir.resolve("terminal"));
        SecureFiles.writeOwnerOnly(terminalDir.resolve("terminal.password"), new String(terminalPassword));
        provisioning.registerTerminal(TERMINAL_ID, "デモ端末", now.plus(Duration.ofDays(825)),
                terminalDir.resolve("terminal.p12"), terminalPassword);
        try (Connection admin = context.admin().getConnection()) {
            new RegistryLoader(admin).load(RegistryLoader.Plan.of(DEMO_PERSONS, 1.6, 20171113L, "demo.loader"));
        }
        // the bulk load bypasses the procedures: derive the flag work of the loaded persons (ADR 0008)
        context.jdbi().useTransaction(h -> jp.mamori.db.proc.FlagWork.reconcile(h));
    }

    /** What the demo client needs to connect. */
    public ClientConfig clientConfig() {
        try {
            Path terminalDir = dir.resolve("terminal");
            char[] password = Files.readString(terminalDir.resolve("terminal.password")).strip().toCharArray();
            return new ClientConfig(new ServerAddress("127.0.0.1", server.port(), "mamori"),
                    server.layout().caCertificate(), terminalDir.resolve("terminal.p12"), password);
        } catch (IOException e) {
            throw new IllegalStateException("the demo terminal key file is missing", e);
        }
    }

    public List<DemoUser> users() {
        return new ArrayList<>(users);
    }

    public MamoriServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
