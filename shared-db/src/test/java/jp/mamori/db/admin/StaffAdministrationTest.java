package jp.mamori.db.admin;

import static jp.mamori.db.admin.AdminFixture.GOOD_PASSWORD;
import static jp.mamori.db.admin.AdminFixture.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.mamori.db.admin.AdminFixture.NewStaff;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.PasswordApi;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.registry.RegistryFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 利用者管理 through the client path: create, key from a request, first login with the one-time
 * password that must be changed first, reset, change of section with its pending requests, disable.
 */
class StaffAdministrationTest {

    private static MamoriSession admin;
    private static StaffAdminApi api;

    @BeforeAll
    static void logIn() throws Exception {
        admin = AdminFixture.admin();
        api = admin.procedures(StaffAdminApi.class);
    }

    @AfterAll
    static void logOut() {
        admin.close();
    }

    @Test
    void oneTimePasswordAllowsOnlyThePasswordChangeThenWork() throws Exception {
        NewStaff clerk = AdminFixture.create(admin, "otp", StaffRole.CLERK, "ZEIMU");
        assertTrue(clerk.oneTimePassword().matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"), clerk.oneTimePassword());
        assertFalse(AdminFixture.queryString("SELECT PASSWORD_HASH FROM MAMORI.STAFF WHERE USER_NAME = ?",
                clerk.userName()).contains(clerk.oneTimePassword()), "only the hash is stored");

        try (MamoriSession session = AdminFixture.login(clerk.keyFile(), clerk.oneTimePassword())) {
            assertTrue(session.info().passwordChangeRequired());
            long denied = AdminFixture.auditRows(clerk.userName(), "SECTION_LIST", "DENIED");
            refused("denied.passwordChange", () -> session.procedures(RegistryApi.class).holdingSections("search"));
            refused("denied.passwordChange", () -> session.recordAction("main", "open", ""));
            assertEquals(denied + 1, AdminFixture.auditRows(clerk.userName(), "SECTION_LIST", "DENIED"));

            PasswordApi password = session.procedures(PasswordApi.class);
            refused("invalid.currentPassword", () -> password.change("password", "wrong-password", GOOD_PASSWORD));
            assertEquals("input.password.tooShort",
                    refused("invalid.input", () -> password.change("password", clerk.oneTimePassword(), "短いパス"))
                            .args().get(0));
            assertEquals("input.password.common", refused("invalid.input",
                    () -> password.change("password", clerk.oneTimePassword(), "Password123")).args().get(0));
            assertEquals("input.password.context", refused("invalid.input",
                    () -> password.change("password", clerk.oneTimePassword(), clerk.userName() + "-secret")).args()
                            .get(0));
            password.change("password", clerk.oneTimePassword(), GOOD_PASSWORD);
            assertFalse(session.procedures(RegistryApi.class).holdingSections("search").isEmpty(), "works after the change");
            String detail = AdminFixture.lastDetail(clerk.userName(), "PASSWORD_CHANGE");
            assertFalse(detail.contains(GOOD_PASSWORD) || detail.contains(clerk.oneTimePassword()), detail);
        }
        try (MamoriSession again = AdminFixture.login(clerk.keyFile(), GOOD_PASSWORD)) {
            assertFalse(again.info().passwordChangeRequired());
        }
        assertThrows(LoginException.class, () -> AdminFixture.login(clerk.keyFile(), clerk.oneTimePassword()));
    }

    @Test
    void resetStopsALiveSessionUntilTheNewPasswordIsChanged() throws Exception {
        NewStaff clerk = AdminFixture.create(admin, "reset", StaffRole.CLERK, "ZEIMU");
        try (MamoriSession session = AdminFixture.login(clerk.keyFile(), clerk.oneTimePassword())) {
            session.procedures(PasswordApi.class).change("password", clerk.oneTimePassword(), GOOD_PASSWORD);
            session.procedures(RegistryApi.class).holdingSections("search");
            String otp = api.resetPassword("admin.staff", clerk.userName());
            assertNotEquals(clerk.oneTimePassword(), otp);
            refused("denied.passwordChange", () -> session.procedures(RegistryApi.class).holdingSections("search"));
        }
        assertThrows(LoginException.class, () -> AdminFixture.login(clerk.keyFile(), GOOD_PASSWORD));
    }

    @Test
    void leavingTheSectionWithdrawsPendingRequestsAndSaysHowMany() throws Exception {
        NewStaff clerk = AdminFixture.create(admin, "mover", StaffRole.CLERK, "ZEIMU");
        long requestId;
        try (MamoriSession session = AdminFixture.login(clerk.keyFile(), clerk.oneTimePassword())) {
            session.procedures(PasswordApi.class).change("password", clerk.oneTimePassword(), GOOD_PASSWORD);
            long tag = RegistryFixture.next();
            long registration = session.procedures(RegistryApi.class).register("register", new NewRegistration(
                    RegistryFixture.number(tag), "見本 " + RegistryFixture.kanjiTag(tag),
                    "ミホン " + RegistryFixture.kanaTag(tag), Sex.F, LocalDate.of(1980, 4, 1), true, true,
                    RegistrationBasis.APPLICATION, false));
            requestId = session.procedures(ReleaseApi.class).request("release", registration,
                    ReleaseBasis.NO_LONGER_NEEDED);
        }
        assertEquals(0, api.change("admin.staff", clerk.userName(), StaffRole.CHIEF, "ZEIMU"),
                "a clerk who becomes chief of the same section keeps the request");
        assertEquals("PENDING", status(requestId));
        assertEquals(1, api.change("admin.staff", clerk.userName(), StaffRole.CLERK, "KODOMOKATEI"));
        assertEquals("WITHDRAWN", status(requestId));
        assertTrue(AdminFixture.lastDetail("admin", "STAFF_CHANGE").contains(Long.toString(requestId)));
        StaffAdminApi.StaffMember moved = api.list("admin.staff").stream()
                .filter(s -> s.userName().equals(clerk.userName())).findFirst().orElseThrow();
        assertEquals("KODOMOKATEI", moved.sectionCode());
        assertEquals(1, moved.validCertificates());
        assertFalse(moved.lastLoginAt().isEmpty());
    }

    @Test
    void disabledAccountsCannotWorkAndTheAdministratorKeepsTheirOwn() throws Exception {
        NewStaff clerk = AdminFixture.create(admin, "off", StaffRole.CLERK, "ZEIMU");
        api.setActive("admin.staff", clerk.userName(), false);
        LoginException e = assertThrows(LoginException.class,
                () -> AdminFixture.login(clerk.keyFile(), clerk.oneTimePassword()));
        assertEquals(LoginFailure.ACCOUNT_DISABLED, e.failure());
        refused("conflict.staffDisabled", () -> api.issueCertificate("admin.staff", clerk.userName(), "x"));
        api.setActive("admin.staff", clerk.userName(), true);
        AdminFixture.login(clerk.keyFile(), clerk.oneTimePassword()).close();

        refused("denied.self", () -> api.setActive("admin.staff", "admin", false));
        refused("denied.self", () -> api.change("admin.staff", "admin", StaffRole.SECURITY, ""));
        refused("conflict.staffExists", () -> api.create("admin.staff", "zeimu.clerk", "重複", StaffRole.CLERK, "ZEIMU"));
        assertEquals("input.sectionCode.invalid", refused("invalid.input",
                () -> api.create("admin.staff", "nosection.x", "所属なし", StaffRole.CLERK, "")).args().get(0));
        assertEquals("input.sectionCode.notAllowed", refused("invalid.input",
                () -> api.create("admin.staff", "sec.x", "監査", StaffRole.SECURITY, "ZEIMU")).args().get(0));
        assertEquals("input.loginId.invalid", refused("invalid.input",
                () -> api.create("admin.staff", "Bad Name", "名前", StaffRole.ADMIN, "")).args().get(0));
    }

    @Test
    void aRequestForSomeoneElseOrWithoutProofOfPossessionGetsNoCertificate() throws Exception {
        NewStaff clerk = AdminFixture.create(admin, "csr", StaffRole.CLERK, "ZEIMU");
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair pair = generator.generateKeyPair();
        String forAdmin = jp.mamori.db.pki.CertificationRequest.pem(
                jp.mamori.db.client.StaffKeyIssuer.request("admin", pair, null));
        long denied = AdminFixture.auditRows("admin", "CERT_ISSUE", "DENIED");
        assertEquals("input.csr.subject", refused("invalid.input",
                () -> api.issueCertificate("admin.staff", clerk.userName(), forAdmin)).args().get(0));
        java.security.KeyPair other = generator.generateKeyPair();
        String foreign = jp.mamori.db.pki.CertificationRequest.pem(
                new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                        new org.bouncycastle.asn1.x500.X500Name("CN=" + clerk.userName()), pair.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                                .build(other.getPrivate())));
        assertEquals("input.csr.signature", refused("invalid.input",
                () -> api.issueCertificate("admin.staff", clerk.userName(), foreign)).args().get(0));
        assertEquals(denied + 2, AdminFixture.auditRows("admin", "CERT_ISSUE", "DENIED"));
        assertEquals(1, api.certificates("admin.staff", clerk.userName()).size(), "only the one from the fixture");
    }

    private static String status(long requestId) throws Exception {
        return AdminFixture.queryString("SELECT STATUS FROM MAMORI.RELEASE_REQUEST WHERE REQUEST_ID = ?", requestId);
    }
}
