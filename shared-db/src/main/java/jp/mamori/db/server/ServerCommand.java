package jp.mamori.db.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import jp.mamori.db.audit.AuditSignerPin;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.CertificateAuthority;

/**
 * {@code mamori-server}: the server's command line.
 *
 * <pre>
 * init     --dir DIR --org NAME --host NAME[,NAME...] --admin USER --admin-name NAME
 *          [--catalogue DIR | SECTIONS.csv,DUTIES.csv]
 * start    --dir DIR [--bind ADDRESS] [--port PORT] [--maintenance-sql on]
 * backup   --dir DIR --port PORT
 * register-terminal --dir DIR --port PORT --id TERMINAL-ID --label TEXT [--out FILE.p12]
 * export-log --dir DIR --port PORT --from YYYY-MM-DD --to YYYY-MM-DD [--out BUNDLE-DIR]
 * verify   --dir DIR --port PORT | --bundle BUNDLE-DIR (--dir DIR [--port PORT] | --signer-fingerprint SHA256)
 * </pre>
 * Commands other than {@code init} and {@code start} talk to the running server over TLS on
 * loopback as the server host's maintenance account {@code OPERATOR@SERVERADMIN}, which can only
 * call the audited API.SERVER_* procedures (ADR 0005); they run on the server host, as its
 * account (they read the server secret). {@code verify} without {@code --port} opens the stopped
 * database directly. Without {@code --out}, files stay in the server's {@code exports/} and
 * {@code issued/}.
 */
public final class ServerCommand {

    private ServerCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command; 0 success, 1 failure, 2 usage. {@code start} returns when the JVM is stopped. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err);
        }
        Arguments a = new Arguments(Arrays.copyOfRange(args, 1, args.length));
        ServerJvm.configure(a.value("bind", "127.0.0.1"));
        try {
            switch (args[0]) {
                case "init" -> init(a, out);
                case "start" -> start(a, out);
                case "backup" -> out.println(ServerTools.connect(a).backup());
                case "register-terminal" -> ServerTools.connect(a).registerTerminal(a, out);
                case "export-log" -> ServerTools.connect(a).exportLog(a, out);
                case "verify" -> {
                    return ServerTools.verify(a, out);
                }
                default -> {
                    return usage(err);
                }
            }
            return 0;
        } catch (jp.mamori.db.catalogue.CatalogueFormatException e) {
            err.println("mamori-server: the catalogue was not imported: " + e.file().name().toLowerCase(java.util.Locale.ROOT)
                    + " file, line " + e.line() + ": " + e.messageKey());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("mamori-server: " + e.getMessage());
            return usage(err);
        } catch (Exception e) {
            err.println("mamori-server: " + args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static void init(Arguments a, PrintStream out) throws Exception {
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        List<String> hosts = List.of(a.required("host").split(","));
        CertificateAuthority ca = new ServerInitializer(layout, a.required("org"), hosts).initialise();
        String admin = a.required("admin");
        char[] password = jp.mamori.db.proc.OneTimePasswords.generate();
        try (MamoriServer server = MamoriServer.start(layout, 0)) {
            Path keyFile = layout.issued().resolve(admin + ".p12");
            Provisioning provisioning = new Provisioning(ServerContext.get().jdbi(), ca);
            provisioning.createStaff(admin, a.required("admin-name"),
                    StaffRole.ADMIN, null, password, Instant.now().minusSeconds(300),
                    Instant.now().plus(Duration.ofDays(825)), keyFile);
            // printed once below; the first login must change it (ADR 0015)
            provisioning.requirePasswordChange(admin);
            if (a.has("catalogue")) {
                CatalogueFiles files = CatalogueFiles.of(a.required("catalogue"));
                var imported = provisioning.importCatalogue(files.sections(), files.duties());
                out.println("catalogue: " + imported.sectionsAdded() + " sections, " + imported.dutiesAdded()
                        + " linkage duties");
            }
            out.println("mamori server initialised in " + layout.root());
            out.println("CA certificate for terminals: " + layout.caCertificate());
            out.println("audit signing certificate: " + layout.auditSigningCertificate());
            out.println("audit signing certificate SHA-256 fingerprint (give it to the security officer on paper): "
                    + AuditSignerPin.read(layout.auditSignerPin()).display());
            out.println("first administrator: " + admin + ", key file " + keyFile);
            out.println("one-time password (shown only now, to be changed at the first login): "
                    + new String(password));
        }
    }

    private static void start(Arguments a, PrintStream out) throws Exception {
        ServerLayout layout = new ServerLayout(Path.of(a.required("dir")));
        boolean maintenanceSql = "on".equals(a.value("maintenance-sql", "off"));
        if (!maintenanceSql && !"off".equals(a.value("maintenance-sql", "off"))) {
            throw new IllegalArgumentException("--maintenance-sql is on or off");
        }
        MamoriServer server = MamoriServer.start(layout, Integer.parseInt(a.value("port", "9443")), maintenanceSql);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mamori-shutdown"));
        out.println("mamori server listening on " + a.value("bind", "127.0.0.1") + ":" + server.port() + " (TLS)");
        out.flush();
        stopped.await();
    }

    private static int usage(PrintStream err) {
        err.println("""
                usage: mamori-server <command> [options]
                  init --dir DIR --org NAME --host NAME[,NAME] --admin USER --admin-name NAME
                       [--catalogue DIR | SECTIONS.csv,DUTIES.csv]
                  start --dir DIR [--bind ADDRESS] [--port PORT]
                        [--maintenance-sql on]  (benchmarks and fault tests only: the server's administrator
                                                 may run SQL over loopback; audited, never in production)
                  backup --dir DIR --port PORT
                  register-terminal --dir DIR --port PORT --id ID --label TEXT [--out FILE.p12]
                  export-log --dir DIR --port PORT --from YYYY-MM-DD --to YYYY-MM-DD [--out BUNDLE-DIR]
                  verify --dir DIR --port PORT
                  verify --bundle BUNDLE-DIR (--dir DIR [--port PORT] | --signer-fingerprint SHA256)""");
        return 2;
    }

    /** {@code --name value} pairs. */
    static final class Arguments {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        Arguments(String[] args) {
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
                values.put(args[i].substring(2), args[++i]);
            }
        }

        String required(String name) {
            String v = values.get(name);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return v;
        }

        String value(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }
    }
}
