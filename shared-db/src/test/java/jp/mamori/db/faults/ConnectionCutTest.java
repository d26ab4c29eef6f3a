package jp.mamori.db.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.AuditRowCursor;
import jp.mamori.db.audit.ChainPosition;
import jp.mamori.db.audit.ChainVerifier;
import jp.mamori.db.audit.SeqRange;
import jp.mamori.db.audit.VerificationReport;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault injection (b): clients reach the server through a proxy that cuts their connections in the
 * middle of calls — inside the TLS handshake, inside a request, or after the commit and before the
 * answer. The rule: the client never reports success for a write that did not commit. Every
 * acknowledged write must be in the audit log exactly once; a write that failed may or may not
 * have committed (both are honest) but never twice; every failure reaches the caller as
 * {@link ServerRefusal} {@code connection.lost} (which the client shows in Japanese) and the
 * session goes on after {@code reauthenticate}. Sizes: {@code -Dmamori.faults.cut.writes=N}
 * acknowledged writes per client (default 50), {@code -Dmamori.faults.cut.clients=N} (default 3).
 */
class ConnectionCutTest {

    private static final int WRITES = Integer.getInteger("mamori.faults.cut.writes", 50);
    private static final int CLIENTS = Integer.getInteger("mamori.faults.cut.clients", 3);
    private static final int MAX_RECONNECT_ATTEMPTS = 200;
    /** Writes cut in the middle that the run must see before it ends, so the rule is exercised. */
    private static final int MIN_FAILED = 5;
    private static final String SCREEN = "faults.cut";

    /** What one client saw. */
    private record ClientLog(Set<String> acknowledged, Set<String> failed, Map<String, Integer> refusalCodes,
            List<String> unexpected, int recoveries) {
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void noAcknowledgedWriteIsLostAndEveryCutIsReportedAsConnectionLost() throws Exception {
        ClientConfig direct = TestServer.clientConfig();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<DemoUser> writers = TestServer.users().stream()
                .filter(u -> u.role().worksWithRegistry() && !u.userName().startsWith("demo.")).toList();

        List<ClientLog> logs = new ArrayList<>();
        int cuts;
        try (CuttingProxy proxy = new CuttingProxy(direct.server().port(), 6_000, 48_000)) {
            ClientConfig viaProxy = new ClientConfig(new ServerAddress("127.0.0.1", proxy.port(), "mamori"),
                    direct.caCertificate(), direct.terminalKeystore(), direct.terminalKeystorePassword());
            AtomicBoolean stop = new AtomicBoolean();
            Thread cutter = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(100, 600));
                    } catch (InterruptedException e) {
                        return;
                    }
                    proxy.cutOne();
                }
            }, "random-cutter");
            cutter.setDaemon(true);
            cutter.start();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<ClientLog>> results = new ArrayList<>();
                AtomicInteger failedWrites = new AtomicInteger();
                for (int c = 0; c < CLIENTS; c++) {
                    DemoUser user = writers.get(c % writers.size());
                    String prefix = "cut-" + run + "-c" + c + "-";
                    results.add(pool.submit(() -> write(viaProxy, user, prefix, failedWrites)));
                }
                for (Future<ClientLog> result : results) {
                    logs.add(result.get());
                }
            } finally {
                stop.set(true);
                cutter.interrupt();
                pool.shutdownNow();
            }
            cuts = proxy.cuts();
        }

        Set<String> acknowledged = new HashSet<>();
        Set<String> failed = new HashSet<>();
        Map<String, Integer> codes = new HashMap<>();
        List<String> unexpected = new ArrayList<>();
        int recoveries = 0;
        for (ClientLog log : logs) {
            acknowledged.addAll(log.acknowledged());
            failed.addAll(log.failed());
            log.refusalCodes().forEach((code, n) -> codes.merge(code, n, Integer::sum));
            unexpected.addAll(log.unexpected());
            recoveries += log.recoveries();
        }
        Map<String, Integer> stored = storedTargets("cut-" + run + "-");

        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored.keySet());
        long committedAfterFailure = failed.stream().filter(stored::containsKey).count();
        List<String> twice = stored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        System.out.printf("connection cuts: %d cuts, %d acknowledged writes, %d failed writes (%d of them committed"
                + " before the cut, %d not), refusal codes %s, %d recoveries after reauthenticate%n", cuts,
                acknowledged.size(), failed.size(), committedAfterFailure, failed.size() - committedAfterFailure,
                codes, recoveries);

        assertEquals(List.of(), unexpected, "every failure reaches the caller as a ServerRefusal or LoginException");
        assertEquals(Set.of(), lost, "every acknowledged write is committed");
        assertEquals(List.of(), twice, "no write is stored twice");
        assertEquals(Set.of("connection.lost"), codes.keySet(), "a cut is reported as connection.lost");
        assertTrue(acknowledged.size() >= CLIENTS * WRITES, "every client finished its writes");
        assertTrue(cuts > 0 && failed.size() >= MIN_FAILED, "the proxy cut connections in the middle of writes");
        assertTrue(recoveries > 0, "sessions went on after reauthenticate");
        assertChainVerifies();
    }

    /**
     * Writes until {@link #WRITES} were acknowledged and all clients together saw {@link #MIN_FAILED}
     * failed writes, reconnecting after every failure.
     */
    private static ClientLog write(ClientConfig config, DemoUser user, String prefix, AtomicInteger failedWrites)
            throws Exception {
        Set<String> acknowledged = new HashSet<>();
        Set<String> failed = new HashSet<>();
        Map<String, Integer> codes = new ConcurrentHashMap<>();
        List<String> unexpected = new ArrayList<>();
        AtomicInteger recoveries = new AtomicInteger();
        char[] password = user.password().toCharArray();
        MamoriSession session = loginWithRetries(config, user, password);
        try {
            int i = 0;
            boolean afterFailure = false;
            while (acknowledged.size() < WRITES || failedWrites.get() < MIN_FAILED) {
                String target = prefix + i++;
                try {
                    session.recordAction(SCREEN, "write", target);
                    acknowledged.add(target);
                    if (afterFailure) {
                        recoveries.incrementAndGet();
                        afterFailure = false;
                    }
                } catch (ServerRefusal refusal) {
                    failed.add(target);
                    failedWrites.incrementAndGet();
                    codes.merge(refusal.code(), 1, Integer::sum);
                    reauthenticateWithRetries(session, password);
                    afterFailure = true;
                } catch (RuntimeException e) {
                    failed.add(target);
                    failedWrites.incrementAndGet();
                    unexpected.add(chain(e));
                    reauthenticateWithRetries(session, password);
                }
            }
        } finally {
            try {
                session.close();
            } catch (RuntimeException e) {
                unexpected.add("close: " + e);
            }
        }
        return new ClientLog(acknowledged, failed, codes, unexpected, recoveries.get());
    }

    private static MamoriSession loginWithRetries(ClientConfig config, DemoUser user, char[] password)
            throws LoginException {
        LoginException last = null;
        for (int attempt = 0; attempt < MAX_RECONNECT_ATTEMPTS; attempt++) {
            try {
                return new MamoriConnector(config).login(user.pkcs12(), password);
            } catch (LoginException e) {
                if (e.failure() != LoginFailure.SERVER_UNREACHABLE) {
                    throw new AssertionError("a cut login must be reported as SERVER_UNREACHABLE, was "
                            + e.failure() + ": " + chain(e));
                }
                last = e;
            }
        }
        throw last;
    }

    private static void reauthenticateWithRetries(MamoriSession session, char[] password) throws LoginException {
        LoginException last = null;
        for (int attempt = 0; attempt < MAX_RECONNECT_ATTEMPTS; attempt++) {
            try {
                session.reauthenticate(password);
                return;
            } catch (LoginException e) {
                if (e.failure() != LoginFailure.SERVER_UNREACHABLE) {
                    throw new AssertionError("a cut login must be reported as SERVER_UNREACHABLE, was "
                            + e.failure() + ": " + chain(e));
                }
                last = e;
            }
        }
        throw last;
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(sb.length() == 0 ? "" : " <- ").append(t);
        }
        return sb.toString();
    }

    /** OK rows of this test's screen by target, with how often each target is stored. */
    private static Map<String, Integer> storedTargets(String prefix) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT TARGET FROM MAMORI.AUDIT_LOG WHERE SCREEN = ? AND OUTCOME = 'OK' AND TARGET LIKE ?")) {
            st.setString(1, SCREEN);
            st.setString(2, prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        return stored;
    }

    private static void assertChainVerifies() throws Exception {
        ChainVerifier verifier = new ChainVerifier(Pem.read(TestServer.directory().resolve("server/audit-signing.pem")));
        try (Connection admin = TestServer.admin()) {
            AuditLogReader reader = new AuditLogReader(admin);
            // checkpoints first: one signed after the rows were read would look like a truncation
            var checkpoints = reader.checkpoints(SeqRange.all());
            try (AuditRowCursor rows = reader.allRows()) {
                VerificationReport report = verifier.verify(rows, checkpoints, ChainPosition.GENESIS);
                assertTrue(report.ok(), report.summary());
            }
        }
    }
}
