package jp.mamori.db.golive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.PasswordApi;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.client.StaffKeyIssuer;
import jp.mamori.db.client.TerminalAdminApi;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.server.MamoriServer;
import jp.mamori.db.server.ServerCommand;
import jp.mamori.db.server.ServerLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city goes live with no demo code (issue 10, ADR 0015): {@code init} with the city's catalogue,
 * the designated PC of the administrator registered on the server host, the first administrator's
 * one-time password changed at the first login, a chief, a clerk and a terminal made from the
 * administrator's screen (keys from certification requests), the clerk registers a person, and the
 * administrator revokes the clerk, whose open session ends and whose next login is refused.
 */
class GoLiveIT {

    private static final String SECTIONS = """
            # 試験市の所属
            SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE
            SHIMIN,市民課,true,true
            FUKUSHI,福祉課,true,false
            ZEIMU,税務課,false,true
            """;
    private static final String DUTIES = """
            SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME
            SHIMIN,住民基本台帳,住民記録システム
            ZEIMU,個人住民税,税務システム
            ZEIMU,軽自動車税,税務システム
            """;

    @TempDir
    Path dir;

    @Test
    void aCityGoesLive() throws Exception {
        Path catalogue = Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(catalogue.resolve("sections.csv"), "\uFEFF" + SECTIONS, StandardCharsets.UTF_8);
        Files.write(catalogue.resolve("linkage-duties.csv"), DUTIES.getBytes("windows-31j"));
        Path root = dir.resolve("srv");
        String init = run(0, "init", "--dir", root.toString(), "--org", "試験市", "--host", "localhost",
                "--admin", "kanri", "--admin-name", "管理 太郎", "--catalogue", catalogue.toString());
        assertTrue(init.contains("catalogue: 3 sections, 3 linkage duties"), init);
        Matcher otp = Pattern.compile("one-time password \\(shown only now, to be changed at the first login\\): (\\S+)")
                .matcher(init);
        assertTrue(otp.find(), init);
        ServerLayout layout = new ServerLayout(root);

        try (MamoriServer server = MamoriServer.start(layout, 0)) {
            Path adminPc = dir.resolve("ADMIN-PC01.p12");
            run(0, "register-terminal", "--dir", root.toString(), "--port", Integer.toString(server.port()),
                    "--id", "ADMIN-PC01", "--label", "情報政策課 管理端末", "--out", adminPc.toString());
            ClientConfig adminTerminal = config(server, adminPc,
                    Files.readString(adminPc.resolveSibling("ADMIN-PC01.p12.password")).strip());
            Path adminKey = layout.issued().resolve("kanri.p12");

            String adminPassword = "庁舎の窓から富士山が見える";
            try (MamoriSession admin = new MamoriConnector(adminTerminal).login(adminKey, otp.group(1).toCharArray())) {
                assertTrue(admin.info().passwordChangeRequired(), "the one-time password of init must be changed");
                StaffAdminApi staff = admin.procedures(StaffAdminApi.class);
                assertEquals("denied.passwordChange",
                        assertThrows(ServerRefusal.class, () -> staff.list("admin.staff")).code());
                admin.procedures(PasswordApi.class).change("password", otp.group(1), adminPassword);

                List<CatalogueAdminApi.Duty> duties = admin.procedures(CatalogueAdminApi.class).duties("admin.catalogue");
                assertEquals(3, duties.size());
                String chiefOtp = staff.create("admin.staff", "shimin.chief", "市民 課長", StaffRole.CHIEF, "SHIMIN");
                String clerkOtp = staff.create("admin.staff", "shimin.clerk", "市民 一郎", StaffRole.CLERK, "SHIMIN");
                StaffKeyIssuer issuer = new StaffKeyIssuer(staff, "admin.staff");
                issuer.issueToFile("shimin.chief", dir.resolve("shimin.chief.p12"), Pem.read(layout.caCertificate()));
                issuer.issueToFile("shimin.clerk", dir.resolve("shimin.clerk.p12"), Pem.read(layout.caCertificate()));
                assertFalse(chiefOtp.equals(clerkOtp));

                TerminalAdminApi.TerminalKey pc = admin.procedures(TerminalAdminApi.class)
                        .register("admin.terminal", "PC-SHIMIN-01", "市民課 窓口1");
                Path pcKey = dir.resolve("PC-SHIMIN-01.p12");
                Files.write(pcKey, pc.pkcs12());
                ClientConfig counter = config(server, pcKey, pc.password());

                String clerkPassword = "窓口の朝は八時半から";
                MamoriSession clerk = new MamoriConnector(counter).login(dir.resolve("shimin.clerk.p12"),
                        clerkOtp.toCharArray());
                try {
                    clerk.procedures(PasswordApi.class).change("password", clerkOtp, clerkPassword);
                    clerk.procedures(RegistryApi.class).register("register", new NewRegistration("123456789012345",
                            "試験 花子", "シケン ハナコ", Sex.F, LocalDate.of(1985, 6, 1), true, true,
                            RegistrationBasis.APPLICATION, false));
                    int open = admin.procedures(CatalogueAdminApi.class).duties("admin.catalogue").stream()
                            .mapToInt(CatalogueAdminApi.Duty::openItems).sum();
                    assertEquals(3, open, "the person has a SET item in every linkage duty");
                    assertTrue(admin.procedures(TerminalAdminApi.class).list("admin.terminal").stream()
                            .anyMatch(t -> t.terminalId().equals("PC-SHIMIN-01") && !t.lastUsedAt().isEmpty()));

                    try (MamoriSession chief = new MamoriConnector(counter).login(dir.resolve("shimin.chief.p12"),
                            chiefOtp.toCharArray())) {
                        assertTrue(chief.info().passwordChangeRequired());
                    }

                    // the administrator revokes the clerk while the clerk's session is open
                    staff.setActive("admin.staff", "shimin.clerk", false);
                    for (StaffAdminApi.StaffCertificate c : staff.certificates("admin.staff", "shimin.clerk")) {
                        staff.revoke("admin.staff", c.serial(), "cessationOfOperation");
                    }
                    ServerRefusal ended = assertThrows(ServerRefusal.class,
                            () -> clerk.procedures(RegistryApi.class).holdingSections("search"));
                    assertTrue(ended.code().startsWith("session.ended.") || ended.code().equals("connection.lost"),
                            "the open session ends: " + ended.code());
                } finally {
                    clerk.close();
                }
                LoginException refused = assertThrows(LoginException.class, () -> new MamoriConnector(counter)
                        .login(dir.resolve("shimin.clerk.p12"), clerkPassword.toCharArray()));
                assertEquals(LoginFailure.ACCOUNT_DISABLED, refused.failure());
            }
        }
    }

    private static ClientConfig config(MamoriServer server, Path terminalKey, String password) {
        return new ClientConfig(new ServerAddress("127.0.0.1", server.port(), "mamori"),
                server.layout().caCertificate(), terminalKey, password.toCharArray());
    }

    private static String run(int expectedStatus, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ServerCommand.run(args, out, out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedStatus, status, text);
        return text;
    }
}
