package jp.mamori.db.server;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies the Flyway migrations in {@code db/migration} as the server's administrative account. */
public final class Migrations {

    private Migrations() {
    }

    public static void apply(DataSource admin) {
        Flyway.configure()
                .dataSource(admin)
                .schemas("MAMORI")
                .createSchemas(true)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
