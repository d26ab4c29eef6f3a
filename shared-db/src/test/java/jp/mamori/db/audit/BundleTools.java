package jp.mamori.db.audit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import jp.mamori.db.pki.Pem;
import java.util.concurrent.TimeUnit;

/** Runs the standard tools a security officer would use on a bundle. */
public final class BundleTools {

    /** Exit code and combined output of a finished command. */
    public record Result(int exitCode, String output) {
    }

    private BundleTools() {
    }

    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static Result run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("command did not finish: " + command);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    public static Result sha256sumCheck(Path bundle) throws IOException, InterruptedException {
        return run(bundle, List.of("sha256sum", "-c", LogBundle.MANIFEST));
    }

    /**
     * Exactly the command the bundle README and the project README give, as one line: it trusts
     * only the pinned audit signing certificate, kept beside the bundle as {@code ../audit-signing.pem}.
     */
    public static final String README_OPENSSL = "openssl cms -verify -binary -inform DER -in MANIFEST.sha256.p7s"
            + " -content MANIFEST.sha256 -CAfile ../audit-signing.pem -partial_chain -purpose smimesign -out /dev/null";

    /**
     * Runs {@link #README_OPENSSL} in the bundle, with {@code trustedSigner} as the security
     * officer's own copy of the audit signing certificate next to the bundle.
     */
    public static Result opensslVerify(Path bundle, X509Certificate trustedSigner) throws IOException, InterruptedException {
        Path pinned = bundle.toAbsolutePath().getParent().resolve("audit-signing.pem");
        Files.deleteIfExists(pinned);
        Pem.write(pinned, trustedSigner);
        return run(bundle, List.of(README_OPENSSL.split(" ")));
    }
}
