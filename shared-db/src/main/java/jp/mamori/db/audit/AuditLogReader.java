package jp.mamori.db.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the 操作ログ ({@code MAMORI.AUDIT_LOG}), its head and its checkpoint table through a JDBC
 * connection the caller owns (and closes). Rows are streamed in SEQ order with a fetch size, so a
 * long log is never held in memory by this class.
 */
public final class AuditLogReader {

    /** Rows fetched per round trip. */
    public static final int FETCH_SIZE = 1000;

    private static final String ROWS = """
            SELECT SEQ, AT_UTC, USER_NAME, ROLE_CODE, SECTION_CODE, TERMINAL_ID, SCREEN, ACTION,
                   TARGET, OUTCOME, DETAIL, PREV_HASH, ROW_HASH
              FROM MAMORI.AUDIT_LOG
             WHERE SEQ >= ? AND SEQ < ?
             ORDER BY SEQ""";

    private final Connection connection;

    public AuditLogReader(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Rows with SEQ in the range, in SEQ order. The caller closes the cursor. */
    public AuditRowCursor rows(SeqRange range) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(ROWS);
        try {
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, range.from());
            statement.setLong(2, range.toExclusive());
            return new AuditRowCursor(statement, statement.executeQuery());
        } catch (SQLException | RuntimeException e) {
            try {
                statement.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Every row, in SEQ order. The caller closes the cursor. */
    public AuditRowCursor allRows() throws SQLException {
        return rows(SeqRange.all());
    }

    /**
     * The contiguous SEQ range of a period {@code [from, to)}: from the first row written at or
     * after {@code from} to the last row written before {@code to}. Rows are timestamped under the
     * chain lock, so times rise with SEQ; should the clock have stepped back, the range still
     * includes every row between, keeping the exported chain contiguous. Empty if no row falls in
     * the period.
     */
    public Optional<SeqRange> seqRangeOf(Instant from, Instant to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT MIN(SEQ), MAX(SEQ) FROM MAMORI.AUDIT_LOG WHERE AT_UTC >= ? AND AT_UTC < ?")) {
            statement.setObject(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            statement.setObject(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                if (rs.wasNull()) {
                    return Optional.empty();
                }
                return Optional.of(new SeqRange(min, rs.getLong(2) + 1));
            }
        }
    }

    /**
     * The stored position of the row {@code seq} ({@link ChainPosition#GENESIS} for 0), as the
     * start of a range to verify. The row itself is only as trustworthy as the database; prefer a
     * checkpoint or a previous verification where one exists.
     */
    public Optional<ChainPosition> positionOf(long seq) throws SQLException {
        if (seq == 0) {
            return Optional.of(ChainPosition.GENESIS);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT ROW_HASH FROM MAMORI.AUDIT_LOG WHERE SEQ = ?")) {
            statement.setLong(1, seq);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next() || !ChainPosition.isHash(rs.getString(1))) {
                    return Optional.empty();
                }
                return Optional.of(new ChainPosition(seq, rs.getString(1)));
            }
        }
    }

    /** The committed head of the chain ({@code MAMORI.AUDIT_HEAD}), which a checkpoint signs. */
    public ChainPosition head() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT LAST_SEQ, LAST_HASH FROM MAMORI.AUDIT_HEAD WHERE ID = 1");
                ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit chain head row is missing", "MMA01");
            }
            return new ChainPosition(rs.getLong(1), rs.getString(2));
        }
    }

    /** Checkpoints stored in {@code MAMORI.AUDIT_CHECKPOINT} with SEQ in the range, by SEQ. */
    public List<Checkpoint> checkpoints(SeqRange range) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT SEQ, ROW_HASH, SIGNED_AT, SIGNATURE FROM MAMORI.AUDIT_CHECKPOINT
                 WHERE SEQ >= ? AND SEQ < ? ORDER BY SEQ""")) {
            statement.setLong(1, range.from());
            statement.setLong(2, range.toExclusive());
            List<Checkpoint> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new Checkpoint(rs.getLong(1), rs.getString(2),
                            rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(4)));
                }
            }
            return result;
        }
    }
}
