package jp.mamori.db.pki;

import org.bouncycastle.asn1.x509.KeyPurposeId;

/** What a certificate issued by the project CA may be used for. */
public enum CertificatePurpose {
    /** A staff member's login certificate (利用者証明書). */
    STAFF(KeyPurposeId.id_kp_clientAuth),
    /** A designated terminal's certificate (指定端末証明書). */
    TERMINAL(KeyPurposeId.id_kp_clientAuth),
    /** The database server's TLS certificate. */
    SERVER_TLS(KeyPurposeId.id_kp_serverAuth),
    /** The key that signs audit checkpoints and exported log bundles. */
    AUDIT_SIGNING(KeyPurposeId.id_kp_emailProtection);

    private final KeyPurposeId keyPurpose;

    CertificatePurpose(KeyPurposeId keyPurpose) {
        this.keyPurpose = keyPurpose;
    }

    KeyPurposeId keyPurpose() {
        return keyPurpose;
    }
}
