package jp.mamori.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers, per terminal account, which PKCS#12 file was last used to log in, so that the
 * next login starts at the password. Only the path is kept: no user name, no password.
 *
 * <p>Stored in {@code client-ui.properties} under the user's configuration directory
 * ({@code %APPDATA%\mamori} on Windows, {@code $XDG_CONFIG_HOME/mamori} or
 * {@code ~/.config/mamori} elsewhere; {@code -Dmamori.configDir} overrides). Reads and writes
 * touch the disk: call them from background work.
 */
public final class CredentialMemory {

    /** System property that overrides the configuration directory. */
    public static final String CONFIG_DIR_PROPERTY = "mamori.configDir";

    private static final String FILE_NAME = "client-ui.properties";
    private static final String KEY = "login.credentialFile";

    private final Path file;

    /** A memory kept in {@code directory}. */
    public CredentialMemory(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The memory in this terminal account's configuration directory. */
    public static CredentialMemory forCurrentUser() {
        return new CredentialMemory(configDirectory());
    }

    /**
     * The mamori configuration directory of this terminal account, where
     * {@code client.properties} and the remembered credential path live.
     */
    public static Path configDirectory() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && !appData.isBlank()) {
            return Path.of(appData, "mamori");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "mamori");
        }
        return Path.of(System.getProperty("user.home"), ".config", "mamori");
    }

    /** The remembered file, if any. */
    public Optional<Path> load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        String value = properties.getProperty(KEY, "");
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers {@code credentialFile} as the last one used. */
    public void save(Path credentialFile) throws IOException {
        Files.createDirectories(file.getParent());
        Properties properties = new Properties();
        properties.setProperty(KEY, credentialFile.toAbsolutePath().toString());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "mamori client: last credential file");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
