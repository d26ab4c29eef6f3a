package jp.mamori.db.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import jp.mamori.db.pki.LoginToken;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.KeyFiles;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.demo.DemoUser;

/**
 * Login latency through the real client path: {@code MamoriConnector.login} reads the staff and
 * terminal key files, signs a login token, opens a TLS connection with realm {@code MAMORI}; the
 * server checks the token, certificates, terminal and the Argon2id password hash and writes the
 * login audit row; the client then calls {@code API.SESSION_INFO}. Logout is not timed. Next to it:
 * a TLS connection of the server's own account and one query, which has no token and no Argon2id.
 */
final class LoginBench {

    private static final int WARM_UP = 3;

    private LoginBench() {
    }

    static void run(BenchServer server, BenchOptions options, BenchReport report) throws Exception {
        List<DemoUser> staff = server.registryStaff();
        for (int i = 0; i < WARM_UP; i++) {
            server.login(staff.get(i % staff.size())).close();
        }
        Latencies logins = new Latencies(options.logins());
        for (int i = 0; i < options.logins(); i++) {
            DemoUser user = staff.get(i % staff.size());
            long start = System.nanoTime();
            MamoriSession session = server.login(user);
            logins.add(System.nanoTime() - start);
            session.close();
        }
        Latencies adminConnects = new Latencies(options.logins());
        for (int i = 0; i < options.logins() + WARM_UP; i++) {
            long start = System.nanoTime();
            try (Connection admin = server.admin(); Statement st = admin.createStatement();
                    ResultSet rs = st.executeQuery("SELECT 1")) {
                rs.next();
                if (i >= WARM_UP) {
                    adminConnects.add(System.nanoTime() - start);
                }
            }
        }
        Latencies clientSide = new Latencies(options.logins());
        for (int i = 0; i < options.logins() + WARM_UP; i++) {
            DemoUser user = staff.get(i % staff.size());
            long start = System.nanoTime();
            IssuedCredential staffKey = IssuedCredential.readPkcs12(user.pkcs12(), KeyFiles.staffStorePassword());
            IssuedCredential terminal = IssuedCredential.readPkcs12(server.clientConfig().terminalKeystore(),
                    server.clientConfig().terminalKeystorePassword());
            LoginToken.create(user.userName(), DemoEnvironment.TERMINAL_ID, user.password().toCharArray(), staffKey.key(),
                    staffKey.certificate(), terminal.key(), terminal.certificate(), Instant.now()).encode();
            if (i >= WARM_UP) {
                clientSide.add(System.nanoTime() - start);
            }
        }
        Latencies.Summary login = logins.summary();
        Latencies.Summary connect = adminConnects.summary();
        report.add(BenchRow.latency("login", "staff login (TLS + realm + token + Argon2id + SESSION_INFO)", login,
                login.p50() / connect.p50(), "ratio = p50 / p50 of the line below; sequential, one client"));
        report.add(BenchRow.latency("login", "TLS connect + SELECT 1 as server admin (no token, no Argon2id)",
                connect, Double.NaN, "baseline: TLS handshake and H2 session"));
        report.add(BenchRow.latency("login", "client side only: read both key files, sign the login token",
                clientSide.summary(), Double.NaN, "no network; part of the staff login above"));
    }
}
