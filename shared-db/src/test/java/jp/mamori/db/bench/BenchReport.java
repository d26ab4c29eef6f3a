package jp.mamori.db.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Collects {@link BenchRow}s and prints them as a Markdown table and as CSV. */
final class BenchReport {

    static final List<String> COLUMNS = List.of("section", "measure", "n", "p50_ms", "p95_ms", "p99_ms",
            "value", "unit", "ratio", "note");

    private final List<BenchRow> rows = new ArrayList<>();
    private final PrintStream progress;

    BenchReport(PrintStream progress) {
        this.progress = progress;
    }

    /** Adds a row and echoes it at once, so a long run shows its progress. */
    void add(BenchRow row) {
        rows.add(row);
        progress.println("  " + String.join(" | ", cells(row, false)));
        progress.flush();
    }

    List<BenchRow> rows() {
        return List.copyOf(rows);
    }

    void printTable(PrintStream out) {
        List<List<String>> table = new ArrayList<>();
        table.add(COLUMNS);
        rows.forEach(r -> table.add(cells(r, false)));
        int[] widths = new int[COLUMNS.size()];
        for (List<String> line : table) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], displayWidth(line.get(i)));
            }
        }
        for (int l = 0; l < table.size(); l++) {
            out.println(line(table.get(l), widths));
            if (l == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                out.println(line(rule, widths));
            }
        }
        out.flush();
    }

    void writeCsv(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(
                        COLUMNS.toArray(String[]::new)).get())) {
            for (BenchRow row : rows) {
                csv.printRecord(cells(row, true));
            }
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(' ').append(cell).append(" ".repeat(widths[i] - displayWidth(cell))).append(" |");
        }
        return sb.toString();
    }

    /** Columns a string takes in a terminal: CJK characters take two. */
    private static int displayWidth(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && Character.isIdeographic(cp) || cp >= 0x3000 && cp < 0xA000
                || cp >= 0xFF00 && cp < 0xFF61 ? 2 : 1).sum();
    }

    private static List<String> cells(BenchRow r, boolean csv) {
        Latencies.Summary l = r.latency();
        return List.of(r.section(), r.measure(), r.count() == 0 ? "" : Long.toString(r.count()),
                l == null ? "" : millis(l.p50()), l == null ? "" : millis(l.p95()), l == null ? "" : millis(l.p99()),
                Double.isNaN(r.value()) ? "" : number(r.value(), csv), r.unit(),
                Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", r.ratio()), r.note());
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
    }

    private static String number(double v, boolean csv) {
        if (csv) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
