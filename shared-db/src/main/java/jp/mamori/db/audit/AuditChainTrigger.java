package jp.mamori.db.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.h2.api.Trigger;

/**
 * BEFORE INSERT row trigger on {@code MAMORI.AUDIT_LOG}: assigns the sequence number, the UTC
 * time and the chain hashes from the head row, which it locks ({@code SELECT ... FOR UPDATE})
 * until the inserting transaction ends. That lock is what keeps the chain correct under
 * concurrent writers (ADR 0004): a trigger that merely read the last row broke links.
 */
public final class AuditChainTrigger implements Trigger {

    static final int SEQ = 0;
    static final int AT_UTC = 1;
    static final int USER_NAME = 2;
    static final int ROLE_CODE = 3;
    static final int SECTION_CODE = 4;
    static final int TERMINAL_ID = 5;
    static final int SCREEN = 6;
    static final int ACTION = 7;
    static final int TARGET = 8;
    static final int OUTCOME = 9;
    static final int DETAIL = 10;
    static final int PREV_HASH = 11;
    static final int ROW_HASH = 12;

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        long lastSeq;
        String lastHash;
        try (PreparedStatement head = conn.prepareStatement(
                "SELECT LAST_SEQ, LAST_HASH FROM MAMORI.AUDIT_HEAD WHERE ID = 1 FOR UPDATE");
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit chain head row is missing", "MMA01");
            }
            lastSeq = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        long seq = lastSeq + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = ChainHash.rowHash(seq, at, text(newRow, USER_NAME), text(newRow, ROLE_CODE),
                text(newRow, SECTION_CODE), text(newRow, TERMINAL_ID), text(newRow, SCREEN),
                text(newRow, ACTION), text(newRow, TARGET), text(newRow, OUTCOME),
                text(newRow, DETAIL), lastHash);
        newRow[SEQ] = seq;
        newRow[AT_UTC] = Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        newRow[PREV_HASH] = lastHash;
        newRow[ROW_HASH] = hash;
        try (PreparedStatement update = conn.prepareStatement(
                "UPDATE MAMORI.AUDIT_HEAD SET LAST_SEQ = ?, LAST_HASH = ? WHERE ID = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.executeUpdate();
        }
    }

    private static String text(Object[] row, int column) {
        Object value = row[column];
        return value == null ? "" : value.toString();
    }
}
