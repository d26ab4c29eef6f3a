package jp.mamori.db.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** A private key with its certificate and the CA certificate it chains to. */
public record IssuedCredential(PrivateKey key, X509Certificate certificate, X509Certificate caCertificate) {

    /** The alias under which the key entry is stored in a PKCS#12 file. */
    public static final String ALIAS = "mamori";

    /** Writes a PKCS#12 file readable only by the owner (where the file system allows). */
    public void writePkcs12(Path file, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = certificate.equals(caCertificate)
                    ? new Certificate[] {certificate}
                    : new Certificate[] {certificate, caCertificate};
            store.setKeyEntry(ALIAS, key, password, chain);
            Files.createDirectories(file.toAbsolutePath().getParent());
            SecureFiles.createOwnerOnly(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write PKCS#12 " + file.getFileName(), e);
        }
    }

    /**
     * The PKCS#12 bytes of this credential, encrypted with {@code password} (a terminal's key file
     * returned once by the administrator's procedure, ADR 0015).
     */
    public byte[] toPkcs12(char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = certificate.equals(caCertificate)
                    ? new Certificate[] {certificate}
                    : new Certificate[] {certificate, caCertificate};
            store.setKeyEntry(ALIAS, key, password, chain);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encode PKCS#12", e);
        }
    }

    /** Reads a PKCS#12 file written by {@link #writePkcs12(Path, char[])}. */
    public static IssuedCredential readPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        String alias = store.containsAlias(ALIAS) ? ALIAS : store.aliases().nextElement();
        if (!store.isKeyEntry(alias)) {
            throw new GeneralSecurityException("no key entry in the PKCS#12 file");
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length < 1) {
            throw new GeneralSecurityException("the PKCS#12 file holds no certificate chain");
        }
        return new IssuedCredential(key, (X509Certificate) chain[0], (X509Certificate) chain[chain.length - 1]);
    }
}
