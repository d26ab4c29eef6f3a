package jp.mamori.db.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mamori.db.pki.CmsSigner;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an audit log bundle written by {@link LogBundleExporter} back into rows and checkpoints
 * for {@link ChainVerifier}, and checks the manifest and its signature. Nothing in the bundle is
 * trusted by itself: the caller supplies the fingerprint of the one audit signing certificate it
 * trusts ({@link AuditSignerPin}, printed at {@code init}), not the bundle's {@code ca.pem}.
 */
public final class LogBundleReader {

    private final Path directory;

    private LogBundleReader(Path directory) {
        this.directory = directory;
    }

    /** A reader of the bundle in {@code directory}; files are read when asked for. */
    public static LogBundleReader open(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "not a bundle directory");
        }
        return new LogBundleReader(directory);
    }

    public Path directory() {
        return directory;
    }

    /** Recomputes the SHA-256 of every listed file and names those that differ or are missing. */
    public ManifestCheck checkManifest() throws IOException {
        return BundleManifest.check(directory);
    }

    /** Whether the manifest's CMS signature was made by exactly {@code pinnedSigner}. */
    public boolean manifestSignatureValid(X509Certificate pinnedSigner) throws IOException {
        Path manifest = directory.resolve(LogBundle.MANIFEST);
        Path signature = directory.resolve(LogBundle.MANIFEST_SIGNATURE);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(signature)) {
            return false;
        }
        return CmsSigner.verifyDetachedBy(Files.readAllBytes(manifest), Files.readAllBytes(signature), pinnedSigner);
    }

    /** The vouched position before the first row: ({@code first_seq - 1}, {@code prev_hash}). */
    public ChainPosition chainStart() throws IOException {
        Long firstSeq = null;
        String prevHash = null;
        for (String line : Files.readAllLines(directory.resolve(LogBundle.CHAIN_START), StandardCharsets.UTF_8)) {
            if (line.startsWith("first_seq=") && firstSeq == null) {
                try {
                    firstSeq = Long.parseLong(line.substring("first_seq=".length()));
                } catch (NumberFormatException e) {
                    throw new BundleFormatException(LogBundle.CHAIN_START, "first_seq is not a number", e);
                }
            } else if (line.startsWith("prev_hash=") && prevHash == null) {
                prevHash = line.substring("prev_hash=".length());
            } else if (!line.isEmpty()) {
                throw new BundleFormatException(LogBundle.CHAIN_START, "unexpected line");
            }
        }
        if (firstSeq == null || firstSeq < 1 || !ChainPosition.isHash(prevHash)) {
            throw new BundleFormatException(LogBundle.CHAIN_START, "first_seq and prev_hash are required");
        }
        return new ChainPosition(firstSeq - 1, prevHash);
    }

    /** The checkpoints in {@code checkpoints.csv}. */
    public List<Checkpoint> checkpoints() throws IOException {
        try (Reader in = Files.newBufferedReader(directory.resolve(LogBundle.CHECKPOINTS), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, AuditLogCsv.READ)) {
            AuditLogCsv.requireHeader(parser.getHeaderNames(), AuditLogCsv.CHECKPOINT_COLUMNS, LogBundle.CHECKPOINTS);
            List<Checkpoint> result = new ArrayList<>();
            for (CSVRecord record : parser) {
                result.add(AuditLogCsv.checkpoint(record));
            }
            return result;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BundleFormatException(LogBundle.CHECKPOINTS, "the CSV cannot be parsed", e);
        }
    }

    /** The rows of {@code audit-log.csv}, streamed; the caller closes the cursor. */
    public BundleRowCursor rows() throws IOException {
        Reader in = Files.newBufferedReader(directory.resolve(LogBundle.AUDIT_LOG), StandardCharsets.UTF_8);
        try {
            CSVParser parser = CSVParser.parse(in, AuditLogCsv.READ);
            AuditLogCsv.requireHeader(parser.getHeaderNames(), AuditLogCsv.LOG_COLUMNS, LogBundle.AUDIT_LOG);
            return new BundleRowCursor(parser);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                throw new BundleFormatException(LogBundle.AUDIT_LOG, "the CSV header cannot be parsed", e);
            }
            throw e;
        }
    }

    public X509Certificate caCertificate() throws IOException {
        return certificate(LogBundle.CA);
    }

    public X509Certificate signerCertificate() throws IOException {
        return certificate(LogBundle.SIGNER);
    }

    /**
     * Runs every check: manifest hashes; the bundle's signer certificate against the pinned
     * fingerprint (a bundle's own {@code signer.pem} is never trusted by itself); the manifest
     * signature by that certificate only; the hash chain from the vouched start with the
     * checkpoints whose signature that certificate verifies; and that a checkpoint vouches the last
     * row, with gaps beyond {@code policy} reported.
     */
    public BundleVerification verify(AuditSignerPin pin, CheckpointPolicy policy) throws IOException {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(policy, "policy");
        ManifestCheck manifest = checkManifest();
        X509Certificate signer;
        try {
            signer = signerCertificate();
        } catch (BundleFormatException | NoSuchFileException e) {
            return new BundleVerification(manifest, false, false, Optional.empty(), Optional.empty(),
                    Optional.of(e.getMessage()));
        }
        if (!pin.trusts(signer)) {
            return new BundleVerification(manifest, false, false, Optional.empty(), Optional.empty(), Optional.empty());
        }
        boolean signatureValid = manifestSignatureValid(signer);
        try {
            List<Checkpoint> checkpoints = checkpoints();
            VerificationReport report;
            try (BundleRowCursor rows = rows()) {
                report = new ChainVerifier(signer).verify(rows, checkpoints, chainStart());
            }
            List<Checkpoint> signed = checkpoints.stream()
                    .filter(c -> CheckpointSigner.signatureValid(c, signer)).toList();
            CheckpointCoverage coverage;
            try (BundleRowCursor rows = rows()) {
                coverage = CheckpointCoverage.of(rows, signed, policy);
            }
            return new BundleVerification(manifest, signatureValid, true, Optional.of(report), Optional.of(coverage),
                    Optional.empty());
        } catch (BundleFormatException | NoSuchFileException e) {
            return new BundleVerification(manifest, signatureValid, true, Optional.empty(), Optional.empty(),
                    Optional.of(e.getMessage()));
        }
    }

    private X509Certificate certificate(String file) throws IOException {
        try (InputStream in = Files.newInputStream(directory.resolve(file))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new BundleFormatException(file, "not a PEM X.509 certificate", e);
        }
    }
}
