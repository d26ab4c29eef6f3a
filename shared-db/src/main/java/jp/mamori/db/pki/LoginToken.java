package jp.mamori.db.pki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a client puts into H2's password field for a realm login (ADR 0002): the password, the
 * staff certificate and the terminal certificate, and two signatures — one by the staff member's
 * private key, one by the designated terminal's private key — over the user name, terminal id,
 * time and a fresh nonce. The server accepts each nonce once and only while the time is fresh.
 */
public record LoginToken(
        String userName,
        String terminalId,
        Instant issuedAt,
        String nonce,
        X509Certificate staffCertificate,
        X509Certificate terminalCertificate,
        byte[] staffSignature,
        byte[] terminalSignature,
        char[] password) {

    /** Prefix that marks the password field as a mamori login token. */
    public static final String PREFIX = "MAMORI1:";
    /** Upper bound of an encoded token, far above a real one (about 2 KB). */
    public static final int MAX_ENCODED_LENGTH = 16 * 1024;

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Creates and signs a token now. */
    public static LoginToken create(String userName, String terminalId, char[] password,
            PrivateKey staffKey, X509Certificate staffCertificate,
            PrivateKey terminalKey, X509Certificate terminalCertificate, Instant now) throws GeneralSecurityException {
        return create(userName, terminalId, password, staffKey, null, staffCertificate, terminalKey,
                terminalCertificate, now);
    }

    /**
     * Creates and signs a token now, the staff signature made by {@code staffKeyProvider}: a key on a
     * PKCS#11 token is only a handle that no installed provider accepts, so its token's provider
     * must sign.
     *
     * @param staffKeyProvider the provider holding the staff key, or {@code null} for the installed ones
     */
    public static LoginToken create(String userName, String terminalId, char[] password,
            PrivateKey staffKey, Provider staffKeyProvider, X509Certificate staffCertificate,
            PrivateKey terminalKey, X509Certificate terminalCertificate, Instant now) throws GeneralSecurityException {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        byte[] signed = signedBytes(userName, terminalId, now, nonce, staffCertificate, terminalCertificate);
        return new LoginToken(userName, terminalId, now, nonce, staffCertificate, terminalCertificate,
                sign(staffKey, staffKeyProvider, signed), sign(terminalKey, null, signed), password.clone());
    }

    /** The bytes both signatures cover. */
    public byte[] signedBytes() {
        return signedBytes(userName, terminalId, issuedAt, nonce, staffCertificate, terminalCertificate);
    }

    /** Whether the staff signature was made with the key of the staff certificate. */
    public boolean staffSignatureValid() {
        return verify(staffCertificate, staffSignature);
    }

    /** Whether the terminal signature was made with the key of the terminal certificate. */
    public boolean terminalSignatureValid() {
        return verify(terminalCertificate, terminalSignature);
    }

    private boolean verify(X509Certificate cert, byte[] signature) {
        try {
            Signature s = Signature.getInstance(SIGNATURE);
            s.initVerify(cert.getPublicKey());
            s.update(signedBytes());
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Encodes the token for the password field. */
    public String encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(userName);
            out.writeUTF(terminalId);
            out.writeLong(issuedAt.toEpochMilli());
            out.writeUTF(nonce);
            writeBytes(out, staffCertificate.getEncoded());
            writeBytes(out, terminalCertificate.getEncoded());
            writeBytes(out, staffSignature);
            writeBytes(out, terminalSignature);
            writeBytes(out, new String(password).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("token cannot be encoded", e);
        }
    }

    /** Decodes a password field; anything malformed is an {@link IllegalArgumentException}. */
    public static LoginToken decode(String field) {
        if (field == null || !field.startsWith(PREFIX) || field.length() > MAX_ENCODED_LENGTH) {
            throw new IllegalArgumentException("not a mamori login token");
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(field.substring(PREFIX.length()));
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw));
            String user = in.readUTF();
            String terminal = in.readUTF();
            Instant at = Instant.ofEpochMilli(in.readLong());
            String nonce = in.readUTF();
            X509Certificate staff = Pem.parse(readBytes(in));
            X509Certificate terminalCert = Pem.parse(readBytes(in));
            byte[] staffSig = readBytes(in);
            byte[] terminalSig = readBytes(in);
            char[] password = new String(readBytes(in), StandardCharsets.UTF_8).toCharArray();
            if (in.available() != 0 || !nonce.matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("malformed login token");
            }
            return new LoginToken(user, terminal, at, nonce, staff, terminalCert, staffSig, terminalSig, password);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed login token", e);
        }
    }

    private static byte[] signedBytes(String userName, String terminalId, Instant at, String nonce,
            X509Certificate staff, X509Certificate terminal) {
        String text = "mamori-login-v1\n" + userName + "\n" + terminalId + "\n" + at.toEpochMilli() + "\n" + nonce
                + "\n" + Pem.fingerprint(staff) + "\n" + Pem.fingerprint(terminal) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sign(PrivateKey key, Provider provider, byte[] data) throws GeneralSecurityException {
        Signature s = provider == null ? Signature.getInstance(SIGNATURE) : Signature.getInstance(SIGNATURE, provider);
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    private static void writeBytes(DataOutputStream out, byte[] data) throws IOException {
        out.writeShort(data.length);
        out.write(data);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] data = new byte[length];
        in.readFully(data);
        return data;
    }
}
