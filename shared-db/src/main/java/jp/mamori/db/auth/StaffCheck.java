package jp.mamori.db.auth;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.Pem;

/** The certificate, terminal and password checks of one fresh, unreplayed login token. */
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
        Optional<LoginDirectory.Staff> found = directory.staff(attempt.userName());
        if (found.isEmpty()) {
            return LoginDecision.refuse("unknown_user");
        }
        LoginDirectory.Staff staff = found.get();
        if (!staff.active()) {
            return restricted(staff, LoginStatus.DISABLED);
        }
        if (staff.locked()) {
            return restricted(staff, LoginStatus.LOCKED);
        }
        if (registered.get().revoked()) {
            return restricted(staff, LoginStatus.REVOKED);
        }
        if (!CertificateChecks.validAt(staffCert, now)) {
            return restricted(staff, LoginStatus.EXPIRED);
        }
        if (!terminalDesignated()) {
            return restricted(staff, LoginStatus.TERMINAL);
        }
        if (!PasswordHasher.matches(token.password(), staff.passwordHash())) {
            directory.passwordFailed(staff);
            return LoginDecision.refuse("password");
        }
        directory.passwordSucceeded(staff);
        return LoginDecision.session("ok", directory.openSession(staff, token.terminalId(), registered.get().serial(),
                attempt.clientAddress(), LoginStatus.OK, now));
    }

    private boolean terminalDesignated() {
        X509Certificate terminalCert = token.terminalCertificate();
        if (!CertificateChecks.issuedBy(terminalCert, directory.caCertificate())
                || !CertificateChecks.hasPurpose(terminalCert, CertificatePurpose.TERMINAL)
                || !CertificateChecks.validAt(terminalCert, now)
                || !token.terminalId().equals(CertificateAuthority.commonName(terminalCert))
                || !token.terminalSignatureValid()) {
            return false;
        }
        return directory.terminalActive(token.terminalId(), Pem.fingerprint(terminalCert));
    }

    private LoginDecision restricted(LoginDirectory.Staff staff, LoginStatus status) {
        String serial = Pem.serial(token.staffCertificate());
        return LoginDecision.session(status.name().toLowerCase(java.util.Locale.ROOT),
                directory.openSession(staff, attempt.terminalId(), serial, attempt.clientAddress(), status, now));
    }
}
