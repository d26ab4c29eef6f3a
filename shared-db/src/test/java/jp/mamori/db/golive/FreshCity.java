package jp.mamori.db.golive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.PasswordApi;
import jp.mamori.db.client.ServerAddress;
import jp.mamori.db.server.MamoriServer;
import jp.mamori.db.server.ServerCommand;
import jp.mamori.db.server.ServerLayout;

/**
 * A server as {@code init} makes it, with a catalogue, started in this JVM (each IT has its own),
 * and its first administrator logged in from a terminal registered on the server host, password
 * changed.
 */
final class FreshCity implements AutoCloseable {

    static final String ADMIN_PASSWORD = "庁舎の窓から富士山が見える";

    final Path dir;
    final MamoriServer server;
    final ClientConfig adminTerminal;
    final MamoriSession admin;

    private FreshCity(Path dir, MamoriServer server, ClientConfig adminTerminal, MamoriSession admin) {
        this.dir = dir;
        this.server = server;
        this.adminTerminal = adminTerminal;
        this.admin = admin;
    }

    static FreshCity start(Path dir, String sectionsCsv, String dutiesCsv) throws Exception {
        Path catalogue = Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(catalogue.resolve("sections.csv"), sectionsCsv, StandardCharsets.UTF_8);
        Files.writeString(catalogue.resolve("linkage-duties.csv"), dutiesCsv, StandardCharsets.UTF_8);
        Path root = dir.resolve("srv");
        String init = run("init", "--dir", root.toString(), "--org", "試験市", "--host", "localhost",
                "--admin", "kanri", "--admin-name", "管理 太郎", "--catalogue", catalogue.toString());
        Matcher otp = Pattern.compile("to be changed at the first login\\): (\\S+)").matcher(init);
        assertTrue(otp.find(), init);
        ServerLayout layout = new ServerLayout(root);
        MamoriServer server = MamoriServer.start(layout, 0);
        Path adminPc = dir.resolve("ADMIN-PC01.p12");
        run("register-terminal", "--dir", root.toString(), "--port", Integer.toString(server.port()),
                "--id", "ADMIN-PC01", "--label", "管理端末", "--out", adminPc.toString());
        ClientConfig config = config(server, adminPc,
                Files.readString(adminPc.resolveSibling("ADMIN-PC01.p12.password")).strip());
        MamoriSession admin = new MamoriConnector(config).login(layout.issued().resolve("kanri.p12"),
                otp.group(1).toCharArray());
        admin.procedures(PasswordApi.class).change("password", otp.group(1), ADMIN_PASSWORD);
        return new FreshCity(dir, server, config, admin);
    }

    static ClientConfig config(MamoriServer server, Path terminalKey, String password) {
        return new ClientConfig(new ServerAddress("127.0.0.1", server.port(), "mamori"),
                server.layout().caCertificate(), terminalKey, password.toCharArray());
    }

    static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ServerCommand.run(args, out, out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        return text;
    }

    @Override
    public void close() {
        admin.close();
        server.close();
    }
}
