package jp.mamori.db.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * 利用者 and 利用者証明書: the staff aggregate as the administrator's procedures and the password
 * change see it. Never reads victim data; the only other table it touches is the pending release
 * requests a person made, to withdraw them when the person leaves the section.
 */
public interface StaffDao {

    /** A staff member with state, certificates and last login, as the administrator lists them. */
    record StaffRow(String userName, String displayName, String roleCode, String sectionCode, boolean active,
            boolean locked, int failedLogins, boolean mustChangePassword, OffsetDateTime lastLoginAt,
            int validCertificates, OffsetDateTime nextExpiry) {
    }

    /** What a password change needs to know of the caller. */
    record Credentials(String userName, String displayName, String passwordHash, boolean mustChangePassword) {
    }

    /** One staff certificate. */
    record CertificateRow(String serial, String userName, OffsetDateTime notBefore, OffsetDateTime notAfter,
            OffsetDateTime revokedAt, String revokeReason) {
    }

    @SqlQuery("""
            SELECT S.USER_NAME, S.DISPLAY_NAME, S.ROLE_CODE, COALESCE(S.SECTION_CODE, '') AS SECTION_CODE, S.ACTIVE,
                   S.LOCKED_AT IS NOT NULL AS LOCKED, S.FAILED_LOGINS, S.MUST_CHANGE_PASSWORD,
                   (SELECT MAX(L.LOGGED_IN_AT) FROM MAMORI.LOGIN_SESSION L
                     WHERE L.USER_NAME = S.USER_NAME AND L.STATUS = 'OK') AS LAST_LOGIN_AT,
                   (SELECT COUNT(*) FROM MAMORI.STAFF_CERTIFICATE C WHERE C.USER_NAME = S.USER_NAME
                     AND C.REVOKED_AT IS NULL AND C.NOT_AFTER > :now) AS VALID_CERTIFICATES,
                   (SELECT MAX(C.NOT_AFTER) FROM MAMORI.STAFF_CERTIFICATE C WHERE C.USER_NAME = S.USER_NAME
                     AND C.REVOKED_AT IS NULL AND C.NOT_AFTER > :now) AS NEXT_EXPIRY
            FROM MAMORI.STAFF S ORDER BY S.USER_NAME""")
    @RegisterConstructorMapper(StaffRow.class)
    List<StaffRow> list(@Bind("now") OffsetDateTime now);

    @SqlQuery("SELECT COUNT(*) > 0 FROM MAMORI.STAFF WHERE USER_NAME = :user")
    boolean exists(@Bind("user") String userName);

    @SqlQuery("""
            SELECT USER_NAME, DISPLAY_NAME, PASSWORD_HASH, MUST_CHANGE_PASSWORD FROM MAMORI.STAFF
            WHERE USER_NAME = :user""")
    @RegisterConstructorMapper(Credentials.class)
    Optional<Credentials> credentials(@Bind("user") String userName);

    @SqlQuery("SELECT MUST_CHANGE_PASSWORD FROM MAMORI.STAFF WHERE USER_NAME = :user")
    Optional<Boolean> mustChangePassword(@Bind("user") String userName);

    @SqlQuery("SELECT COUNT(*) FROM MAMORI.STAFF WHERE ROLE_CODE = 'ADMIN' AND ACTIVE AND USER_NAME <> :user")
    int otherActiveAdmins(@Bind("user") String userName);

    @SqlQuery("SELECT ACTIVE FROM MAMORI.STAFF WHERE USER_NAME = :user")
    Optional<Boolean> active(@Bind("user") String userName);

    @SqlQuery("SELECT ROLE_CODE FROM MAMORI.STAFF WHERE USER_NAME = :user FOR UPDATE")
    Optional<String> lockRole(@Bind("user") String userName);

    @SqlQuery("SELECT COALESCE(SECTION_CODE, '') FROM MAMORI.STAFF WHERE USER_NAME = :user")
    String sectionOf(@Bind("user") String userName);

    @SqlUpdate("""
            INSERT INTO MAMORI.STAFF (USER_NAME, DISPLAY_NAME, ROLE_CODE, SECTION_CODE, PASSWORD_HASH,
                                      MUST_CHANGE_PASSWORD)
            VALUES (:user, :name, :role, :section, :hash, TRUE)""")
    void insert(@Bind("user") String userName, @Bind("name") String displayName, @Bind("role") String roleCode,
            @Bind("section") String sectionCode, @Bind("hash") String passwordHash);

    /** The password is a one-time password (the first administrator's, printed by init). */
    @SqlUpdate("UPDATE MAMORI.STAFF SET MUST_CHANGE_PASSWORD = TRUE WHERE USER_NAME = :user")
    int requirePasswordChange(@Bind("user") String userName);

    @SqlUpdate("UPDATE MAMORI.STAFF SET ROLE_CODE = :role, SECTION_CODE = :section WHERE USER_NAME = :user")
    int changeRole(@Bind("user") String userName, @Bind("role") String roleCode, @Bind("section") String sectionCode);

    @SqlUpdate("UPDATE MAMORI.STAFF SET ACTIVE = :active WHERE USER_NAME = :user AND ACTIVE <> :active")
    int setActive(@Bind("user") String userName, @Bind("active") boolean active);

    @SqlUpdate("UPDATE MAMORI.STAFF SET LOCKED_AT = NULL, FAILED_LOGINS = 0 WHERE USER_NAME = :user")
    int unlock(@Bind("user") String userName);

    /** A one-time password: the hash only, and the change forced at the next login. */
    @SqlUpdate("""
            UPDATE MAMORI.STAFF SET PASSWORD_HASH = :hash, MUST_CHANGE_PASSWORD = TRUE, LOCKED_AT = NULL,
                   FAILED_LOGINS = 0
            WHERE USER_NAME = :user""")
    int setOneTimePassword(@Bind("user") String userName, @Bind("hash") String passwordHash);

    @SqlUpdate("""
            UPDATE MAMORI.STAFF SET PASSWORD_HASH = :hash, MUST_CHANGE_PASSWORD = FALSE, PASSWORD_CHANGED_AT = :now,
                   FAILED_LOGINS = 0
            WHERE USER_NAME = :user""")
    int setPassword(@Bind("user") String userName, @Bind("hash") String passwordHash,
            @Bind("now") OffsetDateTime now);

    /** A wrong current password in a change counts like a wrong login password; returns nothing. */
    @SqlUpdate("""
            UPDATE MAMORI.STAFF SET FAILED_LOGINS = FAILED_LOGINS + 1, LAST_FAILURE_AT = :now,
                   LOCKED_AT = CASE WHEN FAILED_LOGINS + 1 >= :max THEN :now ELSE LOCKED_AT END
            WHERE USER_NAME = :user""")
    int countFailure(@Bind("user") String userName, @Bind("now") OffsetDateTime now, @Bind("max") int maxFailures);

    /**
     * Withdraws the pending release and deletion requests the person made in a section (the person
     * leaves it): they are closed as withdrawn by the requester, like a withdrawal of their own.
     */
    @SqlUpdate("""
            UPDATE MAMORI.RELEASE_REQUEST SET STATUS = 'WITHDRAWN', DECIDED_BY = REQUESTED_BY, DECIDED_AT = :now,
                   VERSION = VERSION + 1
            WHERE REQUESTED_BY = :user AND SECTION_CODE = :section AND STATUS = 'PENDING'""")
    int withdrawPendingRequests(@Bind("user") String userName, @Bind("section") String sectionCode,
            @Bind("now") OffsetDateTime now);

    @SqlQuery("""
            SELECT REQUEST_ID FROM MAMORI.RELEASE_REQUEST
            WHERE REQUESTED_BY = :user AND SECTION_CODE = :section AND STATUS = 'PENDING' ORDER BY REQUEST_ID""")
    List<Long> pendingRequestIds(@Bind("user") String userName, @Bind("section") String sectionCode);

    // --- certificates ---

    @SqlUpdate("""
            INSERT INTO MAMORI.STAFF_CERTIFICATE (SERIAL, USER_NAME, FINGERPRINT, NOT_BEFORE, NOT_AFTER)
            VALUES (:serial, :user, :fp, :notBefore, :notAfter)""")
    void insertCertificate(@Bind("serial") String serial, @Bind("user") String userName,
            @Bind("fp") String fingerprint, @Bind("notBefore") OffsetDateTime notBefore,
            @Bind("notAfter") OffsetDateTime notAfter);

    @SqlQuery("""
            SELECT SERIAL, USER_NAME, NOT_BEFORE, NOT_AFTER, REVOKED_AT, REVOKE_REASON FROM MAMORI.STAFF_CERTIFICATE
            WHERE USER_NAME = :user ORDER BY NOT_AFTER DESC, SERIAL""")
    @RegisterConstructorMapper(CertificateRow.class)
    List<CertificateRow> certificatesOf(@Bind("user") String userName);

    @SqlQuery("""
            SELECT SERIAL, USER_NAME, NOT_BEFORE, NOT_AFTER, REVOKED_AT, REVOKE_REASON FROM MAMORI.STAFF_CERTIFICATE
            ORDER BY USER_NAME, NOT_AFTER DESC, SERIAL""")
    @RegisterConstructorMapper(CertificateRow.class)
    List<CertificateRow> allCertificates();

    /** Unrevoked certificates of active staff that run out in {@code [now, until]}, soonest first. */
    @SqlQuery("""
            SELECT C.SERIAL, C.USER_NAME, C.NOT_BEFORE, C.NOT_AFTER, C.REVOKED_AT, C.REVOKE_REASON
            FROM MAMORI.STAFF_CERTIFICATE C JOIN MAMORI.STAFF S ON S.USER_NAME = C.USER_NAME
            WHERE S.ACTIVE AND C.REVOKED_AT IS NULL AND C.NOT_AFTER BETWEEN :now AND :until
            ORDER BY C.NOT_AFTER, C.SERIAL""")
    @RegisterConstructorMapper(CertificateRow.class)
    List<CertificateRow> expiring(@Bind("now") OffsetDateTime now, @Bind("until") OffsetDateTime until);

    @SqlUpdate("""
            UPDATE MAMORI.STAFF_CERTIFICATE SET REVOKED_AT = :now, REVOKE_REASON = :reason
            WHERE SERIAL = :serial AND REVOKED_AT IS NULL""")
    int revoke(@Bind("serial") String serial, @Bind("reason") String reason, @Bind("now") OffsetDateTime now);
}
