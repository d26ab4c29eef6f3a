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

    /** A set of open clients, closed together. */
    static final class Clients implements AutoCloseable {
        private final List<Client> open = new ArrayList<>();

        Clients(ClientFactory factory, int count) throws Exception {
            try {
                for (int c = 0; c < count; c++) {
                    open.add(factory.open(c));
                }
            } catch (Exception e) {
                close();
                throw e;
            }
        }

        int size() {
            return open.size();
        }

        @Override
        public void close() throws Exception {
            Exception closing = null;
            for (Client client : open) {
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
            open.clear();
            if (closing != null) {
                throw closing;
            }
        }
    }

    private ConcurrentRun() {
    }

    /** Opens {@code clients} clients, runs once and closes them. */
    static Outcome run(ClientFactory factory, int clients, int totalCalls, String prefix) throws Exception {
        try (Clients opened = new Clients(factory, clients)) {
            return run(opened, totalCalls, prefix);
        }
    }

    /**
     * Runs {@code totalCalls} calls over the clients (each does an equal share), all starting
     * together. Targets are {@code prefix + client + "-" + i}. Any failed call fails the run: a
     * benchmark of calls that did not happen would be worthless.
     */
    static Outcome run(Clients clients, int totalCalls, String prefix) throws Exception {
        int count = clients.size();
        int perClient = totalCalls / count;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Latencies>> results = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                Client client = clients.open.get(c);
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
            return new Outcome(perClient * count, System.nanoTime() - started, Latencies.merge(all));
        } finally {
            pool.shutdownNow();
        }
    }
}
