package jp.mamori.db.proc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.proc.RegistryColumns.PersonRow;

/** Reads of the registry used by the procedures: a person by number or id, and their registrations. */
final class PersonQueries {

    private PersonQueries() {
    }

    static Optional<PersonRow> byNumber(Handle h, String addresseeNumber) {
        return h.createQuery(RegistryColumns.PERSON_SELECT + "WHERE P.ADDRESSEE_NUMBER = :number")
                .bind("number", addresseeNumber).map((r, ctx) -> RegistryColumns.person(r)).findOne()
                .map(p -> withHoldings(h, List.of(p)).get(0));
    }

    static Optional<PersonRow> byId(Handle h, long personId) {
        return h.createQuery(RegistryColumns.PERSON_SELECT + "WHERE P.PERSON_ID = :id")
                .bind("id", personId).map((r, ctx) -> RegistryColumns.person(r)).findOne()
                .map(p -> withHoldings(h, List.of(p)).get(0));
    }

    /**
     * The persons with the sections holding each now (codes and names comma-joined in code order),
     * read in one query for all of them.
     */
    static List<PersonRow> withHoldings(Handle h, List<PersonRow> persons) {
        if (persons.isEmpty()) {
            return persons;
        }
        Long[] ids = persons.stream().map(PersonRow::personId).toArray(Long[]::new);
        Map<Long, StringJoiner[]> holdings = new HashMap<>();
        h.createQuery("""
                SELECT R.PERSON_ID, R.SECTION_CODE, S.NAME
                FROM MAMORI.REGISTRATION R JOIN MAMORI.SECTION S ON S.SECTION_CODE = R.SECTION_CODE
                WHERE R.PERSON_ID = ANY(:ids) AND R.RELEASE_DATE IS NULL
                ORDER BY R.PERSON_ID, R.SECTION_CODE
                """).bindArray("ids", Long.class, (Object[]) ids)
                .map((r, ctx) -> new Object[] {r.getLong(1), r.getString(2), r.getString(3)})
                .forEach(row -> {
                    StringJoiner[] joined = holdings.computeIfAbsent((Long) row[0],
                            id -> new StringJoiner[] {new StringJoiner(","), new StringJoiner(",")});
                    joined[0].add((String) row[1]);
                    joined[1].add((String) row[2]);
                });
        List<PersonRow> result = new ArrayList<>(persons.size());
        for (PersonRow p : persons) {
            StringJoiner[] joined = holdings.get(p.personId());
            result.add(joined == null ? p : p.holding(joined[0].toString(), joined[1].toString()));
        }
        return result;
    }

    /** Every registration of the person, active and released, by section code and input date. */
    static List<Registration> registrations(Handle h, long personId) {
        return h.createQuery("""
                SELECT R.REGISTRATION_ID, R.SECTION_CODE, S.NAME, R.INPUT_DATE, R.RELEASE_DATE,
                       R.AUTO_RESPONSE_BLOCKED, R.NON_DISCLOSURE, R.BASIS, R.REGISTERED_BY, R.VERSION
                FROM MAMORI.REGISTRATION R JOIN MAMORI.SECTION S ON S.SECTION_CODE = R.SECTION_CODE
                WHERE R.PERSON_ID = :id
                ORDER BY R.SECTION_CODE, R.INPUT_DATE, R.REGISTRATION_ID
                """).bind("id", personId)
                .map((r, ctx) -> new Registration(r.getLong(1), r.getString(2), r.getString(3),
                        r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class), r.getBoolean(6),
                        r.getBoolean(7), r.getString(8), r.getString(9), r.getInt(10)))
                .list();
    }

    /** One registration row of the person view. */
    record Registration(long registrationId, String sectionCode, String sectionName, LocalDate inputDate,
            LocalDate releaseDate, boolean autoResponseBlocked, boolean nonDisclosure, String basis,
            String registeredBy, int version) {

        Object[] cells() {
            return new Object[] {registrationId, sectionCode, sectionName, inputDate, releaseDate,
                    autoResponseBlocked, nonDisclosure, basis, registeredBy, version};
        }

        /** The cells of "no registration" (a person whose registrations were all deleted). */
        static Object[] none() {
            return new Object[10];
        }
    }
}
