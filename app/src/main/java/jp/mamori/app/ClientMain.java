package jp.mamori.app;

import java.nio.file.Path;
import java.util.List;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.app.admin.AdminTools;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.MamoriConnector;

/**
 * Starts the client on a designated terminal (指定端末). The configuration is the
 * {@code client.properties} given as the first argument, or {@code client.properties} in the
 * user's mamori configuration directory ({@code -Dmamori.configDir}, {@code %APPDATA%\mamori},
 * {@code $XDG_CONFIG_HOME/mamori} or {@code ~/.config/mamori}); see {@link ClientProperties}.
 */
public final class ClientMain {

    private ClientMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0])
                : CredentialMemory.configDirectory().resolve("client.properties");
        ClientConfig config = ClientProperties.read(file);
        MamoriConnector connector = new MamoriConnector(config);
        MamoriApp.run(new MamoriApp(connector::login, List.of(), CredentialMemory.forCurrentUser(),
                MamoriApp.standardScreens(new AdminTools(config.caCertificate(), ClientProperties.token(file))),
                ClientProperties.token(file)));
    }
}
