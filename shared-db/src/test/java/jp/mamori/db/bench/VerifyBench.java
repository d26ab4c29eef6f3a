package jp.mamori.db.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.AuditRowCursor;
import jp.mamori.db.audit.ChainPosition;
import jp.mamori.db.audit.ChainVerifier;
import jp.mamori.db.audit.Checkpoint;
import jp.mamori.db.audit.SeqRange;
import jp.mamori.db.audit.VerificationReport;

/**
 * {@code verify} rows per second next to merely reading the same rows: both stream the whole
 * {@code MAMORI.AUDIT_LOG} through {@link AuditLogReader} over a TLS connection of the server's own
 * account (as {@code mamori-server verify --port} does); reading maps each row to an
 * {@code AuditRecord} and stops there, verifying also recomputes every SHA-256, follows the chain
 * and checks the signed checkpoints of {@code MAMORI.AUDIT_CHECKPOINT}. Median of three runs each.
 */
final class VerifyBench {

    private static final int RUNS = 3;
    private static final int BIG_FETCH = 10_000;

    private VerifyBench() {
    }

    static void run(BenchServer server, BenchReport report) throws Exception {
        ChainVerifier verifier = new ChainVerifier(server.auditSigningCertificate());
        List<Double> readRates = new ArrayList<>();
        List<Double> verifyRates = new ArrayList<>();
        List<Double> bigFetchRates = new ArrayList<>();
        long rows = 0;
        long checkpointsChecked = 0;
        try (Connection admin = server.admin()) {
            AuditLogReader reader = new AuditLogReader(admin);
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                long read = 0;
                try (AuditRowCursor cursor = reader.allRows()) {
                    while (cursor.hasNext()) {
                        cursor.next();
                        read++;
                    }
                }
                readRates.add(read / ((System.nanoTime() - start) / 1e9));

                start = System.nanoTime();
                List<Checkpoint> checkpoints = reader.checkpoints(SeqRange.all());
                VerificationReport result;
                try (AuditRowCursor cursor = reader.allRows()) {
                    result = verifier.verify(cursor, checkpoints, ChainPosition.GENESIS);
                }
                verifyRates.add(result.rowsChecked() / ((System.nanoTime() - start) / 1e9));
                if (!result.ok()) {
                    throw new IllegalStateException("the benchmark's own chain does not verify: " + result.summary());
                }
                if (result.rowsChecked() < read) {
                    throw new IllegalStateException("verified " + result.rowsChecked() + " of " + read + " rows");
                }
                rows = read;
                checkpointsChecked = result.checkpointsChecked();

                start = System.nanoTime();
                long plain = readWithFetchSize(admin, BIG_FETCH);
                bigFetchRates.add(plain / ((System.nanoTime() - start) / 1e9));
            }
        }
        double readRate = median(readRates);
        double verifyRate = median(verifyRates);
        report.add(BenchRow.figure("verify", "verify whole chain (ChainVerifier over AuditLogReader)", rows,
                verifyRate, "rows/s", readRate / verifyRate, String.format(Locale.ROOT,
                        "%d signed checkpoints checked; %.2f s per run; ratio = read rate / verify rate",
                        checkpointsChecked, rows / verifyRate)));
        report.add(BenchRow.figure("verify", "read the same rows only (AuditLogReader iteration)", rows, readRate,
                "rows/s", Double.NaN, String.format(Locale.ROOT, "%.2f s per run; TLS, fetch size %d",
                        rows / readRate, AuditLogReader.FETCH_SIZE)));
        double bigFetchRate = median(bigFetchRates);
        report.add(BenchRow.figure("verify", "read the same rows, fetch size 10,000 (plain JDBC, no mapping)", rows,
                bigFetchRate, "rows/s", Double.NaN, String.format(Locale.ROOT,
                        "%.2f s per run; fewer round trips: shows the cost of each fetch over TLS",
                        rows / bigFetchRate)));
    }

    private static long readWithFetchSize(Connection admin, int fetchSize) throws java.sql.SQLException {
        long read = 0;
        try (java.sql.PreparedStatement st = admin.prepareStatement(
                "SELECT SEQ, AT_UTC, USER_NAME, ROLE_CODE, SECTION_CODE, TERMINAL_ID, SCREEN, ACTION, TARGET,"
                        + " OUTCOME, DETAIL, PREV_HASH, ROW_HASH FROM MAMORI.AUDIT_LOG ORDER BY SEQ")) {
            st.setFetchSize(fetchSize);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getString(13);
                    read++;
                }
            }
        }
        return read;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
