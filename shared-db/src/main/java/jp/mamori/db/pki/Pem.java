package jp.mamori.db.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/** PEM text for certificates, and certificate fingerprints. */
public final class Pem {

    private Pem() {
    }

    public static String encode(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    public static void write(Path file, X509Certificate certificate) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, encode(certificate), StandardCharsets.US_ASCII);
    }

    public static X509Certificate read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    public static X509Certificate parse(byte[] pemOrDer) throws IOException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pemOrDer));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an X.509 certificate", e);
        }
    }

    /** Lower-case hex SHA-256 of the DER encoding. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("certificate cannot be hashed", e);
        }
    }

    /** The serial number as upper-case hex, the form stored in the database. */
    public static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
    }
}
