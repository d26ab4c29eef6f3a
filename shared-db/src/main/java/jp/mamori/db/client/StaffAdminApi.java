package jp.mamori.db.client;

import java.util.List;
import java.util.Objects;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.domain.StaffRole;

/**
 * 利用者管理 (ADR 0015), used as {@code session.procedures(StaffAdminApi.class)} by the
 * administrator. Every method is one audited server call; other roles get {@code denied.role}.
 * Keys are issued with {@link StaffKeyIssuer}, which calls {@link #issueCertificate}. Refusals:
 * <ul>
 *   <li>{@code invalid.input} with {@code input.loginId.invalid}, {@code input.displayName.invalid},
 *       {@code input.role.invalid}, {@code input.sectionCode.invalid} (a clerk or chief needs an active
 *       section), {@code input.sectionCode.notAllowed} (security officers and administrators have
 *       none), {@code input.csr.malformed}, {@code input.csr.subject}, {@code input.csr.keyType},
 *       {@code input.csr.signature};</li>
 *   <li>{@code conflict.staffExists}, {@code conflict.staffDisabled} (no certificate for a disabled
 *       account), {@code conflict.lastAdmin} (the last active administrator stays one),
 *       {@code denied.self} (an administrator does not change or disable their own account),
 *       {@code invalid.noChange}, {@code invalid.reason};</li>
 *   <li>{@code notfound.staff}, {@code notfound.certificate}, {@code error.caUnavailable};</li>
 *   <li>{@code denied.role}, {@code denied.passwordChange}, {@code denied.session*}, {@code error.internal},
 *       {@code connection.lost}.</li>
 * </ul>
 */
public final class StaffAdminApi {

    private final ProcedureCaller calls;

    public StaffAdminApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** Every staff member with state, valid certificates and last login. */
    public List<StaffMember> list(String screen) {
        return calls.rows(Procedure.ADMIN_STAFF_LIST, StaffMember.class, screen);
    }

    /**
     * Creates an account; returns its one-time password, to show once (the server keeps only its
     * hash and forces the change at the first login). {@code sectionCode} is empty for roles without one.
     */
    public String create(String screen, String userName, String displayName, StaffRole role, String sectionCode) {
        return calls.scalar(Procedure.ADMIN_STAFF_CREATE, String.class, screen, userName, displayName, role.name(),
                sectionCode == null ? "" : sectionCode);
    }

    /**
     * A new role or section; returns how many pending release or deletion requests the person made in
     * the section they leave were withdrawn (0 when they stay in it).
     */
    public int change(String screen, String userName, StaffRole role, String sectionCode) {
        return calls.scalar(Procedure.ADMIN_STAFF_CHANGE, Integer.class, screen, userName, role.name(),
                sectionCode == null ? "" : sectionCode);
    }

    /** 利用停止 (false) or its end (true). */
    public void setActive(String screen, String userName, boolean active) {
        calls.run(Procedure.ADMIN_STAFF_SET_ACTIVE, screen, userName, active);
    }

    /** Ends a lock-out after too many wrong passwords. */
    public void unlock(String screen, String userName) {
        calls.run(Procedure.ADMIN_UNLOCK_STAFF, screen, userName);
    }

    /** A new one-time password, to show once; the change is forced at the next login. */
    public String resetPassword(String screen, String userName) {
        return calls.scalar(Procedure.ADMIN_STAFF_RESET_PASSWORD, String.class, screen, userName);
    }

    /** Certifies the key of a PKCS#10 request (PEM); returns the certificate in PEM. Use {@link StaffKeyIssuer}. */
    public String issueCertificate(String screen, String userName, String pkcs10Pem) {
        return calls.scalar(Procedure.ADMIN_CERT_ISSUE, String.class, screen, userName, pkcs10Pem);
    }

    /** The certificates of one person, newest first; of everyone for an empty user name. */
    public List<StaffCertificate> certificates(String screen, String userName) {
        return calls.rows(Procedure.ADMIN_CERT_LIST, StaffCertificate.class, screen, userName);
    }

    /** Unrevoked certificates of active staff that end within 60 days, soonest first. */
    public List<StaffCertificate> expiring(String screen) {
        return calls.rows(Procedure.ADMIN_CERT_EXPIRING, StaffCertificate.class, screen);
    }

    /** How many certificates end within 60 days: the badge at the administrator's login. */
    public int expiringCount(String screen) {
        return calls.scalar(Procedure.ADMIN_CERT_EXPIRING_COUNT, Integer.class, screen);
    }

    /**
     * Revokes a certificate; {@code reason} is a word such as {@code keyCompromise},
     * {@code superseded}, {@code cessationOfOperation}.
     */
    public void revoke(String screen, String serial, String reason) {
        calls.run(Procedure.ADMIN_REVOKE_CERTIFICATE, screen, serial, reason);
    }

    /**
     * A staff member as listed. Times are ISO-8601 in UTC, empty when there is none.
     *
     * @param validCertificates unrevoked, unexpired certificates
     * @param nextExpiry        the latest end of those (empty without one)
     */
    public record StaffMember(String userName, String displayName, String roleCode, String sectionCode,
            boolean active, boolean locked, int failedLogins, boolean mustChangePassword, String lastLoginAt,
            int validCertificates, String nextExpiry) {

        public StaffRole role() {
            return StaffRole.valueOf(roleCode);
        }
    }

    /** A staff certificate; {@code revokedAt} and {@code revokeReason} are empty unless revoked. */
    public record StaffCertificate(String serial, String userName, String notBefore, String notAfter,
            String revokedAt, String revokeReason) {

        public boolean revoked() {
            return !revokedAt.isEmpty();
        }
    }
}
