package jp.mamori.db.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoUser;

/**
 * p50/p95/p99 of each {@link MeasuredOperation} of the given suites: one clerk's session and one
 * administrative connection, sequential calls, secured and raw calls interleaved so that both see
 * the same server state; warm-up calls are not counted. Ratio = secured p50 / raw p50.
 */
final class OperationBench {

    private OperationBench() {
    }

    static void run(BenchServer server, BenchOptions options, List<MeasuredOperation.Suite> suites,
            BenchReport report) throws Exception {
        DemoUser clerk = server.registryStaff().get(0);
        try (MamoriSession session = server.login(clerk); Connection admin = server.admin()) {
            MeasuredOperation.BenchContext context = new MeasuredOperation.BenchContext(options.persons(), admin,
                    session);
            List<MeasuredOperation> operations = new ArrayList<>();
            for (MeasuredOperation.Suite suite : suites) {
                operations.addAll(suite.operations(context));
            }
            int calls = options.operationCalls();
            int warmUp = Math.max(10, calls / 5);
            for (MeasuredOperation op : operations) {
                Latencies secured = new Latencies(calls);
                Latencies raw = new Latencies(calls);
                for (int i = 0; i < warmUp + calls; i++) {
                    long start = System.nanoTime();
                    op.secured(session, i);
                    long securedNanos = System.nanoTime() - start;
                    start = System.nanoTime();
                    op.raw(admin, i);
                    long rawNanos = System.nanoTime() - start;
                    if (i >= warmUp) {
                        secured.add(securedNanos);
                        raw.add(rawNanos);
                    }
                }
                Latencies.Summary s = secured.summary();
                Latencies.Summary r = raw.summary();
                String returned = op.note().isEmpty() ? "" : "; " + op.note();
                report.add(BenchRow.latency("procedure", op.name() + " — procedure via client session", s,
                        s.p50() / r.p50(), "TLS, realm session, authorisation, audit row; ratio = p50 / raw p50"
                                + returned));
                report.add(BenchRow.latency("procedure", op.name() + " — same query as raw SQL", r, Double.NaN,
                        "TLS, server account, no procedure, no audit"));
            }
        }
    }
}
