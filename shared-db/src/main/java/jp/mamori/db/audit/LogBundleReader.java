package jp.mamori.db.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
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
 * trusted by itself: the caller supplies the CA certificate it trusts (its own copy, not the
 * bundle's {@code ca.pem}).
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

    /** Whether the manifest's CMS signature verifies with a certificate issued by {@code trustedCa}. */
    public boolean manifestSignatureValid(X509Certificate trustedCa) throws IOException {
        Path manifest = directory.resolve(LogBundle.MANIFEST);
        Path signature = directory.resolve(LogBundle.MANIFEST_SIGNATURE);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(signature)) {
            return false;
        }
        return CmsSigner.verifyDetached(Files.readAllBytes(manifest), Files.readAllBytes(signature), trustedCa);
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

    /** Whether the bundle's signer certificate was issued (signed) by {@code trustedCa}. */
    public boolean signerIssuedBy(X509Certificate trustedCa) throws IOException {
        X509Certificate signer = signerCertificate();
        try {
            signer.verify(trustedCa.getPublicKey());
            return signer.getIssuerX500Principal().equals(trustedCa.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Runs every check: manifest hashes, manifest signature, signer certificate against
     * {@code trustedCa}, and the hash chain with its checkpoints from the vouched start.
     */
    public BundleVerification verify(X509Certificate trustedCa) throws IOException {
        Objects.requireNonNull(trustedCa, "trustedCa");
        ManifestCheck manifest = checkManifest();
        boolean signatureValid = manifestSignatureValid(trustedCa);
        boolean signerTrusted;
        X509Certificate signer;
        try {
            signer = signerCertificate();
            signerTrusted = signerIssuedBy(trustedCa);
        } catch (BundleFormatException | NoSuchFileException e) {
            return new BundleVerification(manifest, signatureValid, false, Optional.empty(),
                    Optional.of(e.getMessage()));
        }
        try (BundleRowCursor rows = rows()) {
            VerificationReport report = new ChainVerifier(signer).verify(rows, checkpoints(), chainStart());
            return new BundleVerification(manifest, signatureValid, signerTrusted, Optional.of(report), Optional.empty());
        } catch (BundleFormatException | NoSuchFileException e) {
            return new BundleVerification(manifest, signatureValid, signerTrusted, Optional.empty(),
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
