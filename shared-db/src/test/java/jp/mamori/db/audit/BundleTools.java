package jp.mamori.db.audit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the standard tools a security officer would use on a bundle. */
final class BundleTools {

    /** Exit code and combined output of a finished command. */
    record Result(int exitCode, String output) {
    }

    private BundleTools() {
    }

    static boolean onPath(String command) {
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

    static Result sha256sumCheck(Path bundle) throws IOException, InterruptedException {
        return run(bundle, List.of("sha256sum", "-c", LogBundle.MANIFEST));
    }

    /** Exactly the command the bundle README gives. */
    static Result opensslVerify(Path bundle) throws IOException, InterruptedException {
        return run(bundle, List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", LogBundle.MANIFEST_SIGNATURE, "-content", LogBundle.MANIFEST,
                "-CAfile", LogBundle.CA, "-purpose", "any"));
    }
}
