package jp.mamori.app;

import java.nio.file.Path;
import jp.mamori.db.client.ClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the client on a designated terminal (指定端末). The configuration is the
 * {@code client.properties} given as the first argument, or {@code client.properties} in the
 * user's mamori configuration directory (see {@link ClientProperties}).
 *
 * <p>This build reads and checks the configuration but has no server connector yet: it stops
 * with exit code 2 after saying so. The connector is wired here as
 * {@code new MamoriApp(new MamoriConnector(config)::login, List.of())}.
 */
public final class ClientMain {

    private static final Logger LOG = LoggerFactory.getLogger(ClientMain.class);

    private ClientMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : defaultLocation();
        ClientConfig config = ClientProperties.read(file);
        LOG.error("No server connector in this build; cannot log in to {}", config.server());
        System.exit(2);
    }

    private static Path defaultLocation() {
        String override = System.getProperty("mamori.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "client.properties");
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && !appData.isBlank()) {
            return Path.of(appData, "mamori", "client.properties");
        }
        return Path.of(System.getProperty("user.home"), ".config", "mamori", "client.properties");
    }
}
