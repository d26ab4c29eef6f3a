package jp.mamori.db.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.mamori.db.testing.TestServer;

/**
 * Test data and audit-log reading for the registry tests: fresh addressee numbers and name tags
 * that no demo person has, and the audit rows a user wrote after a mark.
 */
public final class RegistryFixture {

    /** The municipality's clock, as the server reads dates. */
    public static final Clock TOKYO = Clock.system(ZoneId.of("Asia/Tokyo"));

    /** Always ten digits, so that no tag is a prefix of another within a run. */
    private static final AtomicLong COUNTER = new AtomicLong(1_000_000_000L + System.nanoTime() % 1_000_000L * 1_000L);
    private static final String KANA_DIGITS = "アイウエオカキクケコ";
    private static final String HALF_WIDTH_DIGITS = "ｱｲｳｴｵｶｷｸｹｺ";
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private RegistryFixture() {
    }

    /** A fresh tag for one test person. */
    public static long next() {
        return COUNTER.incrementAndGet();
    }

    /** A 15-digit 団体内統合宛名番号 starting with 8 (demo persons start with 9). */
    public static String number(long tag) {
        return String.format("8%014d", tag);
    }

    /** The number in full-width digits, as a clerk may type it. */
    public static String fullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) (c - '0' + '０')));
        return sb.toString();
    }

    /** The tag written in katakana. */
    public static String kanaTag(long tag) {
        return map(tag, KANA_DIGITS);
    }

    /** The tag written in half-width katakana. */
    public static String halfWidthTag(long tag) {
        return map(tag, HALF_WIDTH_DIGITS);
    }

    /** The tag written in hiragana. */
    public static String hiraganaTag(long tag) {
        StringBuilder sb = new StringBuilder();
        kanaTag(tag).chars().forEach(c -> sb.append((char) (c - 0x60)));
        return sb.toString();
    }

    /** The tag written in kanji numerals. */
    public static String kanjiTag(long tag) {
        return map(tag, KANJI_DIGITS);
    }

    public static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    private static String map(long tag, String digits) {
        StringBuilder sb = new StringBuilder();
        Long.toString(tag).chars().forEach(c -> sb.append(digits.charAt(c - '0')));
        return sb.toString();
    }

    /** The highest audit sequence number now. */
    public static long auditMark() throws SQLException {
        return count("SELECT COALESCE(MAX(SEQ), 0) FROM MAMORI.AUDIT_LOG");
    }

    /** The audit rows written for {@code user} after {@code mark}, in order. */
    public static List<AuditRow> auditSince(long mark, String user) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement("""
                SELECT SEQ, USER_NAME, ROLE_CODE, SECTION_CODE, SCREEN, ACTION, TARGET, OUTCOME, DETAIL
                FROM MAMORI.AUDIT_LOG WHERE SEQ > ? AND USER_NAME = ? ORDER BY SEQ""")) {
            st.setLong(1, mark);
            st.setString(2, user);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        }
    }

    /** A single number from an administrative query. */
    public static long count(String sql, Object... args) throws SQLException {
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Rows of PERSON and of REGISTRATION, to show that a refused call wrote nothing. */
    public static long[] registryRows() throws SQLException {
        return new long[] {count("SELECT COUNT(*) FROM MAMORI.PERSON"), count("SELECT COUNT(*) FROM MAMORI.REGISTRATION")};
    }

    /** One row of the 操作ログ. */
    public record AuditRow(long seq, String user, String role, String section, String screen, String action,
            String target, String outcome, String detail) {
    }
}
