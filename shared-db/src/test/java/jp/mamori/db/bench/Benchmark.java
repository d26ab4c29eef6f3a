package jp.mamori.db.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.mamori.db.server.ServerJvm;

/**
 * The benchmark command ({@code installer/benchmark.sh}): builds a server with the given number of
 * synthetic persons in a temporary directory, serves it from a separate server process over TLS,
 * measures through the real client path and prints the figures as a table and a CSV file.
 *
 * <pre>
 * installer/benchmark.sh [--persons N] [--out docs/benchmarks.csv] [--quick] [--server-heap 512m] [--keep]
 *                        [--tcp-nodelay]
 * </pre>
 * Sections: login latency; audited actions per second with 1, 8 and 32 clients next to chained
 * and plain inserts; verification rate next to reading the same rows; procedure latencies next to
 * raw SQL ({@link #SUITES}); server memory. Client figures are measured by the app module.
 * {@code --tcp-nodelay} is an experiment, not the product: see {@link NoDelaySockets}.
 */
public final class Benchmark {

    /** The operation suites of the procedure section; new procedures join here. */
    static final List<MeasuredOperation.Suite> SUITES = List.of(new SessionOperations(), new RegistryOperations());

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        ServerJvm.configure("127.0.0.1");
        if (options.tcpNoDelay()) {
            java.security.Security.setProperty(NoDelaySockets.CLIENT_PROPERTY, NoDelaySockets.Client.class.getName());
        }
        PrintStream out = System.out;
        BenchReport report = new BenchReport(out);
        long started = System.nanoTime();
        Path directory = Files.createTempDirectory("mamori-bench");
        out.printf(Locale.ROOT, "mamori benchmark: %,d persons, %.1f registrations each, %,d audit rows preloaded%s%n",
                options.persons(), options.registrations(), options.auditRows(), (options.quick() ? " (quick)" : "")
                        + (options.tcpNoDelay() ? " — EXPERIMENT: TCP_NODELAY on server and client sockets" : ""));
        report.add(BenchRow.figure("run", "persons in the registry", options.persons(), options.persons(), "persons",
                Double.NaN, String.format(Locale.ROOT, "%.1f registrations per person on average; %s",
                        options.registrations(), options.quick() ? "--quick" : "full run")));
        report.add(BenchRow.figure("run", "TCP_NODELAY on the TLS sockets", 0, options.tcpNoDelay() ? 1 : 0, "",
                Double.NaN, options.tcpNoDelay() ? "EXPERIMENT (--tcp-nodelay), not the product" : "no: as shipped"));
        try {
            try (BenchServer server = BenchServer.prepare(options, directory, report)) {
                out.printf(Locale.ROOT, "server process %d started; measuring%n", server.serverPid());
                machineLoad("load average before measuring", report);
                ServerMemory.residentSet(server, "server resident memory after start (data loaded, idle)", report);
                databaseSize(server, "database file size after loading", report);
                LoginBench.run(server, options, report);
                AuditThroughputBench.run(server, options, report);
                VerifyBench.run(server, report);
                OperationBench.run(server, options, SUITES, report);
                machineLoad("load average after measuring", report);
                ServerMemory.residentSet(server, "server resident memory after the run", report);
                server.serverMemoryKib("VmHWM").ifPresent(kib -> report.add(BenchRow.figure("memory",
                        "server resident memory, peak (VmHWM)", 0, kib / 1024.0, "MiB", Double.NaN,
                        "/proc/<pid>/status of the server process; -Xmx" + options.serverHeap())));
                ServerMemory.liveHeap(server, options.serverHeap(), report);
                databaseSize(server, "database file size after the run", report);
            }
            clientTodo(report);
            out.println();
            report.printTable(out);
            report.writeCsv(options.out());
            out.printf(Locale.ROOT, "%nwritten %s; total time %s%n", options.out().toAbsolutePath(),
                    Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        } finally {
            if (options.keep()) {
                out.println("server directory kept: " + directory);
            } else {
                BenchServer.delete(directory);
            }
        }
    }

    private static void databaseSize(BenchServer server, String measure, BenchReport report)
            throws java.io.IOException {
        report.add(BenchRow.figure("memory", measure, 0, server.databaseBytes() / 1048576.0, "MiB", Double.NaN,
                "mamori.mv.db (H2 reclaims space of old chunks lazily)"));
    }

    /** The 1-minute load average: other work on the machine shows in every figure. */
    private static void machineLoad(String measure, BenchReport report) throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.isReadable(loadavg)) {
            String[] fields = Files.readString(loadavg).trim().split("\\s+");
            report.add(BenchRow.figure("machine", measure, 0, Double.parseDouble(fields[0]), "", Double.NaN,
                    Runtime.getRuntime().availableProcessors() + " processors; 1-minute load average"));
        }
    }

    private static void clientTodo(BenchReport report) {
        String elsewhere = "measured by installer/client-benchmark.sh (app module)";
        report.add(BenchRow.todo("client", "cold start to login window", elsewhere));
        report.add(BenchRow.todo("client", "heap after a 10,000-row search result", elsewhere));
    }
}
