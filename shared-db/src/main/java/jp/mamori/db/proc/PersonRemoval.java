package jp.mamori.db.proc;

import org.jdbi.v3.core.Handle;

/**
 * Removes a person row once nothing refers to it any more: no registration (active or released)
 * and no open RELEASE item of an active duty — a system that confirmed the flags set must first
 * confirm them released, and its worklist needs the number and name for that. The person's
 * flag-work rows and its correction history go with it; the audit log keeps every event by id.
 */
final class PersonRemoval {

    private PersonRemoval() {
    }

    /** Deletes the person if unreferenced; true if it was deleted. The caller holds the person's lock. */
    static boolean removeIfUnreferenced(Handle h, long personId) {
        int registrations = h.createQuery("SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE PERSON_ID = :p")
                .bind("p", personId).mapTo(Integer.class).one();
        if (registrations > 0) {
            return false;
        }
        int openReleases = h.createQuery("""
                SELECT COUNT(*) FROM MAMORI.FLAG_WORK W
                WHERE W.PERSON_ID = :p AND W.KIND = 'RELEASE' AND W.STATUS = 'OPEN'
                  AND W.DUTY_ID IN (""" + FlagWork.ACTIVE_DUTIES + ")")
                .bind("p", personId).mapTo(Integer.class).one();
        if (openReleases > 0) {
            return false;
        }
        h.createUpdate("DELETE FROM MAMORI.FLAG_WORK WHERE PERSON_ID = :p").bind("p", personId).execute();
        PersonHistory.remove(h, personId);
        return h.createUpdate("DELETE FROM MAMORI.PERSON WHERE PERSON_ID = :p").bind("p", personId).execute() == 1;
    }
}
