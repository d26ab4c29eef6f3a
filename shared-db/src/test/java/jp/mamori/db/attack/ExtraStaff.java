package jp.mamori.db.attack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.db.pki.LoginToken;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.server.Provisioning;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.ServerLayout;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.testing.Tokens;

/**
 * Staff beyond the demo accounts, made on the test server with its own CA: a clerk of a section
 * that only uses the data (利用課 without 保有課), or of a section that neither holds nor uses it.
 */
final class ExtraStaff {

    private static final String PASSWORD = "mamori-extra-staff";
    private static final Map<String, IssuedCredential> CREATED = new HashMap<>();

    private ExtraStaff() {
    }

    /** Adds a section to the test server's catalogue if it is not there yet. */
    static void section(String code, String name, boolean holdsData, boolean doesLinkage) throws Exception {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement("""
                MERGE INTO MAMORI.SECTION (SECTION_CODE, NAME, HOLDS_DATA, DOES_LINKAGE) KEY (SECTION_CODE)
                VALUES (?, ?, ?, ?)""")) {
            st.setString(1, code);
            st.setString(2, name);
            st.setBoolean(3, holdsData);
            st.setBoolean(4, doesLinkage);
            st.executeUpdate();
        }
    }

    /** Logs in over plain JDBC as {@code user} of {@code sectionCode}, creating the account on first use. */
    static synchronized Connection login(String user, StaffRole role, String sectionCode) throws Exception {
        IssuedCredential staff = CREATED.get(user);
        if (staff == null) {
            staff = create(user, role, sectionCode);
            CREATED.put(user, staff);
        }
        IssuedCredential terminal = Tokens.terminalKey();
        String token = LoginToken.create(user, "DEMO-PC01", PASSWORD.toCharArray(), staff.key(), staff.certificate(),
                terminal.key(), terminal.certificate(), Instant.now()).encode();
        return TestServer.connect(TestServer.sslUrl(";AUTHREALM=MAMORI"), user, token);
    }

    private static IssuedCredential create(String user, StaffRole role, String sectionCode) throws Exception {
        ServerLayout layout = new ServerLayout(TestServer.directory().resolve("server"));
        char[] storePassword = Files.readString(layout.keystorePassword()).strip().toCharArray();
        CertificateAuthority ca = CertificateAuthority.load(layout.caKeystore(), storePassword);
        Path keys = Files.createDirectories(TestServer.directory().resolve("extra-keys"));
        Instant now = Instant.now();
        return new Provisioning(ServerContext.get().jdbi(), ca).createStaff(user, user, role, sectionCode,
                PASSWORD.toCharArray(), now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)),
                keys.resolve(user + ".p12"));
    }
}
