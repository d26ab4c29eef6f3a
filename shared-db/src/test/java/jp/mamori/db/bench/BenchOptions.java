package jp.mamori.db.bench;

import java.nio.file.Path;

/**
 * Settings of one benchmark run. {@code --quick} shrinks every count for a smoke run of about a
 * minute; without it the run is sized for about five minutes at 100,000 persons on two cores.
 *
 * @param persons           対象者 in the registry (the demo's 300 included)
 * @param registrations     mean 登録 per person
 * @param out               CSV file to write
 * @param quick             smoke-run sizes
 * @param logins            logins measured
 * @param auditActions      rows per concurrency level, kind and round (split over the clients)
 * @param auditRows         audit rows bulk-loaded before the run, for the verification figures
 * @param operationCalls    calls per operation in the procedure latency section
 * @param serverHeap        {@code -Xmx} of the server process
 * @param keep              keep the temporary server directory
 * @param tcpNoDelay        experiment: TCP_NODELAY on the server's and the client's TLS sockets
 */
record BenchOptions(int persons, double registrations, Path out, boolean quick, int logins, int auditActions,
        int auditRows, int operationCalls, String serverHeap, boolean keep, boolean tcpNoDelay) {

    static final String USAGE = "usage: installer/benchmark.sh [--persons N] [--out FILE.csv] [--quick]"
            + " [--server-heap 512m] [--keep] [--tcp-nodelay]";

    static BenchOptions parse(String[] args) {
        Integer persons = null;
        Path out = Path.of("docs", "benchmarks.csv");
        boolean quick = false;
        boolean keep = false;
        boolean noDelay = false;
        String heap = "512m";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--persons" -> persons = Integer.parseInt(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--server-heap" -> heap = value(args, ++i);
                case "--quick" -> quick = true;
                case "--keep" -> keep = true;
                case "--tcp-nodelay" -> noDelay = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (persons != null && persons < 0) {
            throw new IllegalArgumentException("--persons must not be negative");
        }
        if (quick) {
            return new BenchOptions(persons == null ? 5_000 : persons, 2.0, out, true, 10, 480, 10_000, 60,
                    heap, keep, noDelay);
        }
        return new BenchOptions(persons == null ? 100_000 : persons, 2.0, out, false, 50, 4_800, 200_000, 200,
                heap, keep, noDelay);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value after " + args[i - 1]);
        }
        return args[i];
    }
}
