package jp.mamori.db.proc;

import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.persistence.StaffDao;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.CertificationRequest;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.server.ServerContext;

/**
 * 利用者証明書 (ADR 0015): a staff certificate for a key the administrator's terminal or IC card made
 * — only its PKCS#10 request reaches the server, never the private key; renewal is the same call
 * (a further certificate; the old one stays valid until revoked or expired); certificates running out
 * within {@value #EXPIRY_WARNING_DAYS} days; revocation (in {@link AdminProcedures}).
 */
public final class CertificateAdminProcedures {

    /** How long before the end of its validity a certificate is listed as expiring. */
    public static final int EXPIRY_WARNING_DAYS = 60;
    /** Validity of a staff certificate (as for the first administrator at init). */
    public static final Duration VALIDITY = Duration.ofDays(825);

    static final Operation ISSUE = Operation.of("CERT_ISSUE", StaffRole.ADMIN);
    static final Operation LIST = Operation.of("CERT_LIST", StaffRole.ADMIN);
    static final Operation EXPIRING = Operation.of("CERT_EXPIRING", StaffRole.ADMIN);

    private static final Columns COLUMNS = new Columns()
            .text("SERIAL", 40).text("USER_NAME", 32).text("NOT_BEFORE", 40).text("NOT_AFTER", 40)
            .text("REVOKED_AT", 40).text("REVOKE_REASON", 32);

    private CertificateAdminProcedures() {
    }

    /**
     * API.ADMIN_CERT_ISSUE(screen, userName, request): checks the PKCS#10 request (subject = the
     * login id, an EC P-256 key, signed by that key) and returns the certificate in PEM.
     */
    public static String issue(Connection conn, String screen, String userName, String request) throws SQLException {
        return ProcedureRunner.run(conn, ISSUE, screen, (h, caller, note) -> {
            note.target(userName);
            StaffDao staff = h.attach(StaffDao.class);
            Optional<Boolean> active = staff.active(userName);
            if (active.isEmpty()) {
                throw new Refusal(RefusalCode.NOTFOUND_STAFF);
            }
            if (!active.get()) {
                throw new Refusal(RefusalCode.CONFLICT_STAFF_DISABLED);
            }
            CertificationRequest.Checked checked = CertificationRequest.check(request, userName);
            if (!checked.accepted()) {
                throw AdminInput.invalid(checked.problem().messageKey());
            }
            CertificateAuthority ca = ServerContext.get().certificateAuthority()
                    .orElseThrow(() -> new Refusal(RefusalCode.ERROR_CA_UNAVAILABLE));
            Instant now = ServerContext.get().clock().instant();
            X509Certificate certificate = ca.certify(userName, CertificatePurpose.STAFF, checked.publicKey(),
                    now.minus(Duration.ofMinutes(5)), now.plus(VALIDITY));
            staff.insertCertificate(Pem.serial(certificate), userName, Pem.fingerprint(certificate),
                    utc(certificate.getNotBefore().toInstant()), utc(certificate.getNotAfter().toInstant()));
            note.detail("serial", Pem.serial(certificate));
            return Pem.encode(certificate);
        });
    }

    /** API.ADMIN_CERT_LIST(screen, userName): the certificates of one person, or of everyone for ''. */
    public static ResultSet list(Connection conn, String screen, String userName) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LIST, screen, (h, caller, note) -> {
            note.target(userName == null ? "" : userName);
            StaffDao staff = h.attach(StaffDao.class);
            List<StaffDao.CertificateRow> rows = userName == null || userName.isEmpty()
                    ? staff.allCertificates() : staff.certificatesOf(userName);
            note.detail("rows", rows.size());
            return result(rows);
        });
    }

    /** API.ADMIN_CERT_EXPIRING(screen): unrevoked certificates of active staff ending within 60 days. */
    public static ResultSet expiring(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, EXPIRING, screen, (h, caller, note) -> {
            List<StaffDao.CertificateRow> rows = expiringRows(h.attach(StaffDao.class));
            note.detail("rows", rows.size());
            return result(rows);
        });
    }

    /** API.ADMIN_CERT_EXPIRING_COUNT(screen): how many, for the badge at the administrator's login. */
    public static int expiringCount(Connection conn, String screen) throws SQLException {
        return ProcedureRunner.run(conn, EXPIRING, screen, (h, caller, note) -> {
            int count = expiringRows(h.attach(StaffDao.class)).size();
            note.detail("count", count);
            return count;
        });
    }

    private static List<StaffDao.CertificateRow> expiringRows(StaffDao staff) {
        Instant now = ServerContext.get().clock().instant();
        return staff.expiring(utc(now), utc(now.plus(Duration.ofDays(EXPIRY_WARNING_DAYS))));
    }

    private static SimpleResultSet result(List<StaffDao.CertificateRow> rows) {
        SimpleResultSet rs = COLUMNS.newResult();
        for (StaffDao.CertificateRow r : rows) {
            rs.addRow(r.serial(), r.userName(), StaffAdminProcedures.text(r.notBefore()),
                    StaffAdminProcedures.text(r.notAfter()), StaffAdminProcedures.text(r.revokedAt()),
                    r.revokeReason() == null ? "" : r.revokeReason());
        }
        return rs;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
