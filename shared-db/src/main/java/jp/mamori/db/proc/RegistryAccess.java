package jp.mamori.db.proc;

import org.jdbi.v3.core.Handle;
import jp.mamori.db.auth.LoginContext;

/**
 * Which sections may use the registry, decided from the caller's section as stored now (not as
 * it was at login): reading needs a 保有課 or 利用課 (HOLDS_DATA or DOES_LINKAGE), registering a
 * 保有課, correcting a section that holds the person now. Roles are checked before, by the
 * {@link Operation}s.
 */
final class RegistryAccess {

    static final String DENIED_SECTION = "denied.section";
    static final String DENIED_NOT_HOLDING = "denied.notHolding";

    private static final String READER_SECTION = """
            SELECT COUNT(*) FROM MAMORI.SECTION WHERE SECTION_CODE = :code AND ACTIVE AND (HOLDS_DATA OR DOES_LINKAGE)
            """;
    private static final String HOLDING_SECTION = """
            SELECT COUNT(*) FROM MAMORI.SECTION WHERE SECTION_CODE = :code AND ACTIVE AND HOLDS_DATA
            """;

    private RegistryAccess() {
    }

    /** The caller's section is active and holds or uses the data. */
    static void requireReader(Handle h, LoginContext caller) throws Refusal {
        if (countSections(h, caller, READER_SECTION) == 0) {
            throw new Refusal(DENIED_SECTION);
        }
    }

    /** The caller's section is active and a 保有課. */
    static void requireHoldingSection(Handle h, LoginContext caller) throws Refusal {
        if (countSections(h, caller, HOLDING_SECTION) == 0) {
            throw new Refusal(DENIED_SECTION);
        }
    }

    /** Whether the section holds the person now (an active registration). */
    static boolean holds(Handle h, String sectionCode, long personId) {
        return h.createQuery("""
                SELECT COUNT(*) FROM MAMORI.REGISTRATION
                WHERE PERSON_ID = :person AND SECTION_CODE = :section AND RELEASE_DATE IS NULL
                """).bind("person", personId).bind("section", sectionCode).mapTo(Integer.class).one() > 0;
    }

    private static int countSections(Handle h, LoginContext caller, String sql) {
        if (caller.sectionCode() == null || caller.sectionCode().isEmpty()) {
            return 0;
        }
        return h.createQuery(sql).bind("code", caller.sectionCode()).mapTo(Integer.class).one();
    }
}
