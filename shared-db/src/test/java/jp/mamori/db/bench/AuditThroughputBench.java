package jp.mamori.db.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * The ratio column is plain rate / this rate: how many times dearer a row is than a plain insert.
 */
final class AuditThroughputBench {

    static final List<Integer> CLIENTS = List.of(1, 8, 32);

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
            ConcurrentRun.Outcome p = ConcurrentRun.run(plain, clients, options.auditActions(), "p" + clients + "-");
            ConcurrentRun.Outcome c = ConcurrentRun.run(chained, clients, options.auditActions(), "c" + clients + "-");
            ConcurrentRun.Outcome a = ConcurrentRun.run(audited, clients, options.auditActions(), "a" + clients + "-");
            report.add(row("audited action (API.RECORD_ACTION via MamoriSession), " + level, a, p,
                    "procedure + chain + commit, TLS"));
            report.add(row("chained insert (AuditWriter, server account), " + level, c, p,
                    "chain trigger + commit, TLS, no procedure"));
            report.add(row("plain insert (no trigger, server account), " + level, p, p,
                    "same columns and index, TLS"));
        }
    }

    private static BenchRow row(String measure, ConcurrentRun.Outcome outcome, ConcurrentRun.Outcome plain,
            String note) {
        Latencies.Summary l = outcome.latencies().summary();
        return new BenchRow("audit", measure, outcome.calls(), l, outcome.callsPerSecond(), "rows/s",
                plain.callsPerSecond() / outcome.callsPerSecond(),
                note + String.format(Locale.ROOT, "; wall %.2f s", outcome.wallNanos() / 1e9));
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
