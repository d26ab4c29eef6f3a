package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.server.OperatorAudit;
import jp.mamori.db.server.ServerCommand;
import jp.mamori.db.server.ServerLayout;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 10: the server host's operator uses the server's own account. Backup, export-log,
 * verify and every network login of that account leave rows naming the account, the command and
 * the outcome; a wrong secret from loopback leaves a DENIED row; a backup is owner-only.
 */
class ServerAccountAuditTest {

    @TempDir
    static Path dir;

    private static ServerLayout layout;
    private static String port;

    @BeforeAll
    static void server() throws SQLException {
        layout = TestServer.get().server().layout();
        port = Integer.toString(TestServer.get().server().port());
        TestServer.setting("audit.checkpointSeconds", "1");
    }

    @AfterAll
    static void restoreCadence() throws SQLException {
        TestServer.setting("audit.checkpointSeconds", "30");
    }

    @Test
    void backupIsAuditedAndOwnerOnly() throws Exception {
        long before = lastSeq();
        Output backup = run("backup", "--dir", layout.root().toString(), "--port", port);
        assertEquals(0, backup.status, backup.text);
        assertEquals(List.of("BACKUP:OK:phase=start", "BACKUP:OK:phase=end;result=done"),
                operatorRowsAfter(before, "BACKUP"));
        assertTrue(operatorRowsAfter(before, "SERVER_LOGIN").contains("SERVER_LOGIN:OK"), "the tool's login is a row");
        Path zip = Path.of(backup.text.strip());
        assumeTrue(zip.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getParent())));
    }

    @Test
    void exportAndVerifyAreAudited() throws Exception {
        long before = lastSeq();
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        Path bundle = dir.resolve("bundle");
        Output export = run("export-log", "--dir", layout.root().toString(), "--port", port, "--from", today,
                "--to", today, "--out", bundle.toString());
        assertEquals(0, export.status, export.text);
        Output verifyBundle = run("verify", "--dir", layout.root().toString(), "--port", port,
                "--bundle", bundle.toString());
        assertEquals(0, verifyBundle.status, verifyBundle.text);
        Output verifyLive = run("verify", "--dir", layout.root().toString(), "--port", port);
        assertEquals(0, verifyLive.status, verifyLive.text);
        List<String> rows = operatorRowsAfter(before, "EXPORT_LOG", "VERIFY_BUNDLE", "VERIFY_LOG");
        assertEquals(List.of("EXPORT_LOG:OK:phase=start", "EXPORT_LOG:OK:phase=end;result=done",
                "VERIFY_BUNDLE:OK:phase=start", "VERIFY_BUNDLE:OK:phase=end;result=intact",
                "VERIFY_LOG:OK:phase=start", "VERIFY_LOG:OK:phase=end;result=intact"), rows);
    }

    @Test
    void failedCommandLeavesAnErrorRow() throws Exception {
        long before = lastSeq();
        Output export = run("export-log", "--dir", layout.root().toString(), "--port", port, "--from", "2001-01-01",
                "--to", "2001-01-02", "--out", dir.resolve("empty").toString());
        assertEquals(1, export.status, export.text);
        assertEquals(List.of("EXPORT_LOG:OK:phase=start", "EXPORT_LOG:ERROR:phase=end;error=IllegalStateException"),
                operatorRowsAfter(before, "EXPORT_LOG"));
    }

    @Test
    void wrongSecretFromLoopbackIsRefusedAndAudited() throws Exception {
        long before = lastSeq();
        assertThrows(SQLException.class, () -> TestServer.connect(TestServer.sslUrl(";AUTHREALM=SERVERADMIN"),
                "SERVER", "not-the-secret").close());
        assertEquals(List.of("SERVER_LOGIN:DENIED"), operatorRowsAfter(before, "SERVER_LOGIN"));
    }

    /** ACTION:OUTCOME[:DETAIL without osUser] of the server account's rows after {@code seq}. */
    private static List<String> operatorRowsAfter(long seq, String... actions) throws SQLException {
        List<String> wanted = List.of(actions);
        List<String> rows = new ArrayList<>();
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT ACTION, OUTCOME, DETAIL FROM MAMORI.AUDIT_LOG WHERE SEQ > ? AND USER_NAME = ? ORDER BY SEQ")) {
            st.setLong(1, seq);
            st.setString(2, OperatorAudit.ACCOUNT);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String action = rs.getString(1);
                    if (!wanted.contains(action)) {
                        continue;
                    }
                    String detail = java.util.Arrays.stream(rs.getString(3).split(";"))
                            .filter(p -> p.startsWith("phase=") || p.startsWith("result=") || p.startsWith("error="))
                            .collect(java.util.stream.Collectors.joining(";"));
                    rows.add(action + ":" + rs.getString(2) + (detail.isEmpty() ? "" : ":" + detail));
                }
            }
        }
        return rows;
    }

    private static long lastSeq() throws SQLException {
        try (Connection admin = TestServer.admin();
                ResultSet rs = admin.createStatement().executeQuery("SELECT MAX(SEQ) FROM MAMORI.AUDIT_LOG")) {
            rs.next();
            return rs.getLong(1);
        }
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
