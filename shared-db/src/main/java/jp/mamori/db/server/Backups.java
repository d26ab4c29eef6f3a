package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import jp.mamori.db.pki.SecureFiles;

/**
 * Online, transactionally consistent backups with H2's {@code BACKUP TO}. A backup holds every
 * record of every victim: it is written owner-only (0600) into an owner-only directory (0700).
 */
final class Backups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private Backups() {
    }

    static Path write(DataSource admin, ServerLayout layout) throws IOException, SQLException {
        SecureFiles.createOwnerOnlyDirectory(layout.backups());
        Path target = layout.backups().resolve("mamori-" + NAME.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip")
                .toAbsolutePath();
        // created owner-only first; H2 writes into the existing file and keeps its permissions
        SecureFiles.createOwnerOnly(target);
        try (Connection c = admin.getConnection(); PreparedStatement st = c.prepareStatement("BACKUP TO ?")) {
            st.setString(1, target.toString());
            st.execute();
        }
        SecureFiles.createOwnerOnly(target);
        return target;
    }
}
