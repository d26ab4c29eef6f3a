package jp.mamori.app.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.db.testing.TestServer;

/** Reads the test server's 操作ログ through its administrative connection. */
public final class AuditRows {

    /** One row as the tests read it. */
    public record Row(String user, String screen, String action, String target, String outcome, String detail) {
    }

    private AuditRows() {
    }

    /** The last sequence number now; rows after it are "since". */
    public static long mark() throws SQLException {
        try (Connection admin = TestServer.admin();
                PreparedStatement st = admin.prepareStatement("SELECT COALESCE(MAX(SEQ), 0) FROM MAMORI.AUDIT_LOG");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of {@code user} written after {@code mark}, in order. */
    public static List<Row> since(long mark, String user) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection admin = TestServer.admin();
                PreparedStatement st = admin.prepareStatement("""
                        SELECT USER_NAME, SCREEN, ACTION, TARGET, OUTCOME, DETAIL
                        FROM MAMORI.AUDIT_LOG WHERE SEQ > ? AND USER_NAME = ? ORDER BY SEQ""")) {
            st.setLong(1, mark);
            st.setString(2, user);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return rows;
    }
}
