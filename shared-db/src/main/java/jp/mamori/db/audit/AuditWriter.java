package jp.mamori.db.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one path by which anything is written to the 操作ログ. It runs on the caller's
 * administrative connection, inside the caller's transaction: if this insert fails, the action
 * it records is rolled back with it (ADR 0003).
 */
public final class AuditWriter {

    private static final String INSERT = """
            INSERT INTO MAMORI.AUDIT_LOG
                (USER_NAME, ROLE_CODE, SECTION_CODE, TERMINAL_ID, SCREEN, ACTION, TARGET, OUTCOME, DETAIL)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private AuditWriter() {
    }

    public static void append(Connection admin, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = admin.prepareStatement(INSERT)) {
            insert.setString(1, clip(entry.userName(), 64));
            insert.setString(2, clip(entry.roleCode(), 16));
            insert.setString(3, clip(entry.sectionCode(), 16));
            insert.setString(4, clip(entry.terminalId(), 32));
            insert.setString(5, clip(entry.screen(), 64));
            insert.setString(6, clip(entry.action(), 64));
            insert.setString(7, clip(entry.target(), 256));
            insert.setString(8, entry.outcome().name());
            insert.setString(9, entry.detail().render());
            insert.executeUpdate();
        }
    }

    private static String clip(String value, int max) {
        String escaped = AuditDetail.escape(value == null ? "" : value);
        return AuditDetail.clip(escaped, max, "…");
    }
}
