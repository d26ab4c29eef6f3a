package jp.mamori.db.proc;

import org.jdbi.v3.core.Handle;
import jp.mamori.db.auth.LoginContext;
import jp.mamori.db.contract.RefusalCode;

/**
 * Which of the caller's section's rights apply, read from the section as stored now: release
 * requests and reviews need a 保有課 (HOLDS_DATA), flag worklists a 利用課 (DOES_LINKAGE), the counts
 * and the summary either. The section always comes from the session, never from an argument.
 */
final class SectionGate {

    static final RefusalCode DENIED_SECTION = RefusalCode.DENIED_SECTION;

    /** A right of a section. */
    enum Right {
        /** 保有課: holds persons, asks for and approves releases, reviews. */
        HOLDING("HOLDS_DATA"),
        /** 利用課: does information linkage, confirms flag work. */
        LINKAGE("DOES_LINKAGE"),
        /** either of them. */
        EITHER("(HOLDS_DATA OR DOES_LINKAGE)");

        private final String sql;

        Right(String condition) {
            this.sql = "SELECT COUNT(*) FROM MAMORI.SECTION WHERE SECTION_CODE = :code AND ACTIVE AND " + condition;
        }
    }

    private SectionGate() {
    }

    /** The caller's section code, if that section is active and has {@code right}. */
    static String require(Handle h, LoginContext caller, Right right) throws Refusal {
        if (!has(h, caller.sectionCode(), right)) {
            throw new Refusal(DENIED_SECTION);
        }
        return caller.sectionCode();
    }

    /** Whether {@code sectionCode} names an active section with {@code right}. */
    static boolean has(Handle h, String sectionCode, Right right) {
        if (sectionCode == null || sectionCode.isEmpty()) {
            return false;
        }
        return h.createQuery(right.sql).bind("code", sectionCode).mapTo(Integer.class).one() > 0;
    }
}
