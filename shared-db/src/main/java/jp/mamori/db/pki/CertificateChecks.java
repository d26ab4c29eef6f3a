package jp.mamori.db.pki;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Checks every holder of a mamori certificate applies: issued by our CA, for this purpose, in time. */
public final class CertificateChecks {

    private CertificateChecks() {
    }

    /** Whether {@code cert} carries a valid signature of {@code ca}. */
    public static boolean issuedBy(X509Certificate cert, X509Certificate ca) {
        try {
            if (!cert.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
                return false;
            }
            cert.verify(ca.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code at} lies within the certificate's validity period. */
    public static boolean validAt(X509Certificate cert, Instant at) {
        Date date = Date.from(at);
        return !date.before(cert.getNotBefore()) && !date.after(cert.getNotAfter());
    }

    /** Whether the certificate was issued for the given purpose (extended key usage). */
    public static boolean hasPurpose(X509Certificate cert, CertificatePurpose purpose) {
        try {
            List<String> usages = cert.getExtendedKeyUsage();
            return usages != null && usages.contains(purpose.keyPurpose().getId());
        } catch (CertificateParsingException e) {
            return false;
        }
    }
}
