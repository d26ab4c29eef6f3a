package jp.mamori.db.golive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.ClientSettingsApi;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.PasswordApi;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.client.SettingsAdminApi;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.client.StaffKeyIssuer;
import jp.mamori.db.client.TerminalAdminApi;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.server.Provisioning;
import jp.mamori.db.server.ServerContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 所属・連携事務, 指定端末, 設定 and the expiring-certificate badge on a city of its own (its flag work
 * and settings are not shared with the demo's tests): no flag-work item is lost when duties come and
 * go; settings are checked against their ranges and audited; a disabled terminal is no longer designated.
 */
class AdministrationIT {

    private static final String SECTIONS = """
            SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE
            SHIMIN,市民課,true,true
            ZEIMU,税務課,false,true
            """;
    private static final String DUTIES = """
            SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME
            SHIMIN,住民基本台帳,住民記録システム
            ZEIMU,個人住民税,税務システム
            """;

    @TempDir
    static Path dir;
    private static FreshCity city;
    private static ClientConfig counter;
    private static Path clerkKey;
    private static final String CLERK_PASSWORD = "窓口の朝は八時半から";

    @BeforeAll
    static void cityWithTwoHeldPersons() throws Exception {
        city = FreshCity.start(dir, SECTIONS, DUTIES);
        StaffAdminApi staff = city.admin.procedures(StaffAdminApi.class);
        String otp = staff.create("admin.staff", "shimin.clerk", "市民 一郎", StaffRole.CLERK, "SHIMIN");
        clerkKey = dir.resolve("shimin.clerk.p12");
        new StaffKeyIssuer(staff, "admin.staff").issueToFile("shimin.clerk", clerkKey,
                Pem.read(city.server.layout().caCertificate()));
        TerminalAdminApi.TerminalKey pc = city.admin.procedures(TerminalAdminApi.class)
                .register("admin.terminal", "PC-SHIMIN-01", "市民課 窓口1");
        Path pcKey = dir.resolve("PC-SHIMIN-01.p12");
        Files.write(pcKey, pc.pkcs12());
        counter = FreshCity.config(city.server, pcKey, pc.password());
        try (MamoriSession clerk = new MamoriConnector(counter).login(clerkKey, otp.toCharArray())) {
            clerk.procedures(PasswordApi.class).change("password", otp, CLERK_PASSWORD);
            RegistryApi registry = clerk.procedures(RegistryApi.class);
            registry.register("register", new NewRegistration("100000000000001", "試験 花子", "シケン ハナコ", Sex.F,
                    LocalDate.of(1985, 6, 1), true, true, RegistrationBasis.APPLICATION, false));
            registry.register("register", new NewRegistration("100000000000002", "試験 太郎", "シケン タロウ", Sex.M,
                    LocalDate.of(1979, 2, 3), true, true, RegistrationBasis.APPLICATION, false));
        }
    }

    @AfterAll
    static void stop() {
        city.close();
    }

    @Test
    void aMalformedImportChangesNothingAndNamesTheLine() {
        CatalogueAdminApi api = city.admin.procedures(CatalogueAdminApi.class);
        List<CatalogueAdminApi.Section> before = api.sections("admin.catalogue");
        ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> api.importCatalogue("admin.catalogue",
                "SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\nKOKUHO,保険年金課,false,true\n",
                "SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\nKOKUHO,国民健康保険,国保システム\nKAIGO,介護保険,介護システム\n"));
        assertEquals("invalid.catalogue", refusal.code());
        assertEquals(List.of("DUTIES", "3", "input.catalogue.unknownSection"), refusal.args());
        assertEquals(before, api.sections("admin.catalogue"), "nothing of a refused file is imported");
    }

    @Test
    void newDutiesGetSetItemsForEveryHeldPersonAndRetiringNeverLosesOne() {
        CatalogueAdminApi api = city.admin.procedures(CatalogueAdminApi.class);
        CatalogueAdminApi.ImportResult imported = api.importCatalogue("admin.catalogue",
                "SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\nSHIMIN,市民課,true,true\nKOKUHO,保険年金課,false,true\n",
                "SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\nKOKUHO,国民健康保険,国保システム\n");
        assertEquals(new CatalogueAdminApi.ImportResult(1, 1, 1, 0, 2), imported);

        int added = api.addDuty("admin.catalogue", "KOKUHO", "後期高齢者医療", "国保システム");
        assertEquals(2, openItems(api, added), "one SET item per person held now");
        assertEquals("conflict.dutyHasOpenItems",
                assertThrows(ServerRefusal.class, () -> api.retireDuty("admin.catalogue", added, null)).code());
        int kokuho = api.duties("admin.catalogue").stream().filter(d -> d.businessName().equals("国民健康保険"))
                .findFirst().orElseThrow().dutyId();
        assertEquals("invalid.input", assertThrows(ServerRefusal.class,
                () -> api.retireDuty("admin.catalogue", added, added)).code());
        CatalogueAdminApi.RetireResult retired = api.retireDuty("admin.catalogue", added, kokuho);
        assertEquals(2, retired.moved() + retired.merged());
        assertEquals(2, openItems(api, kokuho), "the taking-over duty carries the work");
        assertFalse(api.duties("admin.catalogue").stream().filter(d -> d.dutyId() == added).findFirst().orElseThrow()
                .active());
        assertEquals("conflict.dutyInactive", assertThrows(ServerRefusal.class,
                () -> api.retireDuty("admin.catalogue", kokuho, added)).code());

        assertEquals("conflict.sectionHasDuties",
                assertThrows(ServerRefusal.class, () -> api.retireSection("admin.catalogue", "KOKUHO")).code());
        assertEquals("conflict.sectionHasStaff",
                assertThrows(ServerRefusal.class, () -> api.retireSection("admin.catalogue", "SHIMIN")).code());
        api.renameSection("admin.catalogue", "KOKUHO", "保険年金課（国保）");
        assertEquals("conflict.sectionNameTaken", assertThrows(ServerRefusal.class,
                () -> api.renameSection("admin.catalogue", "KOKUHO", "市民課")).code());
        api.renameDuty("admin.catalogue", kokuho, "国民健康保険（資格）", "新国保システム");
        assertEquals("conflict.notLinkageSection", assertThrows(ServerRefusal.class,
                () -> { api.addSection("admin.catalogue", "FUKUSHI", "福祉課", true, false);
                        api.addDuty("admin.catalogue", "FUKUSHI", "福祉", "福祉システム"); }).code());
    }

    @Test
    void settingsAreCheckedAuditedAndReadByClients() throws Exception {
        SettingsAdminApi api = city.admin.procedures(SettingsAdminApi.class);
        assertEquals(5, api.list("admin.settings").size());
        ServerRefusal range = assertThrows(ServerRefusal.class, () -> api.set("admin.settings", "login.maxFailures", "100"));
        assertEquals(List.of("input.setting.range", "3", "20"), range.args());
        assertEquals("input.setting.range", assertThrows(ServerRefusal.class,
                () -> api.set("admin.settings", "login.maxFailures", "ten")).args().get(0));
        assertEquals("input.setting.unknown", assertThrows(ServerRefusal.class,
                () -> api.set("admin.settings", "audit.checkpointRows", "5")).args().get(0));
        api.set("admin.settings", "person.addresseeNumberMaxLength", "16");
        assertEquals("invalid.noChange", assertThrows(ServerRefusal.class,
                () -> api.set("admin.settings", "person.addresseeNumberMaxLength", "16")).code());
        assertTrue(lastDetail("kanri", "SETTING_SET").contains("before=15"), lastDetail("kanri", "SETTING_SET"));
        try (MamoriSession clerk = new MamoriConnector(counter).login(clerkKey, CLERK_PASSWORD.toCharArray())) {
            Map<String, Integer> settings = clerk.procedures(ClientSettingsApi.class).settings("main");
            assertEquals(16, settings.get("person.addresseeNumberMaxLength"));
            assertFalse(settings.containsKey("login.maxFailures"));
        }
    }

    @Test
    void terminalsAreRegisteredWithAKeyFileAndDisabled() throws Exception {
        TerminalAdminApi api = city.admin.procedures(TerminalAdminApi.class);
        TerminalAdminApi.TerminalKey key = api.register("admin.terminal", "PC-ZEIMU-01", "税務課 窓口1");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(key.pkcs12()), key.password().toCharArray());
        X509Certificate cert = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        assertEquals("PC-ZEIMU-01", CertificateAuthority.commonName(cert));
        assertTrue(CertificateChecks.hasPurpose(cert, CertificatePurpose.TERMINAL));
        assertEquals("conflict.terminalExists", assertThrows(ServerRefusal.class,
                () -> api.register("admin.terminal", "PC-ZEIMU-01", "重複")).code());
        assertEquals("invalid.input", assertThrows(ServerRefusal.class,
                () -> api.register("admin.terminal", "pc zeimu", "小文字")).code());
        api.label("admin.terminal", "PC-ZEIMU-01", "税務課 窓口2");

        api.setActive("admin.terminal", "PC-SHIMIN-01", false);
        LoginException refused = assertThrows(LoginException.class,
                () -> new MamoriConnector(counter).login(clerkKey, CLERK_PASSWORD.toCharArray()));
        assertEquals(LoginFailure.TERMINAL_NOT_DESIGNATED, refused.failure());
        api.setActive("admin.terminal", "PC-SHIMIN-01", true);
        new MamoriConnector(counter).login(clerkKey, CLERK_PASSWORD.toCharArray()).close();
        assertTrue(api.list("admin.terminal").stream().anyMatch(t -> t.terminalId().equals("PC-ZEIMU-01")
                && t.label().equals("税務課 窓口2") && t.lastUsedAt().isEmpty()));
    }

    @Test
    void certificatesEndingWithinSixtyDaysAreCounted() throws Exception {
        StaffAdminApi api = city.admin.procedures(StaffAdminApi.class);
        int before = api.expiringCount("admin.staff");
        CertificateAuthority ca = ServerContext.get().certificateAuthority().orElseThrow();
        new Provisioning(ServerContext.get().jdbi(), ca).issueStaffCertificate("shimin.clerk",
                Instant.now().minus(Duration.ofDays(700)), Instant.now().plus(Duration.ofDays(30)),
                dir.resolve("old-clerk.p12"));
        assertEquals(before + 1, api.expiringCount("admin.staff"));
        assertEquals(before + 1, api.expiring("admin.staff").size());
    }

    private static int openItems(CatalogueAdminApi api, int dutyId) {
        return api.duties("admin.catalogue").stream().filter(d -> d.dutyId() == dutyId).findFirst().orElseThrow()
                .openItems();
    }

    private static String lastDetail(String user, String action) throws Exception {
        try (Connection c = ServerContext.get().admin().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT DETAIL FROM MAMORI.AUDIT_LOG WHERE USER_NAME = '" + user
                        + "' AND ACTION = '" + action + "' AND OUTCOME = 'OK' ORDER BY SEQ DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
