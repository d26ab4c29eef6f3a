package jp.mamori.db.auth;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.Settings;

/** The database side of a login: staff, certificates, terminals, nonces, failures, the audit row. */
final class LoginDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(LoginDirectory.class);
    private static final int BASE_DELAY_MILLIS = 250;
    private static final long MAX_DELAY_MILLIS = 4000;

    record Staff(String userName, String displayName, StaffRole role, String sectionCode, String sectionName,
            String passwordHash, int failedLogins, boolean locked, boolean active) {
    }

    record StaffCertificate(String serial, String userName, boolean revoked) {
    }

    private final ServerContext server;
    private final Jdbi jdbi;

    LoginDirectory(ServerContext server) {
        this.server = server;
        this.jdbi = server.jdbi();
    }

    Instant now() {
        return server.clock().instant();
    }

    X509Certificate caCertificate() {
        return server.caCertificate();
    }

    int tokenMaxAgeSeconds() {
        return jdbi.withHandle(h -> Settings.intValue(h, "login.tokenMaxAgeSeconds", 120));
    }

    /** Records the nonce; false if it was seen before. Old nonces are pruned on the way. */
    boolean claimNonce(String nonce, Instant now) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM MAMORI.LOGIN_NONCE WHERE SEEN_AT < :limit")
                    .bind("limit", utc(now.minusSeconds(3600)))
                    .execute();
            int inserted = h.createUpdate("""
                    INSERT INTO MAMORI.LOGIN_NONCE (NONCE, SEEN_AT)
                    SELECT :nonce, :now FROM DUAL
                    WHERE NOT EXISTS (SELECT 1 FROM MAMORI.LOGIN_NONCE WHERE NONCE = :nonce)
                    """).bind("nonce", nonce).bind("now", utc(now)).execute();
            return inserted == 1;
        });
    }

    Optional<StaffCertificate> staffCertificate(String fingerprint) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT SERIAL, USER_NAME, REVOKED_AT IS NOT NULL AS REVOKED
                FROM MAMORI.STAFF_CERTIFICATE WHERE FINGERPRINT = :fp
                """).bind("fp", fingerprint)
                .map((rs, ctx) -> new StaffCertificate(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .findOne());
    }

    Optional<Staff> staff(String userName) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.USER_NAME, s.DISPLAY_NAME, s.ROLE_CODE, COALESCE(s.SECTION_CODE, ''), COALESCE(c.NAME, ''),
                       s.PASSWORD_HASH, s.FAILED_LOGINS, s.LOCKED_AT IS NOT NULL, s.ACTIVE
                FROM MAMORI.STAFF s LEFT JOIN MAMORI.SECTION c ON c.SECTION_CODE = s.SECTION_CODE
                WHERE s.USER_NAME = :user
                """).bind("user", userName)
                .map((rs, ctx) -> new Staff(rs.getString(1), rs.getString(2), StaffRole.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8),
                        rs.getBoolean(9)))
                .findOne());
    }

    boolean terminalActive(String terminalId, String fingerprint) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM MAMORI.TERMINAL
                WHERE TERMINAL_ID = :id AND FINGERPRINT = :fp AND ACTIVE
                """).bind("id", terminalId).bind("fp", fingerprint).mapTo(Integer.class).one() == 1);
    }

    /**
     * Counts a password check before it is made: succeeds only while the account is unlocked and
     * has checks left. One statement, committed before the hash is computed.
     */
    boolean reservePasswordCheck(String userName) {
        return jdbi.withHandle(h -> {
            int max = Settings.intValue(h, "login.maxFailures", 10);
            return h.createUpdate("""
                    UPDATE MAMORI.STAFF SET FAILED_LOGINS = FAILED_LOGINS + 1
                    WHERE USER_NAME = :user AND LOCKED_AT IS NULL AND FAILED_LOGINS < :max
                    """).bind("user", userName).bind("max", max).execute() == 1;
        });
    }

    /** A reserved check found a wrong password: locks the account once its checks are used up. */
    int passwordFailed(String userName) {
        return jdbi.inTransaction(h -> {
            int max = Settings.intValue(h, "login.maxFailures", 10);
            h.createUpdate("""
                    UPDATE MAMORI.STAFF SET LAST_FAILURE_AT = :now,
                           LOCKED_AT = CASE WHEN FAILED_LOGINS >= :max THEN :now ELSE LOCKED_AT END
                    WHERE USER_NAME = :user
                    """).bind("now", utc(now())).bind("max", max).bind("user", userName).execute();
            return h.createQuery("SELECT FAILED_LOGINS FROM MAMORI.STAFF WHERE USER_NAME = :user")
                    .bind("user", userName).mapTo(Integer.class).one();
        });
    }

    /** A reserved check found the right password: the count starts again. */
    void passwordSucceeded(String userName) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE MAMORI.STAFF SET FAILED_LOGINS = 0 WHERE USER_NAME = :user")
                .bind("user", userName).execute());
    }

    /** Waits after a wrong password — this attempt's thread only, holding no lock — longer with each failure. */
    void failureDelay(int failures) {
        long base = jdbi.withHandle(h -> Settings.intValue(h, "login.failureDelayMillis", BASE_DELAY_MILLIS));
        long delay = Math.min(MAX_DELAY_MILLIS, base << Math.min(10, Math.max(0, failures - 1)));
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    LoginContext openSession(Staff staff, String terminalId, String certSerial, String clientAddress, Instant now) {
        long loginId = jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO MAMORI.LOGIN_SESSION (USER_NAME, TERMINAL_ID, CERT_SERIAL, STATUS, LOGGED_IN_AT)
                VALUES (:user, :terminal, :serial, :status, :now)
                """).bind("user", staff.userName()).bind("terminal", terminalId).bind("serial", certSerial)
                .bind("status", LoginStatus.OK.name()).bind("now", utc(now))
                .executeAndReturnGeneratedKeys("LOGIN_ID").mapTo(Long.class).one());
        return new LoginContext(loginId, staff.userName(), staff.displayName(), staff.role(), staff.sectionCode(),
                staff.sectionName(), terminalId, clientAddress, LoginStatus.OK, now);
    }

    /** The audit row of an attempt: server-verified facts only. If it cannot be written, the login fails with it. */
    void record(LoginAttempt attempt, LoginDecision decision) {
        Staff staff = decision.staff();
        AuditDetail detail = AuditDetail.of("reason", decision.reason()).with("addr", attempt.clientAddress());
        if (attempt.terminalClaim() != null) {
            detail = detail.with("terminal_claim", attempt.terminalClaim());
        }
        AuditEntry entry = new AuditEntry(attempt.userName(),
                staff == null ? "-" : staff.role().name(),
                staff == null || staff.sectionCode().isEmpty() ? "-" : staff.sectionCode(),
                attempt.terminalId(), "login", "LOGIN", attempt.userName(),
                decision.succeeded() ? AuditOutcome.OK : AuditOutcome.DENIED, detail);
        try {
            jdbi.<java.sql.SQLException>useTransaction(h -> AuditWriter.append(h.getConnection(), entry));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("login audit row not written", e);
        }
    }

    /**
     * The audit row of a login that failed inside the server (ADR 0014, never silent): outcome
     * ERROR with the failure's type. The login is refused either way; if even this row cannot be
     * written, the server log at ERROR is the only trace, and the caller is still refused.
     */
    void recordError(LoginAttempt attempt, RuntimeException failure) {
        try {
            jdbi.<java.sql.SQLException>useTransaction(h -> AuditWriter.append(h.getConnection(), new AuditEntry(
                    attempt.userName(), "-", "-", attempt.terminalId(), "login", "LOGIN", attempt.userName(),
                    AuditOutcome.ERROR, errorDetail(attempt, failure))));
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.error("the audit row of a failed login could not be written; the login is refused", e);
        }
    }

    private static AuditDetail errorDetail(LoginAttempt attempt, RuntimeException failure) {
        AuditDetail detail = AuditDetail.of("addr", attempt.clientAddress())
                .with("error", failure.getClass().getSimpleName());
        return attempt.terminalClaim() == null ? detail : detail.with("terminal_claim", attempt.terminalClaim());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
