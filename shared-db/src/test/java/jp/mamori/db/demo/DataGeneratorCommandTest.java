package jp.mamori.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void migratesLoadsAndContinuesOnASecondRun() throws Exception {
        Path passwordFile = dir.resolve("password.txt");
        Files.writeString(passwordFile, "s3cret pass\r\n", StandardCharsets.UTF_8);
        String url = "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath();
        String[] first = {"--db-url", url, "--user", "SA", "--password-file", passwordFile.toString(),
                "--persons", "300", "--seed", "42", "--migrate"};

        assertEquals(0, run(first), err.toString(StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("sections inserted: 14, linkage duties inserted: 26"), report);
        assertTrue(report.contains("persons inserted: 300 (indexes 0 to 299)"), report);
        assertTrue(report.contains("rows/s"), report);

        out.reset();
        assertEquals(0, run(new String[] {"--db-url", url, "--user", "SA", "--password-file",
                passwordFile.toString(), "--persons", "100", "--seed", "42"}), err.toString(StandardCharsets.UTF_8));
        report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("sections present: catalogue not inserted"), report);
        assertTrue(report.contains("persons inserted: 100 (indexes 300 to 399)"), report);

        try (Connection connection = DriverManager.getConnection(url, "SA", "s3cret pass")) {
            assertEquals(400, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.PERSON"));
            assertEquals(14, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.SECTION"));
        }
        assertFalse(report.contains("s3cret"));
    }

    @Test
    void badArgumentsGiveStatusTwoAndAWrongPasswordStatusOne() throws Exception {
        assertEquals(2, run(new String[] {"--db-url", "jdbc:h2:mem:x", "--user", "SA"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing --password-file"));
        assertEquals(2, run(new String[] {"--password", "x"}));

        Path passwordFile = dir.resolve("pw");
        Files.writeString(passwordFile, "right\n", StandardCharsets.UTF_8);
        String url = "jdbc:h2:file:" + dir.resolve("other").toAbsolutePath();
        assertEquals(0, run(new String[] {"--db-url", url, "--user", "SA", "--password-file",
                passwordFile.toString(), "--persons", "1", "--migrate"}));
        Files.writeString(passwordFile, "wrong\n", StandardCharsets.UTF_8);
        assertEquals(1, run(new String[] {"--db-url", url, "--user", "SA", "--password-file",
                passwordFile.toString(), "--persons", "1"}));
    }

    @Test
    void passwordIsTheFirstLineWithoutItsEnding() throws Exception {
        Path file = dir.resolve("p");
        Files.writeString(file, " with spaces \r\nsecond line", StandardCharsets.UTF_8);
        assertEquals(" with spaces ", DataGeneratorCommand.readPassword(file));
        Files.writeString(file, "no-newline", StandardCharsets.UTF_8);
        assertEquals("no-newline", DataGeneratorCommand.readPassword(file));
    }

    private int run(String[] args) {
        return DataGeneratorCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
