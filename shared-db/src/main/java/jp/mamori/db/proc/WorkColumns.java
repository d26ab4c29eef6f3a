package jp.mamori.db.proc;

import java.sql.Types;
import org.h2.tools.SimpleResultSet;

/**
 * Result columns of the release, flag-work and review procedures, declared once for prepare time
 * and for real calls. Timestamp columns (with time zone) come last.
 */
final class WorkColumns {

    /** Kinds of rows of the pre-release check. */
    static final String SUMMARY_ROW = "SUMMARY";
    static final String HOLDER_ROW = "HOLDER";
    static final String DUTY_ROW = "DUTY";

    private static final Columns PRECHECK = new Columns()
            .text("ROW_KIND", 8).bigint("REGISTRATION_ID").bigint("PERSON_ID").bool("REGISTRATION_ACTIVE")
            .bool("LAST_HOLDER").bigint("PENDING_REQUEST_ID").text("SECTION_CODE", 16).text("SECTION_NAME", 64)
            .date("INPUT_DATE").integer("DUTY_ID").text("BUSINESS_NAME", 128).text("SYSTEM_NAME", 128)
            .text("SET_STATUS", 12);

    private static final Columns PENDING = new Columns()
            .bigint("REQUEST_ID").bigint("REGISTRATION_ID").bigint("PERSON_ID").text("ADDRESSEE_NUMBER", 32)
            .text("NAME_KANJI", 64).text("NAME_KANA", 128).text("KIND", 8).text("BASIS", 24)
            .text("REQUESTED_BY", 32).integer("AGE_DAYS").integer("VERSION");

    private static final Columns COUNTS = new Columns()
            .integer("PENDING_APPROVALS").integer("SET_OPEN").integer("SET_OVERDUE").integer("RELEASE_OPEN")
            .integer("RELEASE_OVERDUE").integer("REVIEW_DUE");

    private static final Columns WORKLIST = new Columns()
            .bigint("PERSON_ID").text("ADDRESSEE_NUMBER", 32).text("NAME_KANJI", 64).text("NAME_KANA", 128)
            .integer("DUTY_ID").text("BUSINESS_NAME", 128).text("SYSTEM_NAME", 128).text("KIND", 8)
            .text("STATUS", 12).date("DUE_SINCE").integer("AGE_DAYS").bool("OVERDUE").text("CONFIRMED_BY", 32)
            .bool("TRUNCATED");

    private static final Columns SUMMARY = new Columns()
            .integer("DUTY_ID").text("SECTION_CODE", 16).text("SECTION_NAME", 64).text("BUSINESS_NAME", 128)
            .text("SYSTEM_NAME", 128).integer("SET_CONFIRMED").integer("SET_PENDING").integer("SET_OVERDUE")
            .integer("RELEASE_CONFIRMED").integer("RELEASE_PENDING").integer("RELEASE_OVERDUE");

    private static final Columns REVIEW = new Columns()
            .bigint("REGISTRATION_ID").bigint("PERSON_ID").text("ADDRESSEE_NUMBER", 32).text("NAME_KANJI", 64)
            .text("NAME_KANA", 128).date("INPUT_DATE").date("LAST_REVIEWED_ON").date("DUE_ON")
            .integer("DAYS_OVERDUE").integer("VERSION");

    private WorkColumns() {
    }

    static SimpleResultSet precheck() {
        return PRECHECK.newResult();
    }

    static SimpleResultSet pending() {
        return withTimestamp(PENDING, "REQUESTED_AT");
    }

    static SimpleResultSet counts() {
        return COUNTS.newResult();
    }

    static SimpleResultSet worklist() {
        return withTimestamp(WORKLIST, "CONFIRMED_AT");
    }

    static SimpleResultSet summary() {
        return SUMMARY.newResult();
    }

    static SimpleResultSet review() {
        return REVIEW.newResult();
    }

    private static SimpleResultSet withTimestamp(Columns columns, String name) {
        SimpleResultSet rs = columns.newResult();
        rs.addColumn(name, Types.TIMESTAMP_WITH_TIMEZONE, 35, 6);
        return rs;
    }
}
