package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPropertiesTest {

    @TempDir
    Path directory;

    private Path write(String properties, String password) throws IOException {
        Files.writeString(directory.resolve("terminal.pass"), password, StandardCharsets.UTF_8);
        Path file = directory.resolve("client.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    private static final String COMPLETE = """
            server.host=mamori-db.example
            server.port=9092
            server.database=mamori
            ca.certificate=ca.pem
            terminal.keystore=keys/terminal.p12
            terminal.passwordFile=terminal.pass
            """;

    @Test
    void readsTheConfigurationWithPathsRelativeToTheFile() throws IOException {
        ClientConfig config = ClientProperties.read(write(COMPLETE, "s3cret\n"));
        assertEquals(new ServerAddress("mamori-db.example", 9092, "mamori"), config.server());
        assertEquals(directory.toAbsolutePath().resolve("ca.pem"), config.caCertificate());
        assertEquals(directory.toAbsolutePath().resolve("keys/terminal.p12"),
                config.terminalKeystore());
        assertArrayEquals("s3cret".toCharArray(), config.terminalKeystorePassword());
    }

    @Test
    void passwordFileMayHaveABomAndWindowsLineEnd() throws IOException {
        ClientConfig config = ClientProperties.read(write(COMPLETE, "\uFEFFp@ss word\r\n"));
        assertArrayEquals("p@ss word".toCharArray(), config.terminalKeystorePassword());
    }

    @Test
    void missingKeysAndBadPortsAreNamed() throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ClientProperties.read(write(COMPLETE.replace("server.database=mamori\n", ""),
                        "pw")));
        assertTrue(missing.getMessage().contains("server.database"), missing.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> ClientProperties.read(write(COMPLETE.replace("9092", "70000"), "pw")));
        assertTrue(port.getMessage().contains("server.port"), port.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClientProperties.read(write(COMPLETE, "\n")));
    }
}
