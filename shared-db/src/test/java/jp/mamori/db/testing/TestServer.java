package jp.mamori.db.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.server.ServerContext;

/**
 * A real mamori server for tests: TLS on loopback, real migrations, real certificates from its
 * own CA, the demo sections, staff and terminal. One per JVM, started on first use.
 */
public final class TestServer {

    /** The login attempts per address and minute the shared test server allows. */
    public static final String MANY_LOGINS = "1000000";

    private static DemoEnvironment environment;
    private static Path directory;

    private TestServer() {
    }

    public static synchronized DemoEnvironment get() {
        if (environment == null) {
            try {
                directory = Files.createTempDirectory("mamori-test-server");
                environment = DemoEnvironment.start(directory);
                // every test logs in from loopback, many times a minute: the per-address login limit
                // (30 in production) is raised here; LoginFloodAttackTest lowers it for its own run
                setting("login.maxAttemptsPerAddress", MANY_LOGINS);
                Runtime.getRuntime().addShutdownHook(new Thread(TestServer::stop));
            } catch (Exception e) {
                throw new IllegalStateException("test server did not start", e);
            }
        }
        return environment;
    }

    public static Path directory() {
        get();
        return directory;
    }

    public static ClientConfig clientConfig() {
        return get().clientConfig();
    }

    public static DemoUser user(String name) {
        return get().users().stream().filter(u -> u.userName().equals(name)).findFirst().orElseThrow();
    }

    public static List<DemoUser> users() {
        return get().users();
    }

    /** Logs a demo user in through the real client path. */
    public static MamoriSession login(String name) throws Exception {
        DemoUser user = user(name);
        return new MamoriConnector(clientConfig()).login(user.pkcs12(), user.password().toCharArray());
    }

    /** An administrative connection inside the server JVM (what only the server itself may use). */
    public static Connection admin() throws SQLException {
        get();
        return ServerContext.get().admin().getConnection();
    }

    /** Server-side provisioning with the test server's CA, as the server host's tools have it. */
    public static jp.mamori.db.server.Provisioning provisioning() throws Exception {
        jp.mamori.db.server.ServerLayout layout = get().server().layout();
        char[] password = Files.readString(layout.keystorePassword()).strip().toCharArray();
        return new jp.mamori.db.server.Provisioning(ServerContext.get().jdbi(),
                jp.mamori.db.pki.CertificateAuthority.load(layout.caKeystore(), password));
    }

    /**
     * Raises the per-address login limit of the server running in this JVM (for a server that a
     * test then runs in another process: the setting is in its database).
     */
    public static void allowManyLogins() throws SQLException {
        try (Connection admin = ServerContext.get().admin().getConnection(); var st = admin.prepareStatement(
                "MERGE INTO MAMORI.SETTING (NAME, VAL) KEY (NAME) VALUES ('login.maxAttemptsPerAddress', ?)")) {
            st.setString(1, MANY_LOGINS);
            st.executeUpdate();
        }
    }

    /** Sets a MAMORI.SETTING value on the test server. */
    public static void setting(String name, String value) throws SQLException {
        try (Connection admin = admin(); var st = admin.prepareStatement(
                "MERGE INTO MAMORI.SETTING (NAME, VAL) KEY (NAME) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    /** Plain JDBC URL of the server for a realm login, as an attacker would type it. */
    public static String sslUrl(String suffix) {
        return "jdbc:h2:ssl://127.0.0.1:" + get().server().port() + "/mamori" + suffix;
    }

    public static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static synchronized void stop() {
        if (environment != null) {
            environment.close();
            environment = null;
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (Exception e) {
                // temporary directory; the OS cleans up what remains
            }
        }
    }
}
