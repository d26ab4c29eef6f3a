package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/** Online, transactionally consistent backups with H2's {@code BACKUP TO}. */
final class Backups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private Backups() {
    }

    static Path write(DataSource admin, ServerLayout layout) throws IOException, SQLException {
        Files.createDirectories(layout.backups());
        Path target = layout.backups().resolve("mamori-" + NAME.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip")
                .toAbsolutePath();
        try (Connection c = admin.getConnection(); PreparedStatement st = c.prepareStatement("BACKUP TO ?")) {
            st.setString(1, target.toString());
            st.execute();
        }
        return target;
    }
}
