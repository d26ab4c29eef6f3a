package jp.mamori.db.proc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.proc.PersonWrites.PersonFields;
import jp.mamori.db.proc.PersonWrites.Stored;

/**
 * 訂正履歴 (MAMORI.PERSON_HISTORY, V10): the values of a person before and after each correction.
 * They are kept here, not in the audit log, so that the security officer sees which record was
 * corrected and by whom, not the victim (ADR 0013); only a section holding the person reads them.
 */
final class PersonHistory {

    /** One changed field of one correction. */
    record Change(String field, String before, String after) {
    }

    /** One stored change with who made it, for the history procedure. */
    record Entry(int version, LocalDateTime changedAt, String changedBy, String sectionCode, String field,
            String before, String after) {

        Object[] cells() {
            return new Object[] {version, changedAt, changedBy, sectionCode, field, before, after};
        }
    }

    private PersonHistory() {
    }

    /** The fields a correction changes exactly, with their values before and after. */
    static List<Change> changes(Stored stored, PersonFields typed) {
        List<Change> changes = new ArrayList<>();
        change(changes, "nameKanji", stored.nameKanji(), typed.nameKanji());
        change(changes, "nameKana", stored.nameKana(), typed.nameKana());
        change(changes, "sex", stored.sex().name(), typed.sex().name());
        change(changes, "birthDate", stored.birthDate().toString(), typed.birthDate().toString());
        return changes;
    }

    private static void change(List<Change> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new Change(field, before, after));
        }
    }

    /** Records the changes of the correction that made {@code version}, in the procedure's transaction. */
    static void record(Handle h, long personId, int version, String changedBy, String sectionCode,
            List<Change> changes) {
        LocalDateTime now = LocalDateTime.ofInstant(jp.mamori.db.server.ServerContext.get().clock().instant(),
                ZoneOffset.UTC);
        for (Change c : changes) {
            h.createUpdate("""
                    INSERT INTO MAMORI.PERSON_HISTORY
                        (PERSON_ID, VERSION, CHANGED_AT, CHANGED_BY, SECTION_CODE, FIELD, BEFORE_VALUE, AFTER_VALUE)
                    VALUES (:person, :version, :at, :by, :section, :field, :before, :after)
                    """).bind("person", personId).bind("version", version).bind("at", now).bind("by", changedBy)
                    .bind("section", sectionCode).bind("field", c.field()).bind("before", c.before())
                    .bind("after", c.after()).execute();
        }
    }

    /** The person's changes, newest first. */
    static List<Entry> of(Handle h, long personId) {
        return h.createQuery("""
                SELECT VERSION, CHANGED_AT, CHANGED_BY, SECTION_CODE, FIELD, BEFORE_VALUE, AFTER_VALUE
                FROM MAMORI.PERSON_HISTORY WHERE PERSON_ID = :person
                ORDER BY VERSION DESC, HISTORY_ID
                """).bind("person", personId)
                .map((r, ctx) -> new Entry(r.getInt("VERSION"), r.getObject("CHANGED_AT", LocalDateTime.class),
                        r.getString("CHANGED_BY"), r.getString("SECTION_CODE"), r.getString("FIELD"),
                        r.getString("BEFORE_VALUE"), r.getString("AFTER_VALUE")))
                .list();
    }

    /** Removes the person's history with the person (PersonRemoval). */
    static void remove(Handle h, long personId) {
        h.createUpdate("DELETE FROM MAMORI.PERSON_HISTORY WHERE PERSON_ID = :p").bind("p", personId).execute();
    }
}
