package jp.mamori.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import jp.mamori.app.session.TokenSettings;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.ServerAddress;

/**
 * Reads a designated terminal's {@code client.properties}:
 *
 * <pre>
 * server.host=mamori-db.example.lg.jp
 * server.port=9092
 * server.database=mamori
 * ca.certificate=ca.pem
 * terminal.keystore=terminal.p12
 * terminal.passwordFile=terminal.pass
 * # optional, for IC card (PKCS#11) login:
 * pkcs11.library=/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so
 * pkcs11.slotListIndex=0
 * </pre>
 *
 * Relative paths are resolved against the directory of the properties file. The terminal key
 * store's password is read from its own file (readable only by the terminal account), never
 * from the properties file.
 */
public final class ClientProperties {

    private ClientProperties() {
    }

    /** Reads {@code file} into the configuration the connector needs. */
    public static ClientConfig read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Path base = file.toAbsolutePath().getParent();
        String host = required(properties, "server.host");
        int port = port(required(properties, "server.port"));
        String database = required(properties, "server.database");
        Path ca = base.resolve(required(properties, "ca.certificate"));
        Path keystore = base.resolve(required(properties, "terminal.keystore"));
        Path passwordFile = base.resolve(required(properties, "terminal.passwordFile"));
        return new ClientConfig(new ServerAddress(host, port, database), ca, keystore,
                readPassword(passwordFile));
    }

    /** The terminal's IC card reader, if {@code pkcs11.library} is set. */
    public static Optional<TokenSettings> token(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String library = properties.getProperty("pkcs11.library");
        if (library == null || library.isBlank()) {
            return Optional.empty();
        }
        String slot = properties.getProperty("pkcs11.slotListIndex", "0").trim();
        try {
            return Optional.of(new TokenSettings(Path.of(library.trim()), Integer.parseInt(slot)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("client.properties: pkcs11.slotListIndex is not a number", e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("client.properties: " + key + " is missing");
        }
        return value.trim();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("client.properties: server.port out of range");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("client.properties: server.port is not a number", e);
        }
    }

    /** The first line of the password file, without the line end (and without a BOM). */
    static char[] readPassword(Path passwordFile) throws IOException {
        byte[] bytes = Files.readAllBytes(passwordFile);
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        try {
            int start = chars.limit() > 0 && chars.get(0) == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == start) {
                throw new IllegalArgumentException(
                        "client.properties: terminal password file is empty");
            }
            char[] password = new char[end - start];
            chars.position(start);
            chars.get(password);
            return password;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
