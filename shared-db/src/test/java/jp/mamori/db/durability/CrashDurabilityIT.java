package jp.mamori.db.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditRecord;
import jp.mamori.db.audit.ChainVerifier;
import jp.mamori.db.audit.CheckpointFile;
import jp.mamori.db.audit.VerificationReport;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.contract.Realms;
import org.junit.jupiter.api.Test;

/**
 * Crash durability (issue item 16): a server process is killed with SIGKILL during a burst of
 * audited writes from several clients, restarted, and every write a client saw acknowledged must
 * be there, the database must open without help and the chain must verify. Cycles:
 * {@code -Dmamori.crash.cycles=N} (default 2), writers: {@code -Dmamori.crash.writers=N} (default 4).
 */
class CrashDurabilityIT {

    private static final int CYCLES = Integer.getInteger("mamori.crash.cycles", 2);
    private static final int WRITERS = Integer.getInteger("mamori.crash.writers", 4);

    @Test
    void acknowledgedWritesSurviveKillNine() throws Exception {
        Path dir = Path.of("target", "crash-durability").toAbsolutePath();
        deleteTree(dir);
        DemoEnvironment demo = DemoEnvironment.start(dir);
        jp.mamori.db.testing.TestServer.allowManyLogins();
        ClientConfig demoConfig = demo.clientConfig();
        List<DemoUser> writers = demo.users().stream()
                .filter(u -> u.role().worksWithRegistry() && !u.userName().startsWith("demo.")).toList();
        demo.close();

        Path serverDir = dir.resolve("server");
        Path log = Path.of("target", "crash-durability-server.log").toAbsolutePath();
        Files.deleteIfExists(log);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int port = ServerProcess.freePort();
        ClientConfig config = new ClientConfig(new ServerAddress("127.0.0.1", port, "mamori"),
                demoConfig.caCertificate(), demoConfig.terminalKeystore(), demoConfig.terminalKeystorePassword());
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            ServerProcess server = ServerProcess.startWithMaintenanceSql(serverDir, port, log);
            int before = acknowledged.size();
            burstUntilKilled(server, config, writers, cycle, acknowledged);
            assertTrue(acknowledged.size() > before, "cycle " + cycle + " acknowledged some writes");
        }
        try (ServerProcess server = ServerProcess.startWithMaintenanceSql(serverDir, port, log);
                Connection admin = DriverManager.getConnection("jdbc:h2:ssl://127.0.0.1:" + port + "/mamori;AUTHREALM="
                        + Realms.SERVER_ADMIN, Realms.SERVER_ADMIN_USER,
                        Files.readString(serverDir.resolve("secrets/server-admin.secret")).strip())) {
            Set<String> stored = new HashSet<>();
            List<AuditRecord> chain = new ArrayList<>();
            try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT * FROM MAMORI.AUDIT_LOG ORDER BY SEQ")) {
                while (rs.next()) {
                    AuditRecord r = new AuditRecord(rs.getLong("SEQ"),
                            rs.getTimestamp("AT_UTC").toLocalDateTime().toInstant(java.time.ZoneOffset.UTC),
                            rs.getString("USER_NAME"), rs.getString("ROLE_CODE"), rs.getString("SECTION_CODE"),
                            rs.getString("TERMINAL_ID"), rs.getString("SCREEN"), rs.getString("ACTION"),
                            rs.getString("TARGET"), AuditOutcome.valueOf(rs.getString("OUTCOME")),
                            rs.getString("DETAIL"), rs.getString("PREV_HASH"), rs.getString("ROW_HASH"));
                    chain.add(r);
                    if ("crash".equals(r.screen()) && r.outcome() == AuditOutcome.OK) {
                        stored.add(r.target());
                    }
                }
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "every acknowledged write is stored");
            VerificationReport report = new ChainVerifier(Pem.read(serverDir.resolve("audit-signing.pem")))
                    .verify(chain, CheckpointFile.read(serverDir.resolve("checkpoints/checkpoints.log")).checkpoints());
            assertTrue(report.ok(), report.summary());
            assertEquals(chain.size(), report.rowsChecked());
            System.out.printf("crash durability: %d cycles, %d acknowledged writes, all %d present, chain of %d rows intact%n",
                    CYCLES, acknowledged.size(), acknowledged.size(), chain.size());
        }
    }

    private static void burstUntilKilled(ServerProcess server, ClientConfig config, List<DemoUser> users, int cycle,
            Set<String> acknowledged) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Set<String> failures = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            DemoUser user = users.get(w % users.size());
            String prefix = "c" + cycle + "-w" + w + "-";
            pool.submit(() -> {
                try (MamoriSession session = new MamoriConnector(config).login(user.pkcs12(), user.password().toCharArray())) {
                    for (int i = 0; !stop.get(); i++) {
                        session.recordAction("crash", "write", prefix + i);
                        acknowledged.add(prefix + i);
                    }
                } catch (Exception e) {
                    // expected once the server is killed under us; anything earlier shows in the count
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage() + " <- " + e.getCause());
                }
                return null;
            });
        }
        // Kill in the middle of the burst: once writes flow, after a random moment.
        int start = acknowledged.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < start + 20 * WRITERS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200 + ThreadLocalRandom.current().nextInt(800));
        server.kill();
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "writers stopped after the kill");
        System.out.printf("cycle %d: killed at %s with %d acknowledged so far; writers ended with %s%n", cycle,
                Instant.now(), acknowledged.size(), failures);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
