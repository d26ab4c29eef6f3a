package jp.mamori.db.audit;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import jp.mamori.db.pki.CertificatePurpose;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away CA and audit signing certificate (both EC P-256) for tests. Not the project CA.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());
    private static TestPki shared;

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;
    private final KeyPair signerKeys;
    private final X509Certificate signerCertificate;

    private TestPki() {
        try {
            Instant now = Instant.now();
            caKeys = ecKeyPair();
            X500Name caName = new X500Name("CN=mamori test CA,O=mamori test");
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                    caName, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            caCertificate = convert(ca, caKeys.getPrivate());

            signerKeys = ecKeyPair();
            signerCertificate = issue(signerKeys, "CN=mamori audit signer,O=mamori test", now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(3650)), true);
        } catch (GeneralSecurityException | java.io.IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the test PKI", e);
        }
    }

    /** One PKI shared by the tests of a JVM (key generation is not free). */
    public static synchronized TestPki shared() {
        if (shared == null) {
            shared = new TestPki();
        }
        return shared;
    }

    /** A fresh, unrelated PKI. */
    public static TestPki fresh() {
        return new TestPki();
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public X509Certificate signerCertificate() {
        return signerCertificate;
    }

    /** The pin of {@link #signerCertificate()}. */
    public jp.mamori.db.audit.AuditSignerPin signerPin() {
        return jp.mamori.db.audit.AuditSignerPin.of(signerCertificate);
    }

    public PrivateKey signerKey() {
        return signerKeys.getPrivate();
    }

    /** A certificate for another key issued by this CA, valid in the given window. */
    public X509Certificate issue(KeyPair keys, String subject, Instant notBefore, Instant notAfter) {
        return issue(keys, subject, notBefore, notAfter, false);
    }

    /** As above; with {@code auditSigning} it carries mamori's audit-signing extended key usage. */
    public X509Certificate issue(KeyPair keys, String subject, Instant notBefore, Instant notAfter,
            boolean auditSigning) {
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                    Date.from(notBefore), Date.from(notAfter), new X500Name(subject), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            ext.createAuthorityKeyIdentifier(caCertificate));
            if (auditSigning) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                    KeyPurposeId.getInstance(new ASN1ObjectIdentifier(CertificatePurpose.AUDIT_SIGNING_OID)),
                    KeyPurposeId.id_kp_emailProtection}));
            }
            return convert(builder, caKeys.getPrivate());
        } catch (GeneralSecurityException | java.io.IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }

    public static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate convert(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }
}
