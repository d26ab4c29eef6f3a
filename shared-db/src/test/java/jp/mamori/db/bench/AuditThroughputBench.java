package jp.mamori.db.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoUser;

/**
 * Audited actions per second with 1, 8 and 32 concurrent clients, each on its own TLS connection,
 * one transaction per action, and the same number of rows written two cheaper ways:
 * <ol>
 * <li><b>audited action</b>: {@code MamoriSession.recordAction} → {@code API.RECORD_ACTION}: caller
 * lookup, role check, a transaction on the server's pool, the audit row through the chain trigger
 * (head-row lock, SHA-256), commit with {@code WRITE_DELAY 0}; the server's checkpointer signs
 * every 1,000 rows meanwhile;</li>
 * <li><b>chained insert</b>: the same {@code AuditWriter} insert into {@code MAMORI.AUDIT_LOG} over a
 * TLS connection of the server's own account, autocommit: the chain without the procedure;</li>
 * <li><b>plain insert</b>: the same insert into {@link BenchServer#PLAIN_TABLE} (same columns,
 * constraints and index; SEQ by identity, no trigger), same connection kind, autocommit.</li>
 * </ol>
 * Each kind runs {@link #ROUNDS} times per level, the kinds taking turns; the rate is the median
 * round. The ratio column is plain rate / this rate: how many times dearer a row is than a plain
 * insert. Every kind prepares its statement per call, as the client does (two round trips).
 */
final class AuditThroughputBench {

    static final List<Integer> CLIENTS = List.of(1, 8, 32);

    /** Rounds per kind and level; the kinds take turns, so drift on the machine hits each alike. */
    static final int ROUNDS = 3;

    private static final String PLAIN_INSERT = """
            INSERT INTO MAMORI.BENCH_PLAIN_LOG
                (USER_NAME, ROLE_CODE, SECTION_CODE, TERMINAL_ID, SCREEN, ACTION, TARGET, OUTCOME, DETAIL)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private AuditThroughputBench() {
    }

    static void run(BenchServer server, BenchOptions options, BenchReport report) throws Exception {
        List<DemoUser> staff = server.registryStaff();
        ConcurrentRun.ClientFactory audited = index -> {
            MamoriSession session = server.login(staff.get(index % staff.size()));
            return new ConcurrentRun.Client() {
                @Override
                public void call(String target) {
                    session.recordAction("bench", "write", target);
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        };
        ConcurrentRun.ClientFactory chained = index -> adminClient(server, (c, target) ->
                AuditWriter.append(c, entry(target)));
        ConcurrentRun.ClientFactory plain = index -> adminClient(server, AuditThroughputBench::plainInsert);

        int warmUp = Math.min(400, options.auditActions());
        for (ConcurrentRun.ClientFactory factory : List.of(plain, chained, audited)) {
            ConcurrentRun.run(factory, 4, warmUp, "warm-" + System.identityHashCode(factory) + "-");
        }
        for (int clients : CLIENTS) {
            String level = clients + (clients == 1 ? " client" : " clients");
            List<List<ConcurrentRun.Outcome>> outcomes = List.of(new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            try (ConcurrentRun.Clients plainClients = new ConcurrentRun.Clients(plain, clients);
                    ConcurrentRun.Clients chainedClients = new ConcurrentRun.Clients(chained, clients);
                    ConcurrentRun.Clients auditedClients = new ConcurrentRun.Clients(audited, clients)) {
                List<ConcurrentRun.Clients> kinds = List.of(plainClients, chainedClients, auditedClients);
                for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < kinds.size(); k++) {
                        int kind = (k + round) % kinds.size();
                        outcomes.get(kind).add(ConcurrentRun.run(kinds.get(kind), options.auditActions(),
                                "k" + kind + "-n" + clients + "-r" + round + "-"));
                    }
                }
            }
            Combined p = Combined.of(outcomes.get(0));
            Combined c = Combined.of(outcomes.get(1));
            Combined a = Combined.of(outcomes.get(2));
            report.add(row("audited action (API.RECORD_ACTION via MamoriSession), " + level, a, p,
                    "procedure + chain + commit, TLS"));
            report.add(row("chained insert (AuditWriter, server account), " + level, c, p,
                    "chain trigger + commit, TLS, no procedure"));
            report.add(row("plain insert (no trigger, server account), " + level, p, p,
                    "same columns and index, TLS"));
        }
    }

    /** Several rounds of one kind: median rate, latencies of all calls. */
    private record Combined(int calls, double medianRate, double minRate, double maxRate, Latencies latencies) {
        static Combined of(List<ConcurrentRun.Outcome> rounds) {
            List<Double> rates = new ArrayList<>();
            int calls = 0;
            for (ConcurrentRun.Outcome o : rounds) {
                rates.add(o.callsPerSecond());
                calls += o.calls();
            }
            Collections.sort(rates);
            return new Combined(calls, rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1),
                    Latencies.merge(rounds.stream().map(ConcurrentRun.Outcome::latencies).toList()));
        }
    }

    private static BenchRow row(String measure, Combined outcome, Combined plain, String note) {
        return new BenchRow("audit", measure, outcome.calls(), outcome.latencies().summary(), outcome.medianRate(),
                "rows/s", plain.medianRate() / outcome.medianRate(), note + String.format(Locale.ROOT,
                        "; median of %d rounds (%.0f–%.0f)", ROUNDS, outcome.minRate(), outcome.maxRate()));
    }

    private interface AdminCall {
        void call(Connection admin, String target) throws Exception;
    }

    private static ConcurrentRun.Client adminClient(BenchServer server, AdminCall call) throws Exception {
        Connection admin = server.admin();
        return new ConcurrentRun.Client() {
            @Override
            public void call(String target) throws Exception {
                call.call(admin, target);
            }

            @Override
            public void close() throws Exception {
                admin.close();
            }
        };
    }

    private static AuditEntry entry(String target) {
        return new AuditEntry("bench.admin", "ADMIN", "-", "BENCH", "bench", "write", target, AuditOutcome.OK,
                AuditDetail.of("ui", "write"));
    }

    private static void plainInsert(Connection admin, String target) throws Exception {
        AuditEntry e = entry(target);
        try (PreparedStatement insert = admin.prepareStatement(PLAIN_INSERT)) {
            insert.setString(1, e.userName());
            insert.setString(2, e.roleCode());
            insert.setString(3, e.sectionCode());
            insert.setString(4, e.terminalId());
            insert.setString(5, e.screen());
            insert.setString(6, e.action());
            insert.setString(7, e.target());
            insert.setString(8, e.outcome().name());
            insert.setString(9, e.detail().render());
            insert.executeUpdate();
        }
    }
}
