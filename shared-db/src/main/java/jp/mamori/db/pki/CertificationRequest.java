package jp.mamori.db.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Optional;
import jp.mamori.db.contract.ArgumentError;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A PKCS#10 certification request as the administrator's terminal sends it (ADR 0015): the key
 * pair was made on that terminal or on the IC card, and only the request crosses the network.
 * {@link #check(String, String)} accepts it only when it is well formed, names exactly the staff
 * member as its subject's common name, carries an EC P-256 key (what the login signature uses) and
 * is signed by that key — the proof that whoever asks holds the private key.
 */
public final class CertificationRequest {

    /** A request is a few hundred bytes; anything much larger is refused before parsing. */
    public static final int MAX_ENCODED_LENGTH = 8192;
    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE REQUEST-----";
    private static final String PEM_END = "-----END CERTIFICATE REQUEST-----";

    /** Why a request is refused; each is the message key sent with {@code invalid.input}. */
    public enum Problem {
        MALFORMED(ArgumentError.CSR_MALFORMED),
        SUBJECT(ArgumentError.CSR_SUBJECT),
        KEY_TYPE(ArgumentError.CSR_KEY_TYPE),
        SIGNATURE(ArgumentError.CSR_SIGNATURE);

        private final ArgumentError error;

        Problem(ArgumentError error) {
            this.error = error;
        }

        /** The input key sent with {@code invalid.input}. */
        public String messageKey() {
            return error.key();
        }
    }

    /** The outcome of a check: the key to certify, or the problem. */
    public record Checked(PublicKey publicKey, Problem problem) {
        public boolean accepted() {
            return problem == null;
        }
    }

    private CertificationRequest() {
    }

    /** PEM text of a request, as the client sends it. */
    public static String pem(PKCS10CertificationRequest request) throws IOException {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(request.getEncoded()) + "\n" + PEM_END + "\n";
    }

    /**
     * Checks a request for {@code expectedCommonName}.
     *
     * @param pemOrBase64 the request in PEM, or its DER in Base64
     */
    public static Checked check(String pemOrBase64, String expectedCommonName) {
        Optional<JcaPKCS10CertificationRequest> parsed = parse(pemOrBase64);
        if (parsed.isEmpty()) {
            return new Checked(null, Problem.MALFORMED);
        }
        JcaPKCS10CertificationRequest request = parsed.get();
        if (!subjectIs(request, expectedCommonName)) {
            return new Checked(null, Problem.SUBJECT);
        }
        PublicKey key;
        try {
            key = request.getPublicKey();
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Checked(null, Problem.MALFORMED);
        }
        if (!isP256(request, key)) {
            return new Checked(null, Problem.KEY_TYPE);
        }
        try {
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                return new Checked(null, Problem.SIGNATURE);
            }
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            return new Checked(null, Problem.SIGNATURE);
        }
        return new Checked(key, null);
    }

    private static Optional<JcaPKCS10CertificationRequest> parse(String text) {
        if (text == null || text.length() > MAX_ENCODED_LENGTH) {
            return Optional.empty();
        }
        String body = text.strip();
        if (body.startsWith(PEM_BEGIN)) {
            int end = body.indexOf(PEM_END);
            if (end < 0) {
                return Optional.empty();
            }
            body = body.substring(PEM_BEGIN.length(), end);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
            return Optional.of(new JcaPKCS10CertificationRequest(new PKCS10CertificationRequest(der)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The subject must be exactly one common name, equal to the login id (other names are the CA's to set). */
    private static boolean subjectIs(PKCS10CertificationRequest request, String expected) {
        RDN[] all = request.getSubject().getRDNs();
        RDN[] names = request.getSubject().getRDNs(BCStyle.CN);
        if (all.length != 1 || names.length != 1 || names[0].isMultiValued()) {
            return false;
        }
        return expected.equals(names[0].getFirst().getValue().toString());
    }

    private static boolean isP256(PKCS10CertificationRequest request, PublicKey key) {
        if (!(key instanceof ECPublicKey)) {
            return false;
        }
        var algorithm = request.getSubjectPublicKeyInfo().getAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())) {
            return false;
        }
        X962Parameters params = X962Parameters.getInstance(algorithm.getParameters());
        return params.isNamedCurve() && SECObjectIdentifiers.secp256r1
                .equals(ASN1ObjectIdentifier.getInstance(params.getParameters()));
    }
}
