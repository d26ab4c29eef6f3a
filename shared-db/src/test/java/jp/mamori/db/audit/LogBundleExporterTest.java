package jp.mamori.db.audit;

import static jp.mamori.db.audit.TestChains.withHash;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogBundleExporterTest {

    private static final TestPki PKI = TestPki.shared();

    @TempDir
    Path temp;

    private final List<AuditRecord> chain = withAwkwardRow(TestChains.chain(200));
    private final CheckpointSigner signer = new CheckpointSigner(PKI.signerKey());
    private final LogBundleExporter exporter =
            new LogBundleExporter(PKI.signerKey(), PKI.signerCertificate(), PKI.caCertificate());

    /** Row 120 carries text that CSV must quote: comma, quotes, line breaks, a leading '='. */
    private static List<AuditRecord> withAwkwardRow(List<AuditRecord> rows) {
        AuditRecord r = rows.get(119);
        rows.set(119, withHash(new AuditRecord(r.seq(), r.at(), r.userName(), r.roleCode(), r.sectionCode(),
                r.terminalId(), r.screen(), r.action(), "=SUM(A1),\"髙橋\"", r.outcome(), "一行目\r\n二行目\n, 三",
                r.prevHash(), "")));
        for (int i = 120; i < rows.size(); i++) {
            AuditRecord next = rows.get(i);
            rows.set(i, withHash(TestChains.withPrev(next, rows.get(i - 1).rowHash())));
        }
        return rows;
    }

    private List<Checkpoint> checkpoints() {
        List<Checkpoint> result = new ArrayList<>();
        for (long seq = 25; seq <= 200; seq += 25) {
            result.add(signer.sign(seq, chain.get((int) seq - 1).rowHash(), Instant.now()));
        }
        return result;
    }

    /** Rows 51..200: the period starts after the checkpoint at 50. */
    private Path exportPeriod() throws IOException {
        Path bundle = temp.resolve("bundle");
        LogBundleExporter.ExportSummary summary =
                exporter.export(bundle, chain.subList(50, 200).iterator(), checkpoints());
        assertEquals(150, summary.rows());
        assertEquals(51, summary.firstSeq());
        assertEquals(200, summary.lastSeq());
        assertEquals(7, summary.checkpoints(), "checkpoints 50 (the row before) to 200");
        return bundle;
    }

    @Test
    void bundleHasExactlyTheDocumentedFiles() throws IOException {
        Path bundle = exportPeriod();
        try (var files = Files.list(bundle)) {
            assertEquals(List.of("MANIFEST.sha256", "MANIFEST.sha256.p7s", "README.txt", "audit-log.csv",
                    "ca.pem", "chain-start.txt", "checkpoints.csv", "signer.pem"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String manifest = Files.readString(bundle.resolve(LogBundle.MANIFEST));
        assertTrue(manifest.matches("([0-9a-f]{64}  [a-zA-Z.-]+\n){6}"), manifest);
        assertEquals("first_seq=51\nprev_hash=" + chain.get(49).rowHash() + "\n",
                Files.readString(bundle.resolve(LogBundle.CHAIN_START)));
        String readme = Files.readString(bundle.resolve(LogBundle.README), StandardCharsets.UTF_8);
        assertTrue(readme.contains("sha256sum -c MANIFEST.sha256"));
        assertTrue(readme.contains(BundleTools.README_OPENSSL), "the README gives the tested command");
        assertTrue(readme.contains("mamori-server verify --bundle"));
        assertTrue(readme.contains("51 ～ 200（150 行）"), readme);
        assertFalse(readme.contains("${"), "every placeholder is filled");
    }

    @Test
    void csvIsRfc4180Utf8WithoutBomWithTheTableColumns() throws IOException {
        Path bundle = exportPeriod();
        byte[] bytes = Files.readAllBytes(bundle.resolve(LogBundle.AUDIT_LOG));
        assertNotEquals((byte) 0xEF, bytes[0], "no BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("SEQ,AT_UTC,USER_NAME,ROLE_CODE,SECTION_CODE,TERMINAL_ID,SCREEN,ACTION,TARGET,"
                + "OUTCOME,DETAIL,PREV_HASH,ROW_HASH\r\n"));
        AuditRecord first = chain.get(50);
        assertTrue(text.contains("\r\n51," + ChainHash.formatAt(first.at()) + "," + first.userName() + ","), text);
        assertTrue(text.contains("\"'=SUM(A1),\"\"髙橋\"\"\""), "formula neutralised, quotes doubled, field quoted");
        assertTrue(text.contains("一行目\\u000D\\u000A二行目\\u000A, 三"), "line breaks written visibly");

        List<AuditRecord> back = new ArrayList<>();
        try (BundleRowCursor rows = LogBundleReader.open(bundle).rows()) {
            rows.forEachRemaining(back::add);
        }
        assertEquals(chain.subList(50, 200), back, "every field survives the round trip");
    }

    @Test
    void intactBundleVerifiesWithTheStandardToolsAndTheReader() throws Exception {
        assumeTrue(BundleTools.onPath("openssl") && BundleTools.onPath("sha256sum"), "openssl and sha256sum");
        Path bundle = exportPeriod();
        BundleTools.Result sums = BundleTools.sha256sumCheck(bundle);
        assertEquals(0, sums.exitCode(), sums.output());
        BundleTools.Result cms = BundleTools.opensslVerify(bundle, PKI.signerCertificate());
        assertEquals(0, cms.exitCode(), cms.output());
        assertTrue(cms.output().contains("Verification successful"), cms.output());

        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertTrue(verification.ok(), String.join("\n", verification.describe()));
        VerificationReport report = verification.chain().orElseThrow();
        assertEquals(150, report.rowsChecked());
        assertEquals(7, report.checkpointsChecked());
    }

    @Test
    void oneChangedByteInTheCsvFailsSha256sumAndTheReaderNamesTheFile() throws Exception {
        assumeTrue(BundleTools.onPath("openssl") && BundleTools.onPath("sha256sum"), "openssl and sha256sum");
        Path bundle = exportPeriod();
        Path csv = bundle.resolve(LogBundle.AUDIT_LOG);
        byte[] bytes = Files.readAllBytes(csv);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(",clerk", 200) + 1;
        bytes[at] = 'C';
        Files.write(csv, bytes);

        BundleTools.Result sums = BundleTools.sha256sumCheck(bundle);
        assertNotEquals(0, sums.exitCode(), sums.output());
        assertTrue(sums.output().contains(LogBundle.AUDIT_LOG), sums.output());
        assertEquals(0, BundleTools.opensslVerify(bundle, PKI.signerCertificate()).exitCode(), "the manifest itself is untouched");

        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertFalse(verification.ok());
        assertEquals(List.of(LogBundle.AUDIT_LOG), verification.manifest().changed());
        assertEquals(BreakKind.EDITED, verification.chain().orElseThrow().firstBreak().orElseThrow().kind());
    }

    @Test
    void oneChangedByteInTheManifestFailsOpenssl() throws Exception {
        assumeTrue(BundleTools.onPath("openssl"), "openssl");
        Path bundle = exportPeriod();
        Path manifest = bundle.resolve(LogBundle.MANIFEST);
        byte[] bytes = Files.readAllBytes(manifest);
        bytes[0] = (byte) (bytes[0] == 'a' ? 'b' : 'a');
        Files.write(manifest, bytes);

        BundleTools.Result cms = BundleTools.opensslVerify(bundle, PKI.signerCertificate());
        assertNotEquals(0, cms.exitCode(), cms.output());
        LogBundleReader reader = LogBundleReader.open(bundle);
        assertFalse(reader.manifestSignatureValid(PKI.signerCertificate()));
        assertFalse(reader.verify(PKI.signerPin(), CheckpointPolicy.DEFAULT).ok());
    }

    @Test
    void rowDeletedFromTheCsvWithARecomputedManifestIsCaughtBySignatureAndChain() throws Exception {
        assumeTrue(BundleTools.onPath("openssl") && BundleTools.onPath("sha256sum"), "openssl and sha256sum");
        Path bundle = exportPeriod();
        Path csv = bundle.resolve(LogBundle.AUDIT_LOG);
        List<String> lines = new ArrayList<>(List.of(Files.readString(csv).split("\r\n")));
        assertTrue(lines.remove(lines.stream().filter(l -> l.startsWith("90,")).findFirst().orElseThrow()));
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
        rewriteManifest(bundle);

        assertEquals(0, BundleTools.sha256sumCheck(bundle).exitCode(), "the forger fixed the sums");
        assertNotEquals(0, BundleTools.opensslVerify(bundle, PKI.signerCertificate()).exitCode(), "but cannot sign them");
        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertTrue(verification.manifest().ok());
        assertFalse(verification.manifestSignatureValid());
        ChainBreak found = verification.chain().orElseThrow().firstBreak().orElseThrow();
        assertEquals(BreakKind.DELETED, found.kind());
        assertEquals(90, found.seq());
    }

    @Test
    void bundleOfAnotherSignerIsNotTrusted() throws IOException {
        Path bundle = exportPeriod();
        BundleVerification verification = LogBundleReader.open(bundle)
                .verify(TestPki.fresh().signerPin(), CheckpointPolicy.DEFAULT);
        assertFalse(verification.ok());
        assertFalse(verification.manifestSignatureValid());
        assertFalse(verification.signerPinned());
        assertTrue(verification.manifest().ok());
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path bundle = exportPeriod();
        Files.delete(bundle.resolve(LogBundle.CHECKPOINTS));
        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertEquals(List.of(LogBundle.CHECKPOINTS), verification.manifest().missing());
        assertTrue(verification.formatProblem().isPresent());
        assertFalse(verification.ok());
    }

    @Test
    void exportRefusesANonEmptyDirectoryAndAnEmptyPeriod() throws IOException {
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("other.txt"), "x");
        assertThrows(FileAlreadyExistsException.class,
                () -> exporter.export(used, chain.iterator(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> exporter.export(temp.resolve("empty"), List.<AuditRecord>of().iterator(), List.of()));
        assertFalse(Files.exists(temp.resolve("empty")));
    }

    @Test
    void failedExportLeavesNothingBehind() {
        Path bundle = temp.resolve("failed");
        Iterator<AuditRecord> failing = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public AuditRecord next() {
                if (++n > 10) {
                    throw new AuditLogReadException("connection lost", null);
                }
                return chain.get(n - 1);
            }
        };
        assertThrows(AuditLogReadException.class, () -> exporter.export(bundle, failing, List.of()));
        assertFalse(Files.exists(bundle));
    }

    @Test
    void pemCertificatesAreTheExportedOnes() throws Exception {
        Path bundle = exportPeriod();
        LogBundleReader reader = LogBundleReader.open(bundle);
        assertArrayEquals(PKI.caCertificate().getEncoded(), reader.caCertificate().getEncoded());
        assertArrayEquals(PKI.signerCertificate().getEncoded(), reader.signerCertificate().getEncoded());
        assertTrue(PKI.signerPin().trusts(reader.signerCertificate()));
    }

    @Test
    void bundleFilesAreOwnerOnly() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path bundle = exportPeriod();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle)));
        try (var files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.getFileName().toString());
            }
        }
    }

    @Test
    void exportRefusesRowsThatNoCheckpointVouchesAndLeavesNothing() {
        Path bundle = temp.resolve("uncovered");
        List<Checkpoint> upTo175 = checkpoints().stream().filter(c -> c.seq() <= 175).toList();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> exporter.export(bundle, chain.subList(50, 200).iterator(), upTo175));
        assertTrue(refused.getMessage().contains("SEQ 200"), refused.getMessage());
        assertFalse(Files.exists(bundle));
    }

    @Test
    void bundleWithoutCheckpointsFailsEvenWithTheGenuineSignature() throws Exception {
        Path bundle = exportPeriod();
        Files.delete(bundle.resolve(LogBundle.CHECKPOINTS));
        Files.writeString(bundle.resolve(LogBundle.CHECKPOINTS), "SEQ,ROW_HASH,SIGNED_AT,SIGNATURE\r\n");
        resign(bundle);
        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertTrue(verification.manifest().ok() && verification.manifestSignatureValid() && verification.signerPinned());
        assertTrue(verification.chain().orElseThrow().ok(), "the chain itself holds");
        assertFalse(verification.coverage().orElseThrow().covered());
        assertFalse(verification.ok());
        assertTrue(String.join("\n", verification.describe()).contains("有効なチェックポイントが 1 件もありません"),
                String.join("\n", verification.describe()));
    }

    @Test
    void rowsAfterTheLastCheckpointFailAndAreNamed() throws Exception {
        Path bundle = temp.resolve("tail");
        // an exporter that did not extend the range: the signer's own key, the last 25 rows unvouched
        exporter.export(bundle, chain.subList(50, 200).iterator(), checkpoints());
        Path csv = bundle.resolve(LogBundle.CHECKPOINTS);
        List<String> lines = new ArrayList<>(List.of(Files.readString(csv).split("\r\n")));
        assertTrue(lines.removeIf(l -> l.startsWith("200,")));
        Files.delete(csv);
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
        resign(bundle);
        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        CheckpointCoverage coverage = verification.coverage().orElseThrow();
        assertEquals(175, coverage.coveredUpTo());
        assertFalse(verification.ok());
        assertTrue(String.join("\n", verification.describe()).contains("SEQ 176 ～ 200"),
                String.join("\n", verification.describe()));
    }

    @Test
    void lateCheckpointsAreReportedButDoNotFail() throws Exception {
        Path bundle = temp.resolve("late");
        // the test chain's rows are months old; a checkpoint signed now is far later than 30 s after them
        List<Checkpoint> lateOnes = List.of(signer.sign(50, chain.get(49).rowHash(), Instant.now()),
                signer.sign(200, chain.get(199).rowHash(), Instant.now()));
        exporter.export(bundle, chain.subList(50, 200).iterator(), lateOnes);
        BundleVerification verification = LogBundleReader.open(bundle).verify(PKI.signerPin(), CheckpointPolicy.DEFAULT);
        assertTrue(verification.ok(), String.join("\n", verification.describe()));
        List<CheckpointCoverage.Gap> gaps = verification.coverage().orElseThrow().gaps();
        assertEquals(1, gaps.size());
        assertEquals(51, gaps.get(0).fromSeq());
        assertEquals(200, gaps.get(0).toSeq());
        assertTrue(String.join("\n", verification.describe()).contains("方針（30 秒または 1000 行ごと）を超えています"),
                String.join("\n", verification.describe()));
    }

    /** Re-computes the manifest and signs it with the genuine audit signing key (an insider's view). */
    private static void resign(Path bundle) throws IOException {
        rewriteManifest(bundle);
        Path signature = bundle.resolve(LogBundle.MANIFEST_SIGNATURE);
        Files.delete(signature);
        Files.write(signature, jp.mamori.db.pki.CmsSigner.signDetached(
                Files.readAllBytes(bundle.resolve(LogBundle.MANIFEST)), PKI.signerKey(), PKI.signerCertificate()));
    }

    private static void rewriteManifest(Path bundle) throws IOException {
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        for (String file : LogBundle.LISTED_FILES) {
            hashes.put(file, BundleManifest.sha256(bundle.resolve(file)));
        }
        Files.deleteIfExists(bundle.resolve(LogBundle.MANIFEST));
        Files.write(bundle.resolve(LogBundle.MANIFEST), BundleManifest.render(hashes));
        assertEquals(LogBundle.LISTED_FILES, hashes.keySet().stream().collect(Collectors.toList()));
    }
}
