package jp.mamori.db.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The project's internal certificate authority (内部認証局). It issues the certificates of staff,
 * designated terminals, the server's TLS endpoint and the audit signing key. Its key lives only
 * on the server, in an owner-only PKCS#12 file.
 */
public final class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SIGNATURE = "SHA256withECDSA";

    private final PrivateKey key;
    private final X509Certificate certificate;

    private CertificateAuthority(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** Creates a new self-signed CA with an EC P-256 key. */
    public static CertificateAuthority create(String organisation, Duration validity) {
        try {
            KeyPair pair = newKeyPair();
            X500Name name = name(organisation, "mamori CA");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), name, pair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = sign(builder, pair.getPrivate());
            return new CertificateAuthority(pair.getPrivate(), cert);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create the CA", e);
        }
    }

    /** Loads the CA from its PKCS#12 file. */
    public static CertificateAuthority load(Path pkcs12, char[] password) throws IOException, GeneralSecurityException {
        IssuedCredential credential = IssuedCredential.readPkcs12(pkcs12, password);
        return new CertificateAuthority(credential.key(), credential.certificate());
    }

    /** Saves the CA key and certificate to an owner-only PKCS#12 file. */
    public void save(Path pkcs12, char[] password) throws IOException {
        new IssuedCredential(key, certificate, certificate).writePkcs12(pkcs12, password);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Issues a certificate for a new EC P-256 key.
     *
     * @param commonName user name, terminal id or host name
     * @param purpose    what the certificate may be used for
     * @param validity   how long it is valid from now
     * @param dnsNames   subject alternative DNS names (server certificates), may be empty
     */
    public IssuedCredential issue(String commonName, CertificatePurpose purpose, Duration validity, List<String> dnsNames) {
        return issue(commonName, purpose, Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(validity), dnsNames);
    }

    /** Issues a certificate valid in the given window (tests use windows in the past). */
    public IssuedCredential issue(String commonName, CertificatePurpose purpose, Instant notBefore, Instant notAfter,
            List<String> dnsNames) {
        try {
            KeyPair pair = newKeyPair();
            X509Certificate cert = certify(commonName, purpose, pair.getPublic(), notBefore, notAfter, dnsNames);
            return new IssuedCredential(pair.getPrivate(), cert, certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a certificate", e);
        }
    }

    /**
     * Certifies a public key whose holder proved possession elsewhere (a checked certification
     * request, {@link CertificationRequest}): the private key never reaches the CA.
     */
    public X509Certificate certify(String commonName, CertificatePurpose purpose, PublicKey publicKey,
            Instant notBefore, Instant notAfter) {
        try {
            return certify(commonName, purpose, publicKey, notBefore, notAfter, List.of());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot certify the key", e);
        }
    }

    private X509Certificate certify(String commonName, CertificatePurpose purpose, PublicKey publicKey,
            Instant notBefore, Instant notAfter, List<String> dnsNames) throws GeneralSecurityException, IOException {
        X500Name subject = name(organisation(), commonName);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                Date.from(notBefore), Date.from(notAfter), subject, publicKey);
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        int usage = purpose == CertificatePurpose.AUDIT_SIGNING
                ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                : KeyUsage.digitalSignature | KeyUsage.keyAgreement;
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose.extendedKeyUsages().toArray(KeyPurposeId[]::new)));
        builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(publicKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
        if (!dnsNames.isEmpty()) {
            GeneralName[] names = dnsNames.stream()
                    .map(n -> new GeneralName(Character.isDigit(n.charAt(0)) ? GeneralName.iPAddress : GeneralName.dNSName, n))
                    .toArray(GeneralName[]::new);
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        }
        return sign(builder, key);
    }

    private String organisation() {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.O)[0].getFirst().getValue().toString();
    }

    private static X500Name name(String organisation, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) throws GeneralSecurityException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(SIGNATURE).build(signer);
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(126);
    }

    /** The common name (CN) of a certificate's subject. */
    public static String commonName(X509Certificate cert) {
        return X500Name.getInstance(cert.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN)[0].getFirst().getValue().toString();
    }
}
