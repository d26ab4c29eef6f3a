package jp.mamori.db.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/** H2 must never create its key store with a publicly known key. */
class TlsSetupTest {

    @Test
    void serverKeyStoreIsOursAndH2WroteNone() throws Exception {
        TestServer.login("zeimu.clerk").close();
        assertEquals(TestServer.get().server().layout().tlsKeystore().toAbsolutePath().toString(),
                System.getProperty("javax.net.ssl.keyStore"));
        assertFalse(Files.exists(Path.of(System.getProperty("user.home"), ".h2.keystore")),
                "H2's default key store was not written");
    }
}
