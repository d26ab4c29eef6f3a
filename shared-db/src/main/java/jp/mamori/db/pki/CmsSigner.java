package jp.mamori.db.pki;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CMS (PKCS #7) detached signatures in DER, as {@code openssl cms -verify -binary -inform DER}
 * checks them: SHA-256 with ECDSA, the signer certificate included, the content not embedded.
 */
public final class CmsSigner {

    private static final Logger LOG = LoggerFactory.getLogger(CmsSigner.class);

    private CmsSigner() {
    }

    /** Signs {@code content} with the key of {@code certificate}; returns the DER signature. */
    public static byte[] signDetached(byte[] content, PrivateKey key, X509Certificate certificate) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (OperatorCreationException | GeneralSecurityException | CMSException | IOException e) {
            throw new IllegalStateException("cannot create the CMS signature", e);
        }
    }

    /**
     * Whether {@code signature} is a valid detached CMS signature over {@code content} by a
     * certificate that {@code trustedIssuer} issued and that was valid at the signed signing time
     * (or now, if the signature carries none). Every signer must verify; there must be at least one.
     */
    public static boolean verifyDetached(byte[] content, byte[] signature, X509Certificate trustedIssuer) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(trustedIssuer, "trustedIssuer");
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (CMSException | RuntimeException e) {
            return false;
        }
        Store<X509CertificateHolder> certificates = signed.getCertificates();
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return false;
        }
        for (SignerInformation signer : signers) {
            if (!verifySigner(signer, certificates, trustedIssuer)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code signature} is a valid detached CMS signature over {@code content} made by the
     * key of exactly {@code pinnedSigner}, which was valid at the signed signing time. Certificates
     * carried in the signature are ignored: every signer must name the pinned certificate (issuer
     * and serial or key identifier) and verify with its key; there must be at least one.
     */
    public static boolean verifyDetachedBy(byte[] content, byte[] signature, X509Certificate pinnedSigner) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(pinnedSigner, "pinnedSigner");
        CMSSignedData signed;
        X509CertificateHolder pinned;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            pinned = new X509CertificateHolder(pinnedSigner.getEncoded());
        } catch (CMSException | IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return false;
        }
        for (SignerInformation signer : signers) {
            try {
                if (!signer.getSID().match(pinned)) {
                    return false;
                }
                pinnedSigner.checkValidity(signingTime(signer));
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(pinnedSigner))) {
                    return false;
                }
            } catch (GeneralSecurityException | OperatorCreationException | CMSException | RuntimeException e) {
                LOG.debug("CMS signature does not verify with the pinned signer: {}", e.getMessage());
                return false;
            }
        }
        return true;
    }

    private static boolean verifySigner(SignerInformation signer, Store<X509CertificateHolder> certificates,
            X509Certificate trustedIssuer) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
        for (X509CertificateHolder holder : matches) {
            try {
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
                certificate.verify(trustedIssuer.getPublicKey());
                if (!certificate.getIssuerX500Principal().equals(trustedIssuer.getSubjectX500Principal())) {
                    continue;
                }
                certificate.checkValidity(signingTime(signer));
                if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return true;
                }
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                // This certificate does not vouch for the signature; the next match may.
                LOG.debug("CMS signer certificate rejected: {}", e.getMessage());
            }
        }
        return false;
    }

    /** The signed signing-time attribute, or now if there is none. */
    private static Date signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return new Date();
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate();
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm());
        };
    }
}
