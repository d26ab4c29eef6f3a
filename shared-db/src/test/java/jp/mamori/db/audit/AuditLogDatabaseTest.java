package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real chain trigger in a real H2 database file: concurrent writers, then verification from
 * the database, an exported bundle, and tampering by an administrator on a copy of the database.
 */
class AuditLogDatabaseTest {

    private static final int THREADS = 8;
    private static final int ROWS_PER_THREAD = 500;
    private static final int ROWS = THREADS * ROWS_PER_THREAD;

    private static final TestPki PKI = TestPki.shared();
    private final ChainVerifier verifier = new ChainVerifier(PKI.signerCertificate());

    @TempDir
    static Path shared;

    /** The database every test starts from: 4,000 rows written concurrently and one checkpoint. */
    private static String original;
    private static Checkpoint headCheckpoint;

    @TempDir
    Path temp;

    /** The database this test works on: the original, or a copy it tampers with. */
    private String url;

    @BeforeAll
    static void migrateAndWriteConcurrently() throws Exception {
        original = "jdbc:h2:" + shared.resolve("x").toAbsolutePath();
        Flyway.configure().dataSource(original, "sa", "").schemas("MAMORI").locations("classpath:db/migration")
                .load().migrate();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(pool.submit(() -> writeRows(thread, start)));
        }
        start.countDown();
        int written = 0;
        for (Future<Integer> writer : writers) {
            written += writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(ROWS, written);
        headCheckpoint = signAndStoreHead();
    }

    @BeforeEach
    void useTheOriginal() {
        url = original;
    }

    private static int writeRows(int thread, CountDownLatch start) throws Exception {
        try (Connection c = DriverManager.getConnection(original, "sa", "");
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO MAMORI.AUDIT_LOG (USER_NAME, ROLE_CODE, SECTION_CODE, TERMINAL_ID, SCREEN,
                            ACTION, TARGET, OUTCOME, DETAIL) VALUES (?, 'CLERK', 'ZEIMU', ?, 'PersonSearch',
                            'SEARCH', ?, 'OK', ?)""")) {
            c.setAutoCommit(true);
            start.await();
            for (int i = 0; i < ROWS_PER_THREAD; i++) {
                insert.setString(1, "clerk" + thread);
                insert.setString(2, "T-" + thread);
                insert.setString(3, "person:" + i);
                insert.setString(4, "件数=" + i + "、条件=カナ");
                insert.executeUpdate();
            }
        }
        return ROWS_PER_THREAD;
    }

    /** Signs the head and stores the checkpoint in AUDIT_CHECKPOINT, as the server's scheduler will. */
    private static Checkpoint signAndStoreHead() throws SQLException {
        try (Connection c = DriverManager.getConnection(original, "sa", "")) {
            Checkpoint checkpoint = new CheckpointSigner(PKI.signerKey())
                    .sign(new AuditLogReader(c).head(), Instant.now());
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO MAMORI.AUDIT_CHECKPOINT (SEQ, ROW_HASH, SIGNED_AT, SIGNATURE) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, checkpoint.seq());
                insert.setString(2, checkpoint.rowHash());
                insert.setObject(3, LocalDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
                insert.setString(4, checkpoint.signature());
                insert.executeUpdate();
            }
            return checkpoint;
        }
    }

    /** Copies the database file (no connection is open between tests) and works on the copy. */
    private void useACopy() throws IOException {
        Path copy = temp.resolve("copy");
        Files.copy(shared.resolve("x.mv.db"), temp.resolve("copy.mv.db"));
        url = "jdbc:h2:" + copy.toAbsolutePath();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    private VerificationReport verifyDatabase() throws SQLException {
        try (Connection c = connect()) {
            AuditLogReader reader = new AuditLogReader(c);
            List<Checkpoint> checkpoints = reader.checkpoints(SeqRange.all());
            try (AuditRowCursor rows = reader.allRows()) {
                return verifier.verify(rows, checkpoints, ChainPosition.GENESIS);
            }
        }
    }

    private void asAdministrator(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static void assertBreak(VerificationReport report, BreakKind kind, long seq) {
        ChainBreak found = report.firstBreak().orElseThrow(() -> new AssertionError("no break found"));
        assertEquals(kind, found.kind(), found.describe());
        assertEquals(seq, found.seq(), found.describe());
    }

    @Test
    void concurrentWritersProduceAChainThatVerifies() throws SQLException {
        Checkpoint head = headCheckpoint;
        assertEquals(ROWS, head.seq());
        VerificationReport report = verifyDatabase();
        assertTrue(report.ok(), report.summary());
        assertEquals(ROWS, report.rowsChecked());
        assertEquals(1, report.checkpointsChecked());
        assertEquals(new ChainPosition(head.seq(), head.rowHash()), report.lastGood());
    }

    @Test
    void administratorTamperingIsFoundAtTheRightSeq() throws Exception {
        useACopy();
        assertTrue(verifyDatabase().ok(), "the copy starts intact");
        asAdministrator("DROP TRIGGER MAMORI.AUDIT_LOG_IMMUTABLE");

        asAdministrator("DELETE FROM MAMORI.AUDIT_LOG WHERE SEQ > 3990");
        assertBreak(verifyDatabase(), BreakKind.TRUNCATED, 3991);

        asAdministrator("UPDATE MAMORI.AUDIT_LOG SET DETAIL = '件数=0' WHERE SEQ = 3000");
        assertBreak(verifyDatabase(), BreakKind.EDITED, 3000);

        rewriteWithRecomputedHash(2500, "person:999");
        assertBreak(verifyDatabase(), BreakKind.EDITED, 2500);

        asAdministrator("DELETE FROM MAMORI.AUDIT_LOG WHERE SEQ = 1500");
        assertBreak(verifyDatabase(), BreakKind.DELETED, 1500);
    }

    @Test
    void periodVerifiesFromTheRowBeforeIt() throws SQLException {
        try (Connection c = connect()) {
            AuditLogReader reader = new AuditLogReader(c);
            SeqRange range = new SeqRange(1001, 2001);
            ChainPosition start = reader.positionOf(1000).orElseThrow();
            try (AuditRowCursor rows = reader.rows(range)) {
                VerificationReport report = verifier.verify(rows, List.of(), start);
                assertTrue(report.ok(), report.summary());
                assertEquals(1000, report.rowsChecked());
                assertEquals(2000, report.lastGood().seq());
            }
        }
    }

    @Test
    void periodOfTimeMapsToItsSeqRange() throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (Connection c = connect(); AuditRowCursor rows = new AuditLogReader(c).allRows()) {
            rows.forEachRemaining(r -> times.add(r.at()));
        }
        Instant from = times.get(1000);
        Instant to = times.get(2000);
        long expectedFrom = 1 + indexOfFirst(times, t -> !t.isBefore(from));
        long expectedLast = 1 + lastIndexOf(times, t -> t.isBefore(to));
        try (Connection c = connect()) {
            SeqRange range = new AuditLogReader(c).seqRangeOf(from, to).orElseThrow();
            assertEquals(new SeqRange(expectedFrom, expectedLast + 1), range);
            assertTrue(new AuditLogReader(c).seqRangeOf(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)).isEmpty());
        }
    }

    @Test
    void exportedPeriodVerifiesWithOpensslAndTheReader() throws Exception {
        Checkpoint head = headCheckpoint;
        Path bundle = temp.resolve("bundle");
        try (Connection c = connect()) {
            AuditLogReader reader = new AuditLogReader(c);
            SeqRange range = new SeqRange(2001, ROWS + 1);
            try (AuditRowCursor rows = reader.rows(range)) {
                new LogBundleExporter(PKI.signerKey(), PKI.signerCertificate(), PKI.caCertificate())
                        .export(bundle, rows, reader.checkpoints(new SeqRange(2000, ROWS + 1)));
            }
        }
        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertTrue(verification.ok(), String.join("\n", verification.describe()));
        assertEquals(2000, verification.chain().orElseThrow().rowsChecked());
        assertEquals(head.seq(), verification.chain().orElseThrow().lastGood().seq());
        assumeTrue(BundleTools.onPath("openssl") && BundleTools.onPath("sha256sum"), "openssl and sha256sum");
        assertEquals(0, BundleTools.sha256sumCheck(bundle).exitCode());
        assertEquals(0, BundleTools.opensslVerify(bundle, PKI.signerCertificate()).exitCode());
    }

    /** Changes TARGET of a row and recomputes its ROW_HASH, as an administrator who knows ChainHash could. */
    private void rewriteWithRecomputedHash(long seq, String target) throws SQLException {
        try (Connection c = connect(); AuditRowCursor rows = new AuditLogReader(c).rows(new SeqRange(seq, seq + 1))) {
            AuditRecord r = rows.next();
            AuditRecord edited = TestChains.withHash(new AuditRecord(r.seq(), r.at(), r.userName(), r.roleCode(),
                    r.sectionCode(), r.terminalId(), r.screen(), r.action(), target, r.outcome(), r.detail(),
                    r.prevHash(), ""));
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE MAMORI.AUDIT_LOG SET TARGET = ?, ROW_HASH = ? WHERE SEQ = ?")) {
                update.setString(1, target);
                update.setString(2, edited.rowHash());
                update.setLong(3, seq);
                assertEquals(1, update.executeUpdate());
            }
        }
    }

    private static int indexOfFirst(List<Instant> times, java.util.function.Predicate<Instant> test) {
        for (int i = 0; i < times.size(); i++) {
            if (test.test(times.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no match");
    }

    private static int lastIndexOf(List<Instant> times, java.util.function.Predicate<Instant> test) {
        for (int i = times.size() - 1; i >= 0; i--) {
            if (test.test(times.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no match");
    }
}
