package jp.mamori.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the demonstration: a local mamori server with demo data and the client with the demo
 * logins listed on the login screen ({@code mvn javafx:run -pl app -am}).
 *
 * <p>This build does not contain the demo environment yet: it stops with exit code 2 after
 * saying so. It is wired here as
 * {@code DemoEnvironment env = DemoEnvironment.start(dir)} and
 * {@code MamoriApp.run(new MamoriApp(new MamoriConnector(env.clientConfig())::login, env.users()))},
 * closing the environment afterwards.
 */
public final class DemoMain {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMain.class);

    private DemoMain() {
    }

    public static void main(String[] args) {
        LOG.error("The demo environment is not part of this build");
        System.exit(2);
    }
}
