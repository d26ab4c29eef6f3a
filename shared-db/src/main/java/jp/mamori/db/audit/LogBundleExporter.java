package jp.mamori.db.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.mamori.db.pki.CmsSigner;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an audit log bundle (ADR 0005) for a contiguous run of rows — a period chosen by the
 * 情報セキュリティ担当 — into a new directory. The rows are streamed to the CSV as they come; the
 * bundle can be checked with {@code sha256sum -c} and {@code openssl cms -verify} alone, and in full
 * with {@link LogBundleReader}. The rows are written as stored: a tampered database exports a bundle
 * whose verification shows the tampering.
 */
public final class LogBundleExporter {

    /** What was written. */
    public record ExportSummary(Path directory, long rows, long firstSeq, long lastSeq, int checkpoints) {
    }

    private static final String README_TEMPLATE = "bundle-README.txt";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final PrivateKey signingKey;
    private final X509Certificate signerCertificate;
    private final X509Certificate caCertificate;
    private final Clock clock;

    /**
     * @param signingKey        the audit signing key (signs the manifest)
     * @param signerCertificate its certificate, included in the bundle and in the signature
     * @param caCertificate     the CA that issued it, included so that openssl can build the chain
     */
    public LogBundleExporter(PrivateKey signingKey, X509Certificate signerCertificate, X509Certificate caCertificate) {
        this(signingKey, signerCertificate, caCertificate, Clock.systemUTC());
    }

    LogBundleExporter(PrivateKey signingKey, X509Certificate signerCertificate, X509Certificate caCertificate,
            Clock clock) {
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.signerCertificate = Objects.requireNonNull(signerCertificate, "signerCertificate");
        this.caCertificate = Objects.requireNonNull(caCertificate, "caCertificate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the bundle.
     *
     * @param directory   a directory that does not exist yet or is empty
     * @param rows        the rows of the period in SEQ order (e.g. an {@link AuditRowCursor})
     * @param checkpoints signed checkpoints; those from the row before the first exported row up to
     *                    the last exported row are included, and one must name the last row
     *                    (every exported row is then vouched by a checkpoint)
     * @throws IllegalArgumentException if there are no rows
     * @throws IllegalStateException    if no checkpoint names the last row; nothing is left behind
     * @throws IOException              if the directory is not empty or cannot be written; files
     *                                  already written are removed again
     */
    public ExportSummary export(Path directory, Iterator<AuditRecord> rows, Collection<Checkpoint> checkpoints)
            throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(checkpoints, "checkpoints");
        if (!rows.hasNext()) {
            throw new IllegalArgumentException("there are no audit rows to export");
        }
        boolean created = prepare(directory);
        List<Path> written = new ArrayList<>();
        try {
            return write(directory, rows, checkpoints, written);
        } catch (IOException | RuntimeException e) {
            removeAgain(directory, written, created, e);
            throw e;
        }
    }

    private ExportSummary write(Path dir, Iterator<AuditRecord> rows, Collection<Checkpoint> checkpoints,
            List<Path> written) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        written.add(dir.resolve(LogBundle.AUDIT_LOG));
        RowStats stats = writeRows(dir.resolve(LogBundle.AUDIT_LOG), rows);
        hashes.put(LogBundle.AUDIT_LOG, stats.sha256);

        List<Checkpoint> included = checkpoints.stream()
                .filter(c -> c.seq() >= stats.firstSeq - 1 && c.seq() <= stats.lastSeq)
                .sorted(Comparator.comparingLong(Checkpoint::seq))
                .toList();
        if (included.stream().noneMatch(c -> c.seq() == stats.lastSeq)) {
            throw new IllegalStateException("no checkpoint vouches the last exported row (SEQ " + stats.lastSeq
                    + "): a bundle must end at a checkpoint (ADR 0005)");
        }
        hashes.put(LogBundle.CHECKPOINTS, writeFile(dir, LogBundle.CHECKPOINTS, checkpointsCsv(included), written));
        String chainStart = "first_seq=" + stats.firstSeq + "\nprev_hash=" + stats.firstPrevHash + "\n";
        hashes.put(LogBundle.CHAIN_START, writeFile(dir, LogBundle.CHAIN_START, utf8(chainStart), written));
        hashes.put(LogBundle.CA, writeFile(dir, LogBundle.CA, pem(caCertificate), written));
        hashes.put(LogBundle.SIGNER, writeFile(dir, LogBundle.SIGNER, pem(signerCertificate), written));
        hashes.put(LogBundle.README, writeFile(dir, LogBundle.README, readme(stats, included.size()), written));

        byte[] manifest = BundleManifest.render(hashes);
        writeFile(dir, LogBundle.MANIFEST, manifest, written);
        writeFile(dir, LogBundle.MANIFEST_SIGNATURE, CmsSigner.signDetached(manifest, signingKey, signerCertificate),
                written);
        return new ExportSummary(dir, stats.rows, stats.firstSeq, stats.lastSeq, included.size());
    }

    /** Facts about the exported rows gathered while streaming them. */
    private static final class RowStats {
        long rows;
        long firstSeq;
        long lastSeq;
        String firstPrevHash;
        Instant firstAt;
        Instant lastAt;
        String sha256;
    }

    private static RowStats writeRows(Path file, Iterator<AuditRecord> rows) throws IOException {
        RowStats stats = new RowStats();
        MessageDigest sha = ChainHash.sha256();
        try (OutputStream out = new DigestOutputStream(newOwnerOnlyFile(file), sha);
                CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                        AuditLogCsv.writeFormat(AuditLogCsv.LOG_COLUMNS))) {
            while (rows.hasNext()) {
                AuditRecord row = rows.next();
                if (stats.rows == 0) {
                    stats.firstSeq = row.seq();
                    stats.firstPrevHash = row.prevHash();
                    stats.firstAt = row.at();
                }
                stats.rows++;
                stats.lastSeq = row.seq();
                stats.lastAt = row.at();
                csv.printRecord(AuditLogCsv.values(row));
            }
        }
        stats.sha256 = HexFormat.of().formatHex(sha.digest());
        return stats;
    }

    private static byte[] checkpointsCsv(List<Checkpoint> checkpoints) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, AuditLogCsv.writeFormat(AuditLogCsv.CHECKPOINT_COLUMNS))) {
            for (Checkpoint checkpoint : checkpoints) {
                csv.printRecord(AuditLogCsv.values(checkpoint));
            }
        }
        return utf8(text.toString());
    }

    private byte[] readme(RowStats stats, int checkpoints) throws IOException {
        String template;
        try (InputStream in = LogBundleExporter.class.getResourceAsStream(README_TEMPLATE)) {
            if (in == null) {
                throw new IOException("bundle README template is missing from the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return utf8(template
                .replace("${EXPORTED_AT}", ChainHash.formatAt(clock.instant()))
                .replace("${FIRST_SEQ}", Long.toString(stats.firstSeq))
                .replace("${LAST_SEQ}", Long.toString(stats.lastSeq))
                .replace("${ROWS}", Long.toString(stats.rows))
                .replace("${FIRST_AT}", ChainHash.formatAt(stats.firstAt))
                .replace("${LAST_AT}", ChainHash.formatAt(stats.lastAt))
                .replace("${CHECKPOINTS}", Integer.toString(checkpoints)));
    }

    /** PEM with 64-character lines and LF line ends. */
    static byte[] pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
            return utf8("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the certificate", e);
        }
    }

    private static String writeFile(Path dir, String name, byte[] content, List<Path> written) throws IOException {
        Path file = dir.resolve(name);
        written.add(file);
        try (OutputStream out = newOwnerOnlyFile(file)) {
            out.write(content);
        }
        return BundleManifest.sha256(content);
    }

    /**
     * A new file only the exporting account can read (0600 where POSIX permissions exist): the
     * log names staff and what they did, and the bundle's directory is owner-only too (0700).
     */
    private static OutputStream newOwnerOnlyFile(Path file) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Creates the directory or checks that it is empty; true if it was created. */
    private static boolean prepare(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                if (entries.iterator().hasNext()) {
                    throw new FileAlreadyExistsException(directory.toString(), null, "the export directory is not empty");
                }
            }
            if (posix(directory)) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
            }
            return false;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (posix(directory)) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        } else {
            Files.createDirectory(directory);
        }
        return true;
    }

    private static void removeAgain(Path directory, List<Path> written, boolean created, Exception failure) {
        try {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            if (created) {
                Files.deleteIfExists(directory);
            }
        } catch (IOException | UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }
}
