package jp.mamori.db.audit;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

/**
 * Signs the head of the 操作ログ chain with the audit signing key (EC P-256, SHA256withECDSA)
 * and checks such signatures. The key lives outside the database (ADR 0005); the caller decides
 * when to sign (see {@link CheckpointPolicy}).
 */
public final class CheckpointSigner {

    /** JCA name of the checkpoint signature algorithm. */
    public static final String ALGORITHM = "SHA256withECDSA";

    private final PrivateKey signingKey;

    public CheckpointSigner(PrivateKey signingKey) {
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        if (!"EC".equals(signingKey.getAlgorithm())) {
            throw new IllegalArgumentException("the audit signing key must be an EC key");
        }
    }

    /** Signs "the row {@code head.seq()} had hash {@code head.rowHash()} at {@code at}". */
    public Checkpoint sign(ChainPosition head, Instant at) {
        Objects.requireNonNull(head, "head");
        Instant signedAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        byte[] payload = Checkpoint.payload(head.seq(), head.rowHash(), signedAt);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(payload);
            String encoded = Base64.getEncoder().encodeToString(signature.sign());
            return new Checkpoint(head.seq(), head.rowHash(), signedAt, encoded);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the audit checkpoint", e);
        }
    }

    /** Same as {@link #sign(ChainPosition, Instant)} with the head given as its parts. */
    public Checkpoint sign(long seq, String rowHash, Instant at) {
        return sign(new ChainPosition(seq, rowHash), at);
    }

    /**
     * Whether the checkpoint's signature verifies with the certificate's key and the certificate
     * was valid at the checkpoint's {@code signedAt}. Malformed Base64 counts as invalid.
     */
    public static boolean signatureValid(Checkpoint checkpoint, X509Certificate certificate) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(certificate, "certificate");
        try {
            certificate.checkValidity(Date.from(checkpoint.signedAt()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(certificate.getPublicKey());
            signature.update(checkpoint.signedPayload());
            return signature.verify(der);
        } catch (java.security.SignatureException e) {
            // A DER structure that is not an ECDSA signature: not a valid signature.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot verify with the audit signing certificate", e);
        }
    }
}
