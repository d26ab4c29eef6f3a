package jp.mamori.db.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** A real embedded H2 file database with the real migrations applied, for tests. */
final class DemoDatabase {

    static final String USER = "sa";
    static final String PASSWORD = "demo-test-password";

    private final String url;

    private DemoDatabase(String url) {
        this.url = url;
    }

    /** Creates the database under {@code directory} and migrates it. */
    static DemoDatabase migrated(Path directory) {
        DemoDatabase database = new DemoDatabase("jdbc:h2:file:" + directory.resolve("mamori").toAbsolutePath());
        Flyway.configure()
                .dataSource(database.url, USER, PASSWORD)
                .schemas("MAMORI")
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return database;
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
