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
 * Finding 10: the server host's operator uses the maintenance account OPERATOR@SERVERADMIN.
 * Backup, export-log, verify and every network login of that account leave rows naming the
 * account, the procedure and the outcome — each command is one audited API.SERVER_* call; a wrong
 * secret from loopback leaves a DENIED row; a backup is owner-only.
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
        assertEquals(List.of("SERVER_BACKUP:OK"), operatorRowsAfter(before, "SERVER_BACKUP"));
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
        List<String> rows = operatorRowsAfter(before, "SERVER_EXPORT_LOG", "SERVER_VERIFY_BUNDLE",
                "SERVER_VERIFY_LOG");
        assertEquals(List.of("SERVER_EXPORT_LOG:OK", "SERVER_VERIFY_BUNDLE:OK:result=intact",
                "SERVER_VERIFY_LOG:OK:result=intact"), rows);
    }

    @Test
    void refusedCommandLeavesADeniedRow() throws Exception {
        long before = lastSeq();
        Output export = run("export-log", "--dir", layout.root().toString(), "--port", port, "--from", "2001-01-01",
                "--to", "2001-01-02", "--out", dir.resolve("empty").toString());
        assertEquals(1, export.status, export.text);
        assertEquals(List.of("SERVER_EXPORT_LOG:DENIED:code=notfound.auditPeriod"),
                operatorRowsAfter(before, "SERVER_EXPORT_LOG"));
    }

    @Test
    void registerTerminalWritesOwnerOnlyFilesAndRefusesBadOrDuplicateIds() throws Exception {
        long before = lastSeq();
        Path keyFile = dir.resolve("PC-OPERATOR-01.p12");
        Output registered = run("register-terminal", "--dir", layout.root().toString(), "--port", port,
                "--id", "PC-OPERATOR-01", "--label", "運用テスト端末", "--out", keyFile.toString());
        assertEquals(0, registered.status, registered.text);
        Path passwordFile = dir.resolve("PC-OPERATOR-01.p12.password");
        assertTrue(Files.size(keyFile) > 0 && Files.size(passwordFile) > 0, registered.text);
        Output duplicate = run("register-terminal", "--dir", layout.root().toString(), "--port", port,
                "--id", "PC-OPERATOR-01", "--label", "二重登録", "--out", dir.resolve("again.p12").toString());
        assertEquals(1, duplicate.status, duplicate.text);
        Output badId = run("register-terminal", "--dir", layout.root().toString(), "--port", port,
                "--id", "pc/../x", "--label", "不正", "--out", dir.resolve("bad.p12").toString());
        assertEquals(1, badId.status, badId.text);
        assertEquals(List.of("SERVER_REGISTER_TERMINAL:OK",
                "SERVER_REGISTER_TERMINAL:DENIED:code=conflict.terminalExists",
                "SERVER_REGISTER_TERMINAL:DENIED:code=invalid.terminal"),
                operatorRowsAfter(before, "SERVER_REGISTER_TERMINAL"));
        assumeTrue(keyFile.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
    }

    @Test
    void wrongSecretFromLoopbackIsRefusedAndAudited() throws Exception {
        long before = lastSeq();
        assertThrows(SQLException.class, () -> TestServer.connect(TestServer.sslUrl(";AUTHREALM=SERVERADMIN"),
                "OPERATOR", "not-the-secret").close());
        assertEquals(List.of("SERVER_LOGIN:DENIED"), operatorRowsAfter(before, "SERVER_LOGIN"));
    }

    /** ACTION:OUTCOME[:result or code] of the maintenance account's rows after {@code seq}. */
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
                            .filter(p -> p.startsWith("result=") || p.startsWith("code=") || p.startsWith("error="))
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
