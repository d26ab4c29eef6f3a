package jp.mamori.db.bench;

/**
 * One line of the benchmark table.
 *
 * @param section  the part of the benchmark, e.g. {@code login}, {@code audit}
 * @param measure  what was measured
 * @param count    calls or rows measured
 * @param latency  percentiles for latency measures, null otherwise
 * @param value    the figure for rate or size measures, NaN otherwise
 * @param unit     unit of {@code value}
 * @param ratio    this measure relative to its baseline (e.g. audited / plain), NaN if none
 * @param note     what the measure includes, in a few words
 */
record BenchRow(String section, String measure, long count, Latencies.Summary latency, double value,
        String unit, double ratio, String note) {

    static BenchRow latency(String section, String measure, Latencies.Summary latency, double ratio, String note) {
        return new BenchRow(section, measure, latency.count(), latency, Double.NaN, "", ratio, note);
    }

    static BenchRow figure(String section, String measure, long count, double value, String unit, double ratio,
            String note) {
        return new BenchRow(section, measure, count, null, value, unit, ratio, note);
    }

    static BenchRow todo(String section, String measure, String note) {
        return new BenchRow(section, measure, 0, null, Double.NaN, "", Double.NaN, note);
    }
}
