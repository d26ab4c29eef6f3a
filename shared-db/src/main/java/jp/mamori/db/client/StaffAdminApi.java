package jp.mamori.db.client;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
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
public interface StaffAdminApi {

    int RESULT_FETCH_SIZE = FlagWorkApi.RESULT_FETCH_SIZE;

    /** Every staff member with state, valid certificates and last login. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.ADMIN_STAFF_LIST(:screen)")
    @RegisterConstructorMapper(StaffMember.class)
    List<StaffMember> list(@Bind("screen") String screen);

    /**
     * Creates an account; returns its one-time password, to show once (the server keeps only its
     * hash and forces the change at the first login). {@code sectionCode} is empty for roles without one.
     */
    default String create(String screen, String userName, String displayName, StaffRole role, String sectionCode) {
        return createCall(screen, userName, displayName, role.name(), sectionCode == null ? "" : sectionCode);
    }

    @SqlQuery("CALL API.ADMIN_STAFF_CREATE(:screen, :user, :name, :role, :section)")
    String createCall(@Bind("screen") String screen, @Bind("user") String userName, @Bind("name") String displayName,
            @Bind("role") String role, @Bind("section") String sectionCode);

    /**
     * A new role or section; returns how many pending release or deletion requests the person made in
     * the section they leave were withdrawn (0 when they stay in it).
     */
    default int change(String screen, String userName, StaffRole role, String sectionCode) {
        return changeCall(screen, userName, role.name(), sectionCode == null ? "" : sectionCode);
    }

    @SqlQuery("CALL API.ADMIN_STAFF_CHANGE(:screen, :user, :role, :section)")
    int changeCall(@Bind("screen") String screen, @Bind("user") String userName, @Bind("role") String role,
            @Bind("section") String sectionCode);

    /** 利用停止 (false) or its end (true). */
    @SqlCall("CALL API.ADMIN_STAFF_SET_ACTIVE(:screen, :user, :active)")
    void setActive(@Bind("screen") String screen, @Bind("user") String userName, @Bind("active") boolean active);

    /** Ends a lock-out after too many wrong passwords. */
    @SqlCall("CALL API.ADMIN_UNLOCK_STAFF(:screen, :user)")
    void unlock(@Bind("screen") String screen, @Bind("user") String userName);

    /** A new one-time password, to show once; the change is forced at the next login. */
    @SqlQuery("CALL API.ADMIN_STAFF_RESET_PASSWORD(:screen, :user)")
    String resetPassword(@Bind("screen") String screen, @Bind("user") String userName);

    /** Certifies the key of a PKCS#10 request (PEM); returns the certificate in PEM. Use {@link StaffKeyIssuer}. */
    @SqlQuery("CALL API.ADMIN_CERT_ISSUE(:screen, :user, :request)")
    String issueCertificate(@Bind("screen") String screen, @Bind("user") String userName,
            @Bind("request") String pkcs10Pem);

    /** The certificates of one person, newest first; of everyone for an empty user name. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.ADMIN_CERT_LIST(:screen, :user)")
    @RegisterConstructorMapper(StaffCertificate.class)
    List<StaffCertificate> certificates(@Bind("screen") String screen, @Bind("user") String userName);

    /** Unrevoked certificates of active staff that end within 60 days, soonest first. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.ADMIN_CERT_EXPIRING(:screen)")
    @RegisterConstructorMapper(StaffCertificate.class)
    List<StaffCertificate> expiring(@Bind("screen") String screen);

    /** How many certificates end within 60 days: the badge at the administrator's login. */
    @SqlQuery("CALL API.ADMIN_CERT_EXPIRING_COUNT(:screen)")
    int expiringCount(@Bind("screen") String screen);

    /** Revokes a certificate; {@code reason} is a word such as {@code keyCompromise}, {@code superseded}, {@code cessationOfOperation}. */
    @SqlCall("CALL API.ADMIN_REVOKE_CERTIFICATE(:screen, :serial, :reason)")
    void revoke(@Bind("screen") String screen, @Bind("serial") String serial, @Bind("reason") String reason);

    /**
     * A staff member as listed. Times are ISO-8601 in UTC, empty when there is none.
     *
     * @param validCertificates unrevoked, unexpired certificates
     * @param nextExpiry        the latest end of those (empty without one)
     */
    record StaffMember(String userName, String displayName, String roleCode, String sectionCode, boolean active,
            boolean locked, int failedLogins, boolean mustChangePassword, String lastLoginAt, int validCertificates,
            String nextExpiry) {

        public StaffRole role() {
            return StaffRole.valueOf(roleCode);
        }
    }

    /** A staff certificate; {@code revokedAt} and {@code revokeReason} are empty unless revoked. */
    record StaffCertificate(String serial, String userName, String notBefore, String notAfter, String revokedAt,
            String revokeReason) {

        public boolean revoked() {
            return !revokedAt.isEmpty();
        }
    }
}
