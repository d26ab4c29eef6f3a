package jp.mamori.db.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.AuditRowCursor;
import jp.mamori.db.audit.ChainPosition;
import jp.mamori.db.audit.ChainVerifier;
import jp.mamori.db.audit.CheckpointFile;
import jp.mamori.db.audit.VerificationReport;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.durability.ServerProcess;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.contract.Realms;
import jp.mamori.db.server.ServerLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault injection (c): the disk fills under a running server. The server's whole directory lives
 * on a 64 MB tmpfs mounted for the test (needs root; skipped with the reason otherwise). After
 * acknowledged writes, a filler file takes every free byte; clients keep writing until the
 * server refuses. The rule: a refused write is reported as an error, never as a success; after the
 * space is freed and the server restarted, every acknowledged write — also those acknowledged
 * while the disk was filling — is there, the database opened without help, the chain verifies
 * against the signed checkpoint file, and new writes succeed. Size: {@code
 * -Dmamori.faults.disk.writes=N} acknowledged writes before the disk fills (default 200).
 */
class DiskFullIT {

    private static final int WRITES_BEFORE = Integer.getInteger("mamori.faults.disk.writes", 200);
    private static final String SCREEN = "faults.disk";
    /** Refusals in a row after which the server is taken to refuse writes for good. */
    private static final int REFUSALS_IN_A_ROW = 20;
    private static final Duration FULL_DISK_BUDGET = Duration.ofSeconds(120);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void writesAreRefusedWhenTheDiskIsFullAndNothingCommittedIsLost() throws Exception {
        Path mount = Path.of("target", "disk-full", "fs").toAbsolutePath();
        Files.createDirectories(mount);
        String mounted = run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString());
        Assumptions.assumeTrue(mounted == null,
                "assumption: a 64 MB tmpfs can be mounted for the server directory (needs root and mount"
                        + " permission); here it could not: " + mounted);
        Path log = Path.of("target", "disk-full-server.log").toAbsolutePath();
        Files.deleteIfExists(log);
        ServerProcess server = null;
        try {
            Path dir = mount.resolve("mamori");
            ClientConfig demoConfig;
            DemoUser clerk;
            try (DemoEnvironment demo = DemoEnvironment.start(dir)) {
                jp.mamori.db.testing.TestServer.allowManyLogins();
                demoConfig = demo.clientConfig();
                clerk = demo.users().stream().filter(u -> u.userName().equals("zeimu.clerk")).findFirst().orElseThrow();
            }
            ServerLayout layout = new ServerLayout(dir.resolve("server"));
            int port = ServerProcess.freePort();
            ClientConfig config = new ClientConfig(new ServerAddress("127.0.0.1", port, "mamori"),
                    demoConfig.caCertificate(), demoConfig.terminalKeystore(), demoConfig.terminalKeystorePassword());
            server = ServerProcess.startWithMaintenanceSql(layout.root(), port, log);

            Set<String> acknowledged = new HashSet<>();
            Set<String> refused = new HashSet<>();
            Map<String, Integer> refusalCodes = new HashMap<>();
            List<String> unexpected = new ArrayList<>();
            try (MamoriSession session = login(config, clerk)) {
                for (int i = 0; i < WRITES_BEFORE; i++) {
                    session.recordAction(SCREEN, "write", "before-" + i);
                    acknowledged.add("before-" + i);
                }
            }
            MamoriSession session = login(config, clerk);
            long fillerBytes = fill(mount.resolve("filler"));

            Map<String, Integer> loginFailures = new HashMap<>();
            int inARow = 0;
            long deadline = System.nanoTime() + FULL_DISK_BUDGET.toNanos();
            for (int i = 0; inARow < REFUSALS_IN_A_ROW && System.nanoTime() < deadline; i++) {
                if (session == null) {
                    try {
                        session = login(config, clerk);
                    } catch (LoginException e) {
                        loginFailures.merge(e.failure().name(), 1, Integer::sum);
                        inARow++;
                        continue;
                    }
                }
                String target = "full-" + i;
                try {
                    session.recordAction(SCREEN, "write", target);
                    acknowledged.add(target);
                    inARow = 0;
                } catch (ServerRefusal refusal) {
                    refused.add(target);
                    if (refusalCodes.merge(refusal.code(), 1, Integer::sum) == 1) {
                        System.out.printf("disk full: first %s refusal, cause: %s%n", refusal.code(),
                                refusal.getCause());
                    }
                    inARow++;
                    session = reconnect(session, clerk, loginFailures);
                } catch (RuntimeException e) {
                    refused.add(target);
                    unexpected.add(e.toString());
                    inARow++;
                    session = reconnect(session, clerk, loginFailures);
                }
            }
            if (session != null) {
                closeQuietly(session);
            }
            System.out.printf("disk full: filler %d bytes; %d writes acknowledged in all, %d refused, codes %s;"
                    + " logins refused while full: %s%n", fillerBytes, acknowledged.size(), refused.size(),
                    refusalCodes, loginFailures);
            assertEquals(List.of(), unexpected, "every refusal reaches the caller as a ServerRefusal");
            assertTrue(!refused.isEmpty() && inARow >= REFUSALS_IN_A_ROW,
                    "the server refused writes once the disk was full (within " + FULL_DISK_BUDGET + ")");

            Files.delete(mount.resolve("filler"));
            server.close();
            server = ServerProcess.startWithMaintenanceSql(layout.root(), port, log);

            Map<String, Integer> stored = storedTargets(layout, port);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored.keySet());
            long refusedButStored = refused.stream().filter(stored::containsKey).count();
            System.out.printf("after restart: %d of %d acknowledged writes present; %d refused writes present%n",
                    acknowledged.size() - lost.size(), acknowledged.size(), refusedButStored);
            assertEquals(Set.of(), lost, "every acknowledged write survives the full disk and the restart");
            assertEquals(List.of(), stored.entrySet().stream().filter(e -> e.getValue() > 1).toList(),
                    "no write is stored twice");
            assertChainVerifies(layout, port);
            try (MamoriSession again = login(config, clerk)) {
                again.recordAction(SCREEN, "write", "after-restart");
            }
            assertTrue(storedTargets(layout, port).containsKey("after-restart"), "writes succeed again");
        } finally {
            if (server != null) {
                server.close();
            }
            String unmounted = run("umount", mount.toString());
            if (unmounted != null) {
                System.err.println("tmpfs could not be unmounted: " + unmounted);
            }
        }
    }

    /** Fills the file system with one file until no byte is left; returns its size. */
    private static long fill(Path filler) throws IOException {
        long written = 0;
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int size = block.length; size >= 512; size /= 2) {
                try {
                    while (true) {
                        out.write(block, 0, size);
                        out.flush();
                        written += size;
                    }
                } catch (IOException full) {
                    // no room for a block of this size; try smaller ones
                }
            }
        } catch (IOException closing) {
            // the last buffered bytes did not fit either
        }
        return written;
    }

    private static MamoriSession login(ClientConfig config, DemoUser user) throws LoginException {
        return new MamoriConnector(config).login(user.pkcs12(), user.password().toCharArray());
    }

    /**
     * After a refusal: the same session, re-authenticated, or null when that fails (a login writes
     * audit rows too, so on a full disk it is refused — as {@code WRONG_CREDENTIALS}, the only
     * answer H2's realm interface can give).
     */
    private static MamoriSession reconnect(MamoriSession session, DemoUser user, Map<String, Integer> loginFailures) {
        try {
            session.reauthenticate(user.password().toCharArray());
            return session;
        } catch (LoginException e) {
            loginFailures.merge(e.failure().name(), 1, Integer::sum);
            closeQuietly(session);
            return null;
        }
    }

    private static void closeQuietly(MamoriSession session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            System.err.println("closing the session: " + e);
        }
    }

    private static Connection admin(ServerLayout layout, int port) throws IOException, java.sql.SQLException {
        return DriverManager.getConnection("jdbc:h2:ssl://127.0.0.1:" + port + "/mamori;AUTHREALM="
                + Realms.SERVER_ADMIN, Realms.SERVER_ADMIN_USER, Files.readString(layout.adminSecret()).strip());
    }

    private static Map<String, Integer> storedTargets(ServerLayout layout, int port) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection admin = admin(layout, port); PreparedStatement st = admin.prepareStatement(
                "SELECT TARGET FROM MAMORI.AUDIT_LOG WHERE SCREEN = ? AND OUTCOME = 'OK'")) {
            st.setString(1, SCREEN);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        return stored;
    }

    private static void assertChainVerifies(ServerLayout layout, int port) throws Exception {
        CheckpointFile.Contents file = CheckpointFile.read(layout.checkpointFile());
        System.out.printf("checkpoint file: %d checkpoints, torn last line %s, malformed lines %s%n",
                file.checkpoints().size(), file.tornLastLine().isPresent(), file.malformedLines());
        ChainVerifier verifier = new ChainVerifier(Pem.read(layout.auditSigningCertificate()));
        try (Connection admin = admin(layout, port); AuditRowCursor rows = new AuditLogReader(admin).allRows()) {
            VerificationReport report = verifier.verify(rows, file.checkpoints(), ChainPosition.GENESIS);
            assertTrue(report.ok(), report.summary());
            assertTrue(file.checkpoints().size() > 0, "checkpoints were signed and checked");
        }
    }

    /** Runs a command; null on success, else its exit code and output. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + output;
    }
}
