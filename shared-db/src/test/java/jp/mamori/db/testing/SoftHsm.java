package jp.mamori.db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import jp.mamori.db.pki.IssuedCredential;

/**
 * A real PKCS#11 token for tests: SoftHSM2, one fresh token per JVM in the directory named by
 * {@code SOFTHSM2_CONF} (set by the build, since SoftHSM reads it once when its library starts).
 * Missing SoftHSM2 is a failure, not a skip: {@code installer/setup-machine.sh} installs it.
 */
public final class SoftHsm {

    /** Where Debian's softhsm2 package puts the PKCS#11 library. */
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String LABEL = "mamori";
    /** The fresh token is the first, and only initialised, slot of the library's list. */
    public static final int SLOT_LIST_INDEX = 0;
    private static final String PIN = "246810";
    private static final String SO_PIN = "13579111";

    private static boolean created;
    private static AuthProvider issuing;

    private SoftHsm() {
    }

    public static char[] pin() {
        return PIN.toCharArray();
    }

    /** Creates the token on first use; afterwards returns at once. */
    public static synchronized void ensureToken() throws Exception {
        if (created) {
            return;
        }
        if (!Files.isRegularFile(LIBRARY)) {
            fail("SoftHSM2 is not installed (" + LIBRARY + " is missing): run installer/setup-machine.sh");
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) {
            fail("SOFTHSM2_CONF is not set: run the tests through Maven (shared-db/pom.xml sets it for surefire)");
        }
        Path confFile = Path.of(conf).toAbsolutePath();
        Path tokens = confFile.getParent().resolve("tokens");
        deleteTree(tokens);
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens + "\n"
                + "objectstore.backend = file\n"
                + "log.level = ERROR\n", StandardCharsets.UTF_8);
        run(confFile, "softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN, "--so-pin", SO_PIN);
        created = true;
    }

    /** Puts a key with its certificate chain onto the token, as a card issuing station would. */
    public static void importKey(String alias, IssuedCredential credential) throws Exception {
        AuthProvider provider = issuingProvider();
        try {
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, pin());
            token.setKeyEntry(alias, credential.key(), null,
                    new Certificate[] {credential.certificate(), credential.caCertificate()});
            assertTrue(token.isKeyEntry(alias), "the key is on the token");
        } finally {
            provider.logout();
        }
    }

    /**
     * Whether the token is logged in for this process: PKCS#11 keeps one login per token and
     * process, and while it lasts SunPKCS11 opens the token with any PIN at all.
     */
    public static boolean loggedIn() throws Exception {
        try {
            KeyStore.getInstance("PKCS11", issuingProvider()).load(null, "not-the-pin".toCharArray());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized AuthProvider issuingProvider() throws Exception {
        ensureToken();
        if (issuing == null) {
            issuing = (AuthProvider) Security.getProvider("SunPKCS11").configure(
                    "--name=mamori-issuing\nlibrary=" + LIBRARY + "\nslotListIndex=" + SLOT_LIST_INDEX + "\n");
        }
        return issuing;
    }

    private static void run(Path confFile, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", confFile.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " cannot be run: run installer/setup-machine.sh", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        assertEquals(0, process.exitValue(), command[0] + " failed: " + output);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
