package jp.mamori.db.pki;

import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/** What a certificate issued by the project CA may be used for. */
public enum CertificatePurpose {
    /** A staff member's login certificate (利用者証明書). */
    STAFF(KeyPurposeId.id_kp_clientAuth),
    /** A designated terminal's certificate (指定端末証明書). */
    TERMINAL(KeyPurposeId.id_kp_clientAuth),
    /** The database server's TLS certificate. */
    SERVER_TLS(KeyPurposeId.id_kp_serverAuth),
    /**
     * The one key that signs audit checkpoints and exported log bundles (監査署名鍵). It is told
     * apart by mamori's own extended key usage {@link #AUDIT_SIGNING_OID}, which no other
     * certificate of the CA carries; {@code emailProtection} is added only so that
     * {@code openssl cms -verify -purpose smimesign} accepts its CMS signatures (ADR 0005).
     */
    AUDIT_SIGNING(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(CertificatePurpose.AUDIT_SIGNING_OID)),
            KeyPurposeId.id_kp_emailProtection);

    /**
     * mamori's audit-signing extended key usage: a UUID-based OID (ITU-T X.667, arc 2.25) of
     * UUID 490840bb-8bd8-4802-ba88-7e5c44699f04, unique without registration.
     */
    public static final String AUDIT_SIGNING_OID = "2.25.97076495000328045620269533226892631812";

    private final KeyPurposeId keyPurpose;
    private final List<KeyPurposeId> extendedKeyUsages;

    CertificatePurpose(KeyPurposeId keyPurpose, KeyPurposeId... further) {
        this.keyPurpose = keyPurpose;
        List<KeyPurposeId> all = new java.util.ArrayList<>(List.of(keyPurpose));
        all.addAll(List.of(further));
        this.extendedKeyUsages = List.copyOf(all);
    }

    /** The extended key usage that identifies this purpose. */
    KeyPurposeId keyPurpose() {
        return keyPurpose;
    }

    /** Every extended key usage a certificate of this purpose carries. */
    List<KeyPurposeId> extendedKeyUsages() {
        return extendedKeyUsages;
    }
}
