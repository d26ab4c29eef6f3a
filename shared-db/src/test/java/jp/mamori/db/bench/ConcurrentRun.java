package jp.mamori.db.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a fixed number of calls split over concurrent clients, each with its own connection or
 * session opened before the clock starts, and measures wall time and per-call latency.
 */
final class ConcurrentRun {

    /** One client's connection or session. */
    interface Client extends AutoCloseable {
        void call(String target) throws Exception;

        @Override
        void close() throws Exception;
    }

    /** Opens the connection or session of client number {@code index}. */
    interface ClientFactory {
        Client open(int index) throws Exception;
    }

    /** What a run took: all calls' latencies and the wall time from start to the last call. */
    record Outcome(int calls, long wallNanos, Latencies latencies) {
        double callsPerSecond() {
            return calls / (wallNanos / 1e9);
        }
    }

    private ConcurrentRun() {
    }

    /**
     * Runs {@code totalCalls} calls over {@code clients} clients (each does an equal share).
     * Targets are {@code prefix + client + "-" + i}, unique within the run. Any failed call fails
     * the run: a benchmark of calls that did not happen would be worthless.
     */
    static Outcome run(ClientFactory factory, int clients, int totalCalls, String prefix) throws Exception {
        int perClient = totalCalls / clients;
        List<Client> opened = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                opened.add(factory.open(c));
            }
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Latencies>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Client client = opened.get(c);
                String clientPrefix = prefix + c + "-";
                results.add(pool.submit(() -> {
                    Latencies latencies = new Latencies(perClient);
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        long start = System.nanoTime();
                        client.call(clientPrefix + i);
                        latencies.add(System.nanoTime() - start);
                    }
                    return latencies;
                }));
            }
            ready.await();
            long started = System.nanoTime();
            go.countDown();
            List<Latencies> all = new ArrayList<>();
            for (Future<Latencies> result : results) {
                all.add(result.get());
            }
            long wall = System.nanoTime() - started;
            return new Outcome(perClient * clients, wall, Latencies.merge(all));
        } finally {
            pool.shutdownNow();
            Exception closing = null;
            for (Client client : opened) {
                try {
                    client.close();
                } catch (Exception e) {
                    if (closing == null) {
                        closing = e;
                    } else {
                        closing.addSuppressed(e);
                    }
                }
            }
            if (closing != null) {
                throw closing;
            }
        }
    }
}
