package jp.mamori.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialMemoryTest {

    @TempDir
    Path directory;

    @Test
    void remembersTheLastFileAcrossInstances() throws IOException {
        Path nested = directory.resolve("a/b");
        new CredentialMemory(nested).save(Path.of("/home/staff/first.p12"));
        new CredentialMemory(nested).save(Path.of("/home/staff/山田.p12"));
        assertEquals(Optional.of(Path.of("/home/staff/山田.p12")), new CredentialMemory(nested).load());
    }

    @Test
    void emptyWhenNothingWasRemembered() throws IOException {
        assertEquals(Optional.empty(), new CredentialMemory(directory).load());
        Files.writeString(directory.resolve("client-ui.properties"), "other=1\n");
        assertEquals(Optional.empty(), new CredentialMemory(directory).load());
    }

    @Test
    void aSystemPropertyChoosesTheDirectory() {
        System.setProperty(CredentialMemory.CONFIG_DIR_PROPERTY, directory.toString());
        try {
            assertEquals(directory, CredentialMemory.configDirectory());
        } finally {
            System.clearProperty(CredentialMemory.CONFIG_DIR_PROPERTY);
        }
    }
}
