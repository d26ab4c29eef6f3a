package jp.mamori.db.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Objects;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.pki.SecureFiles;

/**
 * The SHA-256 fingerprint of the one audit signing certificate a verifier trusts (ADR 0005). It is
 * printed by {@code mamori-server init}, kept in the server directory (not in the database, which
 * an administrator can change) and handed to auditors on paper. A bundle's own {@code signer.pem}
 * is trusted only when it has this fingerprint and mamori's audit-signing extended key usage; no
 * other certificate of the CA — a clerk's, a terminal's, the server's — signs anything verifiable.
 *
 * @param sha256 lower-case hex SHA-256 of the certificate's DER encoding
 */
public record AuditSignerPin(String sha256) {

    public AuditSignerPin {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an audit signer fingerprint is 64 hex digits (SHA-256)");
        }
    }

    /** The pin of {@code certificate}. */
    public static AuditSignerPin of(X509Certificate certificate) {
        return new AuditSignerPin(Pem.fingerprint(certificate));
    }

    /**
     * Reads a fingerprint as written by hand or by tools: plain hex, or colon-separated as
     * {@code openssl x509 -fingerprint -sha256} prints it (with or without its
     * {@code sha256 Fingerprint=} prefix); case and surrounding space do not matter.
     */
    public static AuditSignerPin parse(String text) {
        String value = Objects.requireNonNull(text, "text").strip();
        int equals = value.indexOf('=');
        if (equals >= 0) {
            value = value.substring(equals + 1);
        }
        return new AuditSignerPin(value.replace(":", "").strip().toLowerCase(Locale.ROOT));
    }

    /** Reads the pin file written by {@link #write(Path)}. */
    public static AuditSignerPin read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** Writes the pin, in openssl's form, to an owner-only file. */
    public void write(Path file) throws IOException {
        SecureFiles.writeOwnerOnly(file, "sha256 Fingerprint=" + display() + "\n");
    }

    /** Upper-case, colon-separated, as {@code openssl x509 -noout -fingerprint -sha256} shows it. */
    public String display() {
        StringBuilder sb = new StringBuilder(95);
        for (int i = 0; i < sha256.length(); i += 2) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(sha256, i, i + 2);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code certificate} is the pinned one and carries the audit-signing purpose. */
    public boolean trusts(X509Certificate certificate) {
        return certificate != null && sha256.equals(Pem.fingerprint(certificate))
                && CertificateChecks.hasPurpose(certificate, CertificatePurpose.AUDIT_SIGNING);
    }
}
