package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.security.cert.X509Certificate;
import jp.mamori.db.audit.AuditRecord;
import jp.mamori.db.audit.AuditSignerPin;
import jp.mamori.db.audit.BundleTools;
import jp.mamori.db.audit.BundleRowCursor;
import jp.mamori.db.audit.ChainHash;
import jp.mamori.db.audit.Checkpoint;
import jp.mamori.db.audit.CheckpointSigner;
import jp.mamori.db.audit.LogBundleReader;
import jp.mamori.db.pki.CmsSigner;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.KeyFiles;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.server.ServerCommand;
import jp.mamori.db.server.ServerLayout;
import jp.mamori.db.testing.TestServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk who got hold of an exported bundle removes the rows that show what they did, renumbers
 * and re-chains the rest, and signs the result with their own key file from the city's CA. The
 * forgery is consistent in itself ({@code sha256sum -c} passes), so only the pinned audit signer
 * can expose it: the README's {@code openssl cms -verify} and {@code mamori-server verify --bundle}
 * must both reject it, with or without (clerk-signed) checkpoints.
 */
class ForgedAuditExportTest {

    @TempDir
    static Path dir;

    private static ServerLayout layout;
    private static Path genuine;

    @BeforeAll
    static void exportAGenuineBundle() throws Exception {
        layout = TestServer.get().server().layout();
        // export-log waits for the checkpoint that vouches the period's last row: sign promptly
        TestServer.setting("audit.checkpointSeconds", "1");
        // a few audited actions of today, then let the checkpointer sign the head
        for (int i = 0; i < 3; i++) {
            TestServer.login("zeimu.clerk").close();
        }
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        genuine = dir.resolve("genuine");
        Output export = mamoriServer("export-log", "--dir", layout.root().toString(), "--port",
                Integer.toString(TestServer.get().server().port()), "--from", today, "--to", today,
                "--out", genuine.toString());
        assertEquals(0, export.status, export.text);
        long started = System.nanoTime();
        Output verified = mamoriServer("verify", "--dir", layout.root().toString(), "--bundle", genuine.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, verified.status, "the genuine bundle verifies: " + verified.text);
        System.out.println("verify --bundle of " + (Files.readAllLines(genuine.resolve("audit-log.csv")).size() - 1)
                + " CSV lines took " + millis + " ms: " + verified.text.strip().replace('\n', ' '));
        BundleTools.Result openssl = BundleTools.opensslVerify(genuine, pinnedSigner());
        assertEquals(0, openssl.exitCode(), "the README's openssl command accepts the genuine bundle: " + openssl.output());
    }

    @AfterAll
    static void restoreCadence() throws Exception {
        TestServer.setting("audit.checkpointSeconds", "30");
    }

    @Test
    void theReadmeGivesTheTestedOpensslCommand() throws IOException {
        assertTrue(Files.readString(Path.of("..", "README.md")).contains(BundleTools.README_OPENSSL),
                "README.md documents exactly the command this test runs");
        assertTrue(Files.readString(genuine.resolve("README.txt")).contains(BundleTools.README_OPENSSL),
                "the bundle's README.txt too");
    }

    /** The security officer's copy of the audit signing certificate: the server's, with the pinned fingerprint. */
    private static X509Certificate pinnedSigner() throws IOException {
        X509Certificate signer = Pem.read(layout.auditSigningCertificate());
        assertTrue(AuditSignerPin.read(layout.auditSignerPin()).trusts(signer), "the server's pin names it");
        return signer;
    }

    @Test
    void clerkSignedBundleWithoutCheckpointsIsRejected() throws Exception {
        Path forged = forge("no-checkpoints", false, false);
        assertForgeryRejected(forged);
    }

    @Test
    void clerkSignatureBesideTheGenuineSignerCertificateIsRejected() throws Exception {
        Path forged = forge("genuine-signer-pem", true, true);
        assertForgeryRejected(forged);
    }

    @Test
    void clerkSignedBundleWithClerkSignedCheckpointsIsRejected() throws Exception {
        Path forged = forge("clerk-checkpoints", true, false);
        assertForgeryRejected(forged);
    }

    private static void assertForgeryRejected(Path forged) throws Exception {
        Tool sha = run(forged, "sha256sum", "-c", "MANIFEST.sha256");
        assertEquals(0, sha.exit, "the forgery is consistent in itself: " + sha.output);

        BundleTools.Result openssl = BundleTools.opensslVerify(forged, pinnedSigner());
        assertNotEquals(0, openssl.exitCode(), "openssl accepted a clerk's signature: " + openssl.output());

        Output verify = mamoriServer("verify", "--dir", layout.root().toString(), "--bundle", forged.toString());
        assertEquals(3, verify.status, "mamori-server verify accepted the forgery: " + verify.text);
        assertTrue(verify.text.contains("signer.pem") || verify.text.contains("MANIFEST.sha256.p7s"), verify.text);
        assertTrue(!verify.text.contains("検証に成功しました"), verify.text);
        Output byFingerprint = mamoriServer("verify", "--bundle", forged.toString(), "--signer-fingerprint",
                AuditSignerPin.read(layout.auditSignerPin()).display());
        assertEquals(3, byFingerprint.status, "verify with the fingerprint from paper: " + byFingerprint.text);
    }

    /** Drops the second row, renumbers and re-chains the rest, signs everything with the clerk's key. */
    private static Path forge(String name, boolean withCheckpoints, boolean keepSignerPem) throws Exception {
        Path forged = dir.resolve(name);
        Files.createDirectories(forged);
        List<AuditRecord> rows = new ArrayList<>();
        try (BundleRowCursor cursor = LogBundleReader.open(genuine).rows()) {
            cursor.forEachRemaining(rows::add);
        }
        assertTrue(rows.size() >= 3, "the genuine bundle has rows to remove");
        rows.remove(1);
        List<AuditRecord> rechained = new ArrayList<>();
        String prev = rows.get(0).prevHash();
        long seq = rows.get(0).seq();
        for (AuditRecord r : rows) {
            String hash = ChainHash.rowHash(seq, r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                    r.screen(), r.action(), r.target(), r.outcome().name(), r.detail(), prev);
            rechained.add(new AuditRecord(seq, r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                    r.screen(), r.action(), r.target(), r.outcome(), r.detail(), prev, hash));
            prev = hash;
            seq++;
        }

        IssuedCredential clerk = IssuedCredential.readPkcs12(TestServer.user("zeimu.clerk").pkcs12(),
                KeyFiles.staffStorePassword());
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (withCheckpoints) {
            AuditRecord last = rechained.get(rechained.size() - 1);
            checkpoints.add(new CheckpointSigner(clerk.key()).sign(last.seq(), last.rowHash(), Instant.now()));
        }

        write(forged.resolve("audit-log.csv"), logCsv(rechained));
        write(forged.resolve("checkpoints.csv"), checkpointCsv(checkpoints));
        for (String copied : List.of("chain-start.txt", "ca.pem", "README.txt")) {
            Files.copy(genuine.resolve(copied), forged.resolve(copied));
        }
        if (keepSignerPem) {
            Files.copy(genuine.resolve("signer.pem"), forged.resolve("signer.pem"));
        } else {
            write(forged.resolve("signer.pem"), pem(clerk.certificate().getEncoded()));
        }
        StringBuilder manifest = new StringBuilder();
        for (String file : List.of("audit-log.csv", "checkpoints.csv", "chain-start.txt", "ca.pem", "signer.pem",
                "README.txt")) {
            manifest.append(sha256(Files.readAllBytes(forged.resolve(file)))).append("  ").append(file).append('\n');
        }
        byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(forged.resolve("MANIFEST.sha256"), manifestBytes);
        Files.write(forged.resolve("MANIFEST.sha256.p7s"),
                CmsSigner.signDetached(manifestBytes, clerk.key(), clerk.certificate()));
        return forged;
    }

    private static String logCsv(List<AuditRecord> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader("SEQ", "AT_UTC", "USER_NAME",
                "ROLE_CODE", "SECTION_CODE", "TERMINAL_ID", "SCREEN", "ACTION", "TARGET", "OUTCOME", "DETAIL",
                "PREV_HASH", "ROW_HASH").get())) {
            for (AuditRecord r : rows) {
                csv.printRecord(Long.toString(r.seq()), ChainHash.formatAt(r.at()), r.userName(), r.roleCode(),
                        r.sectionCode(), r.terminalId(), r.screen(), r.action(), r.target(), r.outcome().name(),
                        r.detail(), r.prevHash(), r.rowHash());
            }
        }
        return text.toString();
    }

    private static String checkpointCsv(List<Checkpoint> checkpoints) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text,
                CSVFormat.RFC4180.builder().setHeader("SEQ", "ROW_HASH", "SIGNED_AT", "SIGNATURE").get())) {
            for (Checkpoint c : checkpoints) {
                csv.printRecord(Long.toString(c.seq()), c.rowHash(), ChainHash.formatAt(c.signedAt()), c.signature());
            }
        }
        return text.toString();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private record Output(int status, String text) {
    }

    private static Output mamoriServer(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ServerCommand.run(args, out, out);
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Tool(int exit, String output) {
    }

    private static Tool run(Path workingDirectory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "command finished: " + String.join(" ", command));
        return new Tool(process.exitValue(), output);
    }
}
