package jp.mamori.db.bench;

import java.util.Arrays;

/**
 * Latency samples of one measured call, in nanoseconds, and their percentiles (nearest-rank on a
 * sorted copy; no histogram library is needed for a few thousand samples).
 */
final class Latencies {

    private long[] samples;
    private int size;

    Latencies(int expected) {
        samples = new long[Math.max(16, expected)];
    }

    /** Records one call that took {@code nanos}. Not thread-safe: one instance per thread. */
    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    /** Joins the samples of several threads into one set. */
    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies(16);
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.samples[i]);
            }
        }
        return all;
    }

    int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 &lt; p &le; 100) in milliseconds, nearest-rank method. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    /** p50, p95 and p99 in milliseconds. */
    Summary summary() {
        return new Summary(size, percentileMillis(50), percentileMillis(95), percentileMillis(99));
    }

    /** Percentiles of a set of samples in milliseconds. */
    record Summary(int count, double p50, double p95, double p99) {
    }
}
