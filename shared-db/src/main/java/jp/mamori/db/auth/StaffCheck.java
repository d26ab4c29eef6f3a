package jp.mamori.db.auth;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.Pem;

/**
 * The certificate, key, terminal and password checks of one fresh, unreplayed login token
 * (ADR 0002). A session exists only if all pass. The reason of a refusal is told only to a caller
 * who proved the key and the password — except a locked account, whose password is not checked at
 * all (that would be a guessing oracle past the limit), so its key holder is told "locked".
 */
final class StaffCheck {

    private final LoginDirectory directory;
    private final LoginAttempt attempt;
    private final LoginToken token;
    private final Instant now;

    StaffCheck(LoginDirectory directory, LoginAttempt attempt, LoginToken token, Instant now) {
        this.directory = directory;
        this.attempt = attempt;
        this.token = token;
        this.now = now;
    }

    LoginDecision decide() {
        X509Certificate ca = directory.caCertificate();
        X509Certificate staffCert = token.staffCertificate();
        if (!CertificateChecks.issuedBy(staffCert, ca) || !CertificateChecks.hasPurpose(staffCert, CertificatePurpose.STAFF)
                || !attempt.userName().equals(CertificateAuthority.commonName(staffCert))) {
            return LoginDecision.refuse("certificate_foreign");
        }
        Optional<LoginDirectory.StaffCertificate> registered = directory.staffCertificate(Pem.fingerprint(staffCert));
        if (registered.isEmpty() || !registered.get().userName().equals(attempt.userName())) {
            return LoginDecision.refuse("certificate_unregistered");
        }
        if (!token.staffSignatureValid()) {
            return LoginDecision.refuse("signature");
        }
        // From here on the caller has proven possession of this user's private key.
        boolean terminalSigned = terminalSigned();
        if (terminalSigned) {
            attempt.terminalVerified(token.terminalId());
        }
        Optional<LoginDirectory.Staff> found = directory.staff(attempt.userName());
        if (found.isEmpty()) {
            return LoginDecision.refuse("unknown_user");
        }
        LoginDirectory.Staff staff = found.get();
        switch (new PasswordGate(directory).check(staff, token.password())) {
            case LOCKED:
                return LoginDecision.tell(LoginStatus.LOCKED, staff);
            case WRONG:
                return LoginDecision.refuse("password", staff);
            case MATCHED:
            default:
                break;
        }
        // Key and password are proven: the caller may now learn why they cannot work.
        if (!staff.active()) {
            return LoginDecision.tell(LoginStatus.DISABLED, staff);
        }
        if (registered.get().revoked()) {
            return LoginDecision.tell(LoginStatus.REVOKED, staff);
        }
        if (!CertificateChecks.validAt(staffCert, now)) {
            return LoginDecision.tell(LoginStatus.EXPIRED, staff);
        }
        if (!terminalSigned || !directory.terminalActive(token.terminalId(), Pem.fingerprint(token.terminalCertificate()))) {
            return LoginDecision.tell(LoginStatus.TERMINAL, staff);
        }
        return LoginDecision.session(staff, directory.openSession(staff, token.terminalId(), registered.get().serial(),
                attempt.clientAddress(), now));
    }

    /** The terminal certificate chains to the CA, is a valid terminal certificate naming the claimed id, and signed. */
    private boolean terminalSigned() {
        X509Certificate terminalCert = token.terminalCertificate();
        return CertificateChecks.issuedBy(terminalCert, directory.caCertificate())
                && CertificateChecks.hasPurpose(terminalCert, CertificatePurpose.TERMINAL)
                && CertificateChecks.validAt(terminalCert, now)
                && token.terminalId().equals(CertificateAuthority.commonName(terminalCert))
                && token.terminalSignatureValid();
    }
}
