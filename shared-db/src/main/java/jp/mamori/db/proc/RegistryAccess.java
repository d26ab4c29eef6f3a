package jp.mamori.db.proc;

import org.jdbi.v3.core.Handle;
import jp.mamori.db.auth.LoginContext;
import jp.mamori.db.contract.RefusalCode;

/**
 * Which sections may use the registry, decided from the caller's section as stored now (not as
 * it was at login): reading needs a 保有課 or 利用課 (HOLDS_DATA or DOES_LINKAGE), registering a
 * 保有課, correcting a section that holds the person now. Roles are checked before, by the
 * {@link Operation}s.
 */
final class RegistryAccess {

    static final RefusalCode DENIED_SECTION = SectionGate.DENIED_SECTION;
    static final RefusalCode DENIED_NOT_HOLDING = RefusalCode.DENIED_NOT_HOLDING;

    private RegistryAccess() {
    }

    /** The caller's section is active and holds or uses the data. */
    static void requireReader(Handle h, LoginContext caller) throws Refusal {
        SectionGate.require(h, caller, SectionGate.Right.EITHER);
    }

    /** The caller's section is active and a 保有課. */
    static void requireHoldingSection(Handle h, LoginContext caller) throws Refusal {
        SectionGate.require(h, caller, SectionGate.Right.HOLDING);
    }

    /** Whether the section holds the person now (an active registration). */
    static boolean holds(Handle h, String sectionCode, long personId) {
        return h.createQuery("""
                SELECT COUNT(*) FROM MAMORI.REGISTRATION
                WHERE PERSON_ID = :person AND SECTION_CODE = :section AND RELEASE_DATE IS NULL
                """).bind("person", personId).bind("section", sectionCode).mapTo(Integer.class).one() > 0;
    }
}
