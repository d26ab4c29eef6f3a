package jp.mamori.db.proc;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MAMORI.FLAG_WORK in step with the registrations (ADR 0008). The rules, applied by one
 * idempotent reconciliation per person or for everyone:
 * <ol>
 *   <li>A person held by at least one section (an active registration) has a SET item for every
 *       active linkage duty (情報連携事務 of an active 利用課); a missing one is added as OPEN, due
 *       since the earliest 入力日 of the person's active registrations.</li>
 *   <li>When such a person was released before (a SET item closed as NOT_NEEDED, or a RELEASE
 *       item exists), the SET item is opened again, due today, and the RELEASE item removed: the
 *       flags must be confirmed set anew.</li>
 *   <li>A person held by nobody: every OPEN SET item is closed as NOT_NEEDED (nobody ever confirmed
 *       the flags, so nobody is asked to release them); every DONE SET item without a RELEASE item
 *       gets one, OPEN, due today.</li>
 * </ol>
 * Nothing is ever confirmed here: DONE is only written by {@code API.FLAG_CONFIRM}.
 *
 * <p>Every procedure that adds, releases or deletes a registration calls {@link #onRegistered} or
 * {@link #onLastReleased} in its own transaction; the server runs {@link #reconcile(Handle)} at
 * start, which also covers duties added by the administrator and data loaded in bulk.
 */
public final class FlagWork {

    private static final Logger LOG = LoggerFactory.getLogger(FlagWork.class);

    /** Active linkage duties: an active duty of an active 利用課. */
    static final String ACTIVE_DUTIES = """
            SELECT D.DUTY_ID FROM MAMORI.LINKAGE_DUTY D JOIN MAMORI.SECTION S ON S.SECTION_CODE = D.SECTION_CODE
            WHERE D.ACTIVE AND S.ACTIVE AND S.DOES_LINKAGE""";

    private static final String HELD = """
            EXISTS (SELECT 1 FROM MAMORI.REGISTRATION R WHERE R.PERSON_ID = W.PERSON_ID AND R.RELEASE_DATE IS NULL)""";

    private static final String REOPEN_SET = """
            UPDATE MAMORI.FLAG_WORK W
            SET STATUS = 'OPEN', DUE_SINCE = :today, CONFIRMED_BY = NULL, CONFIRMED_AT = NULL, CLOSED_ON = NULL
            WHERE W.KIND = 'SET' AND {scope} AND {held}
              AND (W.STATUS = 'NOT_NEEDED' OR EXISTS (SELECT 1 FROM MAMORI.FLAG_WORK X
                   WHERE X.PERSON_ID = W.PERSON_ID AND X.DUTY_ID = W.DUTY_ID AND X.KIND = 'RELEASE'))""";

    private static final String DROP_RELEASE = """
            DELETE FROM MAMORI.FLAG_WORK W WHERE W.KIND = 'RELEASE' AND {scope} AND {held}""";

    private static final String ADD_SET = """
            INSERT INTO MAMORI.FLAG_WORK (PERSON_ID, DUTY_ID, KIND, STATUS, DUE_SINCE)
            SELECT A.PERSON_ID, D.DUTY_ID, 'SET', 'OPEN', LEAST(A.SINCE, :today)
            FROM (SELECT W.PERSON_ID, MIN(W.INPUT_DATE) AS SINCE FROM MAMORI.REGISTRATION W
                  WHERE W.RELEASE_DATE IS NULL AND {scope} GROUP BY W.PERSON_ID) A
            CROSS JOIN ({duties}) D
            WHERE NOT EXISTS (SELECT 1 FROM MAMORI.FLAG_WORK X
                              WHERE X.PERSON_ID = A.PERSON_ID AND X.DUTY_ID = D.DUTY_ID AND X.KIND = 'SET')""";

    private static final String CLOSE_SET = """
            UPDATE MAMORI.FLAG_WORK W SET STATUS = 'NOT_NEEDED', CLOSED_ON = :today
            WHERE W.KIND = 'SET' AND W.STATUS = 'OPEN' AND {scope} AND NOT {held}""";

    private static final String ADD_RELEASE = """
            INSERT INTO MAMORI.FLAG_WORK (PERSON_ID, DUTY_ID, KIND, STATUS, DUE_SINCE)
            SELECT W.PERSON_ID, W.DUTY_ID, 'RELEASE', 'OPEN', :today FROM MAMORI.FLAG_WORK W
            WHERE W.KIND = 'SET' AND W.STATUS = 'DONE' AND {scope} AND NOT {held}
              AND NOT EXISTS (SELECT 1 FROM MAMORI.FLAG_WORK X
                              WHERE X.PERSON_ID = W.PERSON_ID AND X.DUTY_ID = W.DUTY_ID AND X.KIND = 'RELEASE')""";

    /**
     * What one reconciliation changed.
     *
     * @param setReopened     SET items opened again after an earlier release
     * @param releaseDropped  RELEASE items removed because the person is held again
     * @param setAdded        SET items added
     * @param setClosed       OPEN SET items closed as NOT_NEEDED
     * @param releaseAdded    RELEASE items added
     */
    public record Change(int setReopened, int releaseDropped, int setAdded, int setClosed, int releaseAdded) {

        /** Whether nothing changed. */
        public boolean none() {
            return setReopened + releaseDropped + setAdded + setClosed + releaseAdded == 0;
        }
    }

    private FlagWork() {
    }

    /**
     * Call after a registration was added, in the same transaction: the person's SET items.
     * Locks the person row, so flag work of one person is changed by one transaction at a time.
     */
    public static Change onRegistered(Handle h, long personId) {
        return reconcilePerson(h, personId);
    }

    /**
     * Call after a registration was released or deleted, in the same transaction: when nobody holds
     * the person any more, OPEN SET items are closed and confirmed ones get RELEASE items; when
     * someone still holds the person, nothing changes.
     */
    public static Change onLastReleased(Handle h, long personId) {
        return reconcilePerson(h, personId);
    }

    /** Reconciles one person (locking its row first), as of today in the municipality. */
    public static Change reconcilePerson(Handle h, long personId) {
        lockPerson(h, personId);
        return apply(h, "W.PERSON_ID = :person", personId, MunicipalCalendar.today());
    }

    /**
     * Reconciles every person, as of today in the municipality. Run at server start before clients
     * connect, and after bulk loads that bypass the procedures.
     */
    public static Change reconcile(Handle h) {
        long started = System.nanoTime();
        Change change = apply(h, "TRUE", null, MunicipalCalendar.today());
        LOG.info("flag work reconciled in {} ms: {} SET reopened, {} RELEASE dropped, {} SET added, {} SET closed, "
                + "{} RELEASE added", (System.nanoTime() - started) / 1_000_000, change.setReopened(),
                change.releaseDropped(), change.setAdded(), change.setClosed(), change.releaseAdded());
        return change;
    }

    /** Locks the person row for the rest of the transaction; false if there is no such person. */
    static boolean lockPerson(Handle h, long personId) {
        return h.createQuery("SELECT PERSON_ID FROM MAMORI.PERSON WHERE PERSON_ID = :id FOR UPDATE")
                .bind("id", personId).mapTo(Long.class).findOne().isPresent();
    }

    private static Change apply(Handle h, String scope, Long personId, LocalDate today) {
        int reopened = run(h, REOPEN_SET, scope, personId, today);
        int dropped = run(h, DROP_RELEASE, scope, personId, today);
        int added = run(h, ADD_SET, scope, personId, today);
        int closed = run(h, CLOSE_SET, scope, personId, today);
        int released = run(h, ADD_RELEASE, scope, personId, today);
        return new Change(reopened, dropped, added, closed, released);
    }

    private static int run(Handle h, String template, String scope, Long personId, LocalDate today) {
        String sql = template.replace("{scope}", scope).replace("{held}", HELD).replace("{duties}", ACTIVE_DUTIES);
        Update update = h.createUpdate(sql);
        if (sql.contains(":today")) {
            update.bind("today", today);
        }
        if (personId != null) {
            update.bind("person", personId.longValue());
        }
        return update.execute();
    }
}
