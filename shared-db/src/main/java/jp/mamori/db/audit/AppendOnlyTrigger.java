package jp.mamori.db.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of the audit tables, whoever the caller is, SA included.
 * TRUNCATE and DROP by an administrator bypass triggers; signed checkpoints kept outside the
 * database catch those (ADR 0005).
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLState of the refusal, mapped to a Japanese message by the client. */
    public static final String SQL_STATE = "MMA02";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only", SQL_STATE);
    }
}
