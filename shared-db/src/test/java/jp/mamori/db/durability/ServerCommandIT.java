package jp.mamori.db.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.mamori.db.server.ServerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's command line as an operator uses it: init, start (own process), backup,
 * export-log, verify the bundle and the live database; a tampered bundle is caught.
 */
class ServerCommandIT {

    @TempDir
    Path dir;

    @Test
    void initStartBackupExportAndVerify() throws Exception {
        Path server = dir.resolve("srv");
        Output init = run("init", "--dir", server.toString(), "--org", "試験市", "--host", "localhost",
                "--admin", "admin", "--admin-name", "管理 試験");
        assertEquals(0, init.status, init.text);
        assertTrue(init.text.contains("one-time password (shown only now, to be changed at the first login): "), init.text);
        assertTrue(Files.exists(server.resolve("issued/admin.p12")));
        java.util.regex.Matcher printed = java.util.regex.Pattern
                .compile("fingerprint \\(give it to the security officer on paper\\): ([0-9A-F:]{95})").matcher(init.text);
        assertTrue(printed.find(), init.text);
        String fingerprint = printed.group(1);
        assertTrue(Files.readString(server.resolve("audit-signing.sha256")).contains(fingerprint));

        int port = ServerProcess.freePort();
        try (ServerProcess process = ServerProcess.start(server, port, dir.resolve("server.log"))) {
            String p = Integer.toString(port);
            Output backup = run("backup", "--dir", server.toString(), "--port", p);
            assertEquals(0, backup.status, backup.text);
            assertTrue(Files.exists(Path.of(backup.text.strip())), backup.text);

            String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
            Path bundle = dir.resolve("bundle");
            Output export = run("export-log", "--dir", server.toString(), "--port", p, "--from", today, "--to", today,
                    "--out", bundle.toString());
            assertEquals(0, export.status, export.text);
            assertTrue(Files.exists(bundle.resolve("MANIFEST.sha256.p7s")));

            assertEquals(0, run("verify", "--dir", server.toString(), "--bundle", bundle.toString()).status);
            Output byPaper = run("verify", "--bundle", bundle.toString(), "--signer-fingerprint", fingerprint);
            assertEquals(0, byPaper.status, byPaper.text);
            Output otherPin = run("verify", "--bundle", bundle.toString(), "--signer-fingerprint", "00".repeat(32));
            assertEquals(3, otherPin.status, otherPin.text);
            Output live = run("verify", "--dir", server.toString(), "--port", p);
            assertEquals(0, live.status, live.text);

            Path csv = bundle.resolve("audit-log.csv");
            Files.writeString(csv, Files.readString(csv).replace("STAFF_CREATE", "STAFF_CREATf"));
            Output tampered = run("verify", "--dir", server.toString(), "--bundle", bundle.toString());
            assertEquals(3, tampered.status, tampered.text);
            assertTrue(tampered.text.contains("audit-log.csv"), tampered.text);
        }
        Output offline = run("verify", "--dir", server.toString());
        assertEquals(0, offline.status, "the stopped database verifies offline and the verification is a row: "
                + offline.text);
    }

    private record Output(int status, String text) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ServerCommand.run(args, out, out);
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }
}
