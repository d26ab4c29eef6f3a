package jp.mamori.app;

import java.nio.file.Path;
import java.util.Optional;
import jp.mamori.app.admin.AdminTools;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.demo.DemoEnvironment;

/**
 * Starts the demonstration: a complete mamori server on loopback with demo staff and fictional
 * persons ({@link DemoEnvironment}), and the client with the demo logins listed on the login
 * screen. {@code mvn javafx:run -pl app -am}.
 *
 * <p>The demo lives in the directory given as the first argument, or {@code -Dmamori.demoDir},
 * or {@code target/demo-data}; it is created on first start and reused afterwards. Never for
 * real data.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("mamori.demoDir", "target/demo-data"));
        try (DemoEnvironment demo = DemoEnvironment.start(directory)) {
            MamoriConnector connector = new MamoriConnector(demo.clientConfig());
            MamoriApp.run(new MamoriApp(connector::login, demo.users(), CredentialMemory.forCurrentUser(),
                    MamoriApp.standardScreens(new AdminTools(demo.clientConfig().caCertificate(), Optional.empty())),
                    Optional.empty()));
        }
    }
}
