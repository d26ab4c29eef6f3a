package jp.mamori.db.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Rows of {@code MAMORI.AUDIT_LOG} in SEQ order, fetched in batches as they are consumed. Close it
 * to release the statement. Read failures surface as {@link AuditLogReadException}.
 */
public final class AuditRowCursor implements Iterator<AuditRecord>, AutoCloseable {

    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private AuditRecord next;
    private boolean finished;

    AuditRowCursor(PreparedStatement statement, ResultSet resultSet) {
        this.statement = statement;
        this.resultSet = resultSet;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            try {
                if (resultSet.next()) {
                    next = map(resultSet);
                } else {
                    finished = true;
                }
            } catch (SQLException e) {
                throw new AuditLogReadException("cannot read the audit log", e);
            }
        }
        return next != null;
    }

    @Override
    public AuditRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AuditRecord row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try (statement; resultSet) {
            finished = true;
        } catch (SQLException e) {
            throw new AuditLogReadException("cannot close the audit log query", e);
        }
    }

    static AuditRecord map(ResultSet rs) throws SQLException {
        long seq = rs.getLong("SEQ");
        try {
            LocalDateTime at = rs.getObject("AT_UTC", LocalDateTime.class);
            return new AuditRecord(seq, at == null ? null : at.toInstant(ZoneOffset.UTC),
                    rs.getString("USER_NAME"), rs.getString("ROLE_CODE"), rs.getString("SECTION_CODE"),
                    rs.getString("TERMINAL_ID"), rs.getString("SCREEN"), rs.getString("ACTION"),
                    rs.getString("TARGET"), AuditOutcome.valueOf(rs.getString("OUTCOME")),
                    rs.getString("DETAIL"), rs.getString("PREV_HASH"), rs.getString("ROW_HASH"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AuditLogReadException("audit log row SEQ " + seq + " is not a valid log row", e);
        }
    }
}
