package jp.mamori.db.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.client.StaffKeyIssuer;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.testing.TestServer;

/**
 * Staff made the way a city makes them: the administrator creates the account, issues the key from
 * a certification request made on this side, and the person logs in with the one-time password.
 */
final class AdminFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** A password that passes the policy and belongs to nobody's context. */
    static final String GOOD_PASSWORD = "ひまわり畑で待ち合わせ";

    private AdminFixture() {
    }

    /** A staff member as created: login id, key file, one-time password. */
    record NewStaff(String userName, Path keyFile, String oneTimePassword) {
    }

    static String uniqueUser(String prefix) {
        return prefix + "." + COUNTER.incrementAndGet();
    }

    static MamoriSession admin() throws Exception {
        return TestServer.login("admin");
    }

    /** Creates an account and issues its key into a new key file. */
    static NewStaff create(MamoriSession admin, String prefix, StaffRole role, String section) throws Exception {
        String user = uniqueUser(prefix);
        StaffAdminApi api = admin.procedures(StaffAdminApi.class);
        String otp = api.create("admin.staff", user, "試験 " + prefix, role, section);
        Path dir = Files.createDirectories(TestServer.directory().resolve("admin-issued"));
        Path keyFile = dir.resolve(user + ".p12");
        new StaffKeyIssuer(api, "admin.staff").issueToFile(user, keyFile,
                Pem.read(TestServer.get().server().layout().caCertificate()));
        return new NewStaff(user, keyFile, otp);
    }

    static MamoriSession login(Path keyFile, String password) throws Exception {
        return new MamoriConnector(TestServer.clientConfig()).login(keyFile, password.toCharArray());
    }

    static ServerRefusal refused(String code, org.junit.jupiter.api.function.Executable call) {
        ServerRefusal refusal = assertThrows(ServerRefusal.class, call);
        assertEquals(code, refusal.code(), refusal.args().toString());
        return refusal;
    }

    /** Rows of the audit log of {@code user} and {@code action} with {@code outcome}. */
    static long auditRows(String user, String action, String outcome) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE USER_NAME = ? AND ACTION = ? AND OUTCOME = ?")) {
            st.setString(1, user);
            st.setString(2, action);
            st.setString(3, outcome);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The last audit row's DETAIL of {@code user} and {@code action}. */
    static String lastDetail(String user, String action) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT DETAIL FROM MAMORI.AUDIT_LOG WHERE USER_NAME = ? AND ACTION = ? ORDER BY SEQ DESC LIMIT 1")) {
            st.setString(1, user);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    static String queryString(String sql, Object... args) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
