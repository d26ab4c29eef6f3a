package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.audit.AuditEntry;
import jp.mamori.db.audit.AuditOutcome;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.auth.PasswordHasher;
import jp.mamori.db.catalogue.Catalogue;
import jp.mamori.db.catalogue.CatalogueFormatException;
import jp.mamori.db.persistence.StaffDao;
import jp.mamori.db.proc.CatalogueImport;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.KeyFiles;
import jp.mamori.db.pki.Pem;

/**
 * Server-side provisioning with the CA key: staff accounts with their certificates, designated
 * terminals, revocation. Runs on the server host (command line, demo set-up); every change is
 * audited as the server's own administrative account.
 */
public final class Provisioning {

    private static final String ACTOR = "server";

    private final Jdbi jdbi;
    private final CertificateAuthority ca;
    private final PasswordHasher hasher = new PasswordHasher();

    public Provisioning(Jdbi jdbi, CertificateAuthority ca) {
        this.jdbi = jdbi;
        this.ca = ca;
    }

    /** A staff account, its certificate valid from {@code notBefore} to {@code notAfter}, and its key file. */
    public IssuedCredential createStaff(String userName, String displayName, StaffRole role, String sectionCode,
            char[] password, Instant notBefore, Instant notAfter, Path keyFile) throws IOException {
        IssuedCredential credential = ca.issue(userName, CertificatePurpose.STAFF, notBefore, notAfter, List.of());
        inTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO MAMORI.STAFF (USER_NAME, DISPLAY_NAME, ROLE_CODE, SECTION_CODE, PASSWORD_HASH)
                    VALUES (:user, :name, :role, :section, :hash)
                    """).bind("user", userName).bind("name", displayName).bind("role", role.name())
                    .bind("section", sectionCode).bind("hash", hasher.hash(password)).execute();
            insertCertificate(h, userName, credential);
            audit(h, "STAFF_CREATE", userName, AuditDetail.of("role", role.name()).with("section", sectionCode));
        });
        credential.writePkcs12(keyFile, KeyFiles.staffStorePassword());
        return credential;
    }

    /** Marks a password as one-time: it must be changed at the next login (ADR 0015). */
    public void requirePasswordChange(String userName) {
        inTransaction(h -> {
            if (h.attach(StaffDao.class).requirePasswordChange(userName) != 1) {
                throw new IllegalArgumentException("no such staff member");
            }
            audit(h, "STAFF_PASSWORD_ONE_TIME", userName, AuditDetail.empty());
        });
    }

    /**
     * Imports a city's catalogue of sections and linkage duties (the same import as
     * API.ADMIN_CATALOGUE_IMPORT), audited as the server's own account.
     */
    public CatalogueImport.Result importCatalogue(String sectionsCsv, String dutiesCsv)
            throws CatalogueFormatException {
        try (Handle h = jdbi.open()) {
            h.begin();
            try {
                Catalogue catalogue = CatalogueImport.parse(h, sectionsCsv, dutiesCsv);
                CatalogueImport.Result result = CatalogueImport.apply(h, catalogue);
                audit(h, "CATALOGUE_IMPORT", "", AuditDetail.of("sectionsAdded", result.sectionsAdded())
                        .with("dutiesAdded", result.dutiesAdded()).with("setItemsAdded", result.setItemsAdded()));
                h.commit();
                return result;
            } catch (CatalogueFormatException | RuntimeException e) {
                h.rollback();
                throw e;
            } catch (SQLException e) {
                h.rollback();
                throw new IllegalStateException("catalogue import failed", e);
            }
        }
    }

    /** A further certificate for an existing staff member (renewal). */
    public IssuedCredential issueStaffCertificate(String userName, Instant notBefore, Instant notAfter, Path keyFile)
            throws IOException {
        IssuedCredential credential = ca.issue(userName, CertificatePurpose.STAFF, notBefore, notAfter, List.of());
        inTransaction(h -> {
            insertCertificate(h, userName, credential);
            audit(h, "CERT_ISSUE", userName, AuditDetail.of("serial", Pem.serial(credential.certificate())));
        });
        credential.writePkcs12(keyFile, KeyFiles.staffStorePassword());
        return credential;
    }

    /** Registers a designated terminal and writes its key file. */
    public IssuedCredential registerTerminal(String terminalId, String label, Instant notAfter, Path keyFile,
            char[] keyFilePassword) throws IOException {
        IssuedCredential credential = ca.issue(terminalId, CertificatePurpose.TERMINAL,
                Instant.now().minusSeconds(300), notAfter, List.of());
        inTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO MAMORI.TERMINAL (TERMINAL_ID, LABEL, CERT_SERIAL, FINGERPRINT, NOT_AFTER)
                    VALUES (:id, :label, :serial, :fp, :notAfter)
                    """).bind("id", terminalId).bind("label", label)
                    .bind("serial", Pem.serial(credential.certificate()))
                    .bind("fp", Pem.fingerprint(credential.certificate()))
                    .bind("notAfter", credential.certificate().getNotAfter().toInstant().atOffset(ZoneOffset.UTC))
                    .execute();
            audit(h, "TERMINAL_REGISTER", terminalId, AuditDetail.empty());
        });
        credential.writePkcs12(keyFile, keyFilePassword);
        return credential;
    }

    /** Revokes a staff certificate. */
    public void revokeCertificate(String serial, String reason) {
        inTransaction(h -> {
            int changed = h.createUpdate("""
                    UPDATE MAMORI.STAFF_CERTIFICATE SET REVOKED_AT = CURRENT_TIMESTAMP, REVOKE_REASON = :reason
                    WHERE SERIAL = :serial AND REVOKED_AT IS NULL
                    """).bind("serial", serial).bind("reason", reason).execute();
            if (changed != 1) {
                throw new IllegalArgumentException("no active certificate with that serial");
            }
            audit(h, "CERT_REVOKE", serial, AuditDetail.of("reason", reason));
        });
    }

    private static void insertCertificate(Handle h, String userName, IssuedCredential credential) {
        h.createUpdate("""
                INSERT INTO MAMORI.STAFF_CERTIFICATE (SERIAL, USER_NAME, FINGERPRINT, NOT_BEFORE, NOT_AFTER)
                VALUES (:serial, :user, :fp, :nb, :na)
                """).bind("serial", Pem.serial(credential.certificate())).bind("user", userName)
                .bind("fp", Pem.fingerprint(credential.certificate()))
                .bind("nb", credential.certificate().getNotBefore().toInstant().atOffset(ZoneOffset.UTC))
                .bind("na", credential.certificate().getNotAfter().toInstant().atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static void audit(Handle h, String action, String target, AuditDetail detail) throws SQLException {
        AuditWriter.append(h.getConnection(), new AuditEntry(ACTOR, StaffRole.ADMIN.name(), "-", "SERVER",
                "server.cli", action, target, AuditOutcome.OK, detail));
    }

    private void inTransaction(SqlWork work) {
        jdbi.useTransaction(h -> {
            try {
                work.run(h);
            } catch (SQLException e) {
                throw new IllegalStateException("provisioning failed", e);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Handle h) throws SQLException;
    }
}
