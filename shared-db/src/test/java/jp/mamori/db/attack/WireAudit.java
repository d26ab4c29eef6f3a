package jp.mamori.db.attack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.mamori.db.testing.TestServer;

/** Counts audit rows the wire guard writes. */
final class WireAudit {

    private WireAudit() {
    }

    static long rows(String user, String action) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE USER_NAME = ? AND ACTION = ? AND OUTCOME = 'DENIED'")) {
            st.setString(1, user);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String lastDetail(String user, String action) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "SELECT DETAIL FROM MAMORI.AUDIT_LOG WHERE USER_NAME = ? AND ACTION = ? ORDER BY SEQ DESC LIMIT 1")) {
            st.setString(1, user);
            st.setString(2, action);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}
