package jp.mamori.db.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import jp.mamori.db.client.MamoriSession;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The smallest audited procedure, {@code API.SESSION_INFO}: the floor under every procedure call
 * (caller lookup, transaction, audit row), next to reading the same staff row directly.
 */
final class SessionOperations implements MeasuredOperation.Suite {

    /** The procedure as a client API (the client reads it once at login; here it is called each time). */
    public interface SessionInfoApi {
        @SqlQuery("CALL API.SESSION_INFO(:screen)")
        String userName(@Bind("screen") String screen);
    }

    private static final String RAW = """
            SELECT s.USER_NAME, s.DISPLAY_NAME, s.ROLE_CODE, s.SECTION_CODE, sec.NAME AS SECTION_NAME
              FROM MAMORI.STAFF s LEFT JOIN MAMORI.SECTION sec ON sec.SECTION_CODE = s.SECTION_CODE
             WHERE s.USER_NAME = ?""";

    @Override
    public List<MeasuredOperation> operations(MeasuredOperation.BenchContext context) {
        String user = context.session().info().userName();
        return List.of(new MeasuredOperation() {
            @Override
            public String name() {
                return "session info";
            }

            @Override
            public void secured(MamoriSession session, int i) {
                String name = session.procedures(SessionInfoApi.class).userName("bench");
                if (!user.equals(name)) {
                    throw new IllegalStateException("unexpected session user");
                }
            }

            @Override
            public void raw(Connection admin, int i) throws Exception {
                try (PreparedStatement st = admin.prepareStatement(RAW)) {
                    st.setString(1, user);
                    try (ResultSet rs = st.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("staff row missing");
                        }
                    }
                }
            }
        });
    }
}
