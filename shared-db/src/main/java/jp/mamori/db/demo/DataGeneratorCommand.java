package jp.mamori.db.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Command that fills a demo or benchmark database with the seed-001 catalogue and synthetic
 * persons:
 *
 * <pre>
 * DataGeneratorCommand --db-url jdbc:h2:... --user SA --password-file FILE
 *     [--persons 100000] [--seed 42] [--average-registrations 1.6] [--released-share 0.1]
 *     [--commit-every 2000] [--registered-by demo.loader] [--first-index N] [--migrate]
 * </pre>
 *
 * The password is read from the first line of a file, never from the command line.
 * {@code --migrate} applies the Flyway migrations first (for a new database). The catalogue is
 * inserted only when {@code MAMORI.SECTION} is empty. Without {@code --first-index}, numbering
 * continues after the highest synthetic 団体内統合宛名番号 already stored, so the command can be
 * run repeatedly against one database. Never point it at a production database.
 */
public final class DataGeneratorCommand {

    private static final Set<String> FLAGS = Set.of("--migrate");
    private static final Set<String> OPTIONS = Set.of("--db-url", "--user", "--password-file",
            "--persons", "--seed", "--average-registrations", "--released-share", "--commit-every",
            "--registered-by", "--first-index");

    private final PrintStream out;

    private DataGeneratorCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the command; exits with status 2 on bad arguments and 1 on failure. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command and returns its exit status (0 success, 1 failure, 2 bad arguments),
     * writing the figures to {@code out} and problems to {@code err}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: --db-url URL --user USER --password-file FILE [--persons N] [--seed S]"
                    + " [--average-registrations A] [--released-share R] [--commit-every N]"
                    + " [--registered-by NAME] [--first-index N] [--migrate]");
            return 2;
        }
        try {
            new DataGeneratorCommand(out).execute(options);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("data generation failed: " + e);
            return 1;
        }
    }

    private void execute(Map<String, String> options) throws IOException, SQLException {
        String url = options.get("--db-url");
        String user = options.get("--user");
        String password = readPassword(Path.of(options.get("--password-file")));
        if (options.containsKey("--migrate")) {
            int applied = Flyway.configure()
                    .dataSource(url, user, password)
                    .schemas("MAMORI")
                    .createSchemas(true)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            out.printf(Locale.ROOT, "migrations applied: %d%n", applied);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (count(connection, "SELECT COUNT(*) FROM MAMORI.SECTION") == 0) {
                DemoCatalog.InsertCount inserted = DemoCatalog.load().insertInto(connection);
                out.printf(Locale.ROOT, "sections inserted: %d, linkage duties inserted: %d%n",
                        inserted.sections(), inserted.linkageDuties());
            } else {
                out.println("sections present: catalogue not inserted");
            }
            long firstIndex = options.containsKey("--first-index")
                    ? Long.parseLong(options.get("--first-index"))
                    : nextSyntheticIndex(connection);
            RegistryLoader.Plan plan = new RegistryLoader.Plan(firstIndex,
                    Integer.parseInt(options.getOrDefault("--persons", "100000")),
                    Double.parseDouble(options.getOrDefault("--average-registrations", "1.6")),
                    Double.parseDouble(options.getOrDefault("--released-share",
                            String.valueOf(RegistryLoader.Plan.DEFAULT_RELEASED_SHARE))),
                    Long.parseLong(options.getOrDefault("--seed", "42")),
                    options.getOrDefault("--registered-by", "demo.loader"),
                    LocalDate.now(),
                    Integer.parseInt(options.getOrDefault("--commit-every",
                            String.valueOf(RegistryLoader.Plan.DEFAULT_COMMIT_EVERY))));
            RegistryLoader.Result result = new RegistryLoader(connection).load(plan);
            Duration elapsed = result.elapsed();
            out.printf(Locale.ROOT, "persons inserted: %d (indexes %d to %d)%n", result.persons(),
                    firstIndex, firstIndex + result.persons() - 1);
            out.printf(Locale.ROOT, "registrations inserted: %d (released: %d)%n",
                    result.registrations(), result.releasedRegistrations());
            out.printf(Locale.ROOT, "elapsed: %.3f s, %.0f rows/s%n", elapsed.toNanos() / 1e9,
                    result.rowsPerSecond());
            out.printf(Locale.ROOT, "database totals: %d persons, %d registrations, %d active%n",
                    count(connection, "SELECT COUNT(*) FROM MAMORI.PERSON"),
                    count(connection, "SELECT COUNT(*) FROM MAMORI.REGISTRATION"),
                    count(connection, "SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE RELEASE_DATE IS NULL"));
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (OPTIONS.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: " + name);
            }
        }
        for (String required : new String[] {"--db-url", "--user", "--password-file"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return options;
    }

    /** The first line of the file, without its line ending. */
    static String readPassword(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static long nextSyntheticIndex(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT MAX(ADDRESSEE_NUMBER) FROM MAMORI.PERSON
                WHERE CHAR_LENGTH(ADDRESSEE_NUMBER) = ? AND ADDRESSEE_NUMBER LIKE '9%'""")) {
            query.setInt(1, SyntheticPersons.ADDRESSEE_NUMBER_LENGTH);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                OptionalLong last = SyntheticPersons.indexOf(rs.getString(1));
                return last.isPresent() ? last.getAsLong() + 1 : 0;
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
