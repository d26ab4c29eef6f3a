package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.h2.tools.SimpleResultSet;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.proc.PersonWrites.PersonFields;
import jp.mamori.db.proc.PersonWrites.Stored;
import jp.mamori.db.proc.RegistryColumns.PersonRow;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.Settings;

/**
 * 対象者登録・検索・照会・訂正: the registry procedures of clerks and chiefs (schema API, V5).
 *
 * <p>Only CLERK and CHIEF may call them, and only from a section that holds or uses the data
 * (保有課 or 利用課); registering needs a 保有課 and always registers for the caller's own section,
 * taken from the session. Every argument arrives as text and is read with the Japanese input rules
 * on the server. Every call, allowed or refused, writes one audit row whose TARGET is the person id
 * and whose DETAIL holds counts, ids and the search terms as keyed hashes — never a name, kana,
 * number or date of birth (ADR 0013). Values before and after a correction go to the person's
 * history, which only a holding section reads.
 */
public final class RegistryProcedures {

    static final Operation LOOKUP = Operation.of("PERSON_LOOKUP", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation REGISTER = Operation.of("PERSON_REGISTER", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation SEARCH = Operation.of("PERSON_SEARCH", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation VIEW = Operation.of("PERSON_VIEW", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation CORRECT = Operation.of("PERSON_CORRECT", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation SECTIONS = Operation.of("SECTION_LIST", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation HISTORY = Operation.of("PERSON_HISTORY", StaffRole.CLERK, StaffRole.CHIEF);

    /** Setting: the most persons one search returns, whatever the client asks for. */
    static final String SETTING_MAX_ROWS = "search.maxRows";
    static final int DEFAULT_MAX_ROWS = 200;

    private static final Columns SECTION_COLUMNS = new Columns().text("SECTION_CODE", 16).text("NAME", 64);

    private static final Columns PERSON_COLUMNS = RegistryColumns.persons();
    private static final Columns SEARCH_COLUMNS = RegistryColumns.searchRows();
    private static final Columns VIEW_COLUMNS = RegistryColumns.personView();
    private static final Columns HISTORY_COLUMNS = new Columns().integer("VERSION").timestamp("CHANGED_AT")
            .text("CHANGED_BY", 32).text("SECTION_CODE", 16).text("FIELD", 16).text("BEFORE", 128)
            .text("AFTER", 128);

    private RegistryProcedures() {
    }

    /**
     * API.REGISTRY_LOOKUP_NUMBER(screen, addresseeNumber): the person with that 団体内統合宛名番号
     * (0 or 1 row), so that the register screen shows an existing person before saving.
     */
    public static ResultSet lookupNumber(Connection conn, String screen, String addresseeNumber) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return PERSON_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, LOOKUP, screen, (h, caller, note) -> {
            RegistryAccess.requireReader(h, caller);
            String number = new RegistryInput(note).addresseeNumber(h, addresseeNumber);
            note.detail("numberHash", ServerContext.get().searchTermHashes().number(number));
            SimpleResultSet rs = PERSON_COLUMNS.newResult();
            Optional<PersonRow> found = PersonQueries.byNumber(h, number);
            found.ifPresent(p -> {
                note.target(Long.toString(p.personId()));
                rs.addRow(p.cells());
            });
            note.detail("hits", found.isPresent() ? 1 : 0);
            MassLookup.seen(h, caller, note, found.map(p -> List.of(p.personId())).orElse(List.of()));
            return rs;
        });
    }

    /**
     * API.REGISTRY_REGISTER(screen, addresseeNumber, nameKanji, nameKana, sex, birthDate,
     * autoResponseBlocked, nonDisclosure, basis, confirmExisting): registers the person for the
     * caller's own section and returns the new registration id. A known number joins the existing
     * person only if name, kana, sex and date of birth agree with the stored ones (compared by
     * search key, so spacing, width and itaiji do not count) and {@code confirmExisting} is true.
     * In the same transaction every linkage duty gets its SET item for the person (ADR 0008).
     */
    public static Long register(Connection conn, String screen, String addresseeNumber, String nameKanji,
            String nameKana, String sex, String birthDate, String autoResponseBlocked, String nonDisclosure,
            String basis, String confirmExisting) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return null;
        }
        return ProcedureRunner.run(conn, REGISTER, screen, (h, caller, note) -> {
            RegistryAccess.requireHoldingSection(h, caller);
            RegistryInput in = new RegistryInput(note);
            String number = in.addresseeNumber(h, addresseeNumber);
            PersonFields typed = new PersonFields(in.kanjiName(nameKanji), in.kanaName(nameKana), in.sex(sex),
                    in.birthDate(birthDate));
            in.requireBothFlags(autoResponseBlocked, nonDisclosure);
            RegistrationBasis parsedBasis = in.basis(basis);
            boolean confirmed = in.confirmExisting(confirmExisting);
            note.detail("basis", parsedBasis.name());

            Optional<Stored> existing = PersonWrites.lockByNumber(h, number);
            long personId;
            if (existing.isPresent()) {
                Stored stored = existing.get();
                personId = stored.personId();
                note.target(Long.toString(personId)).detail("existing", true);
                List<String> differing = differences(stored, typed);
                if (!differing.isEmpty()) {
                    note.detail("differs", String.join(" ", differing));
                    throw new Refusal(RefusalCode.CONFLICT_MISMATCH, differing.toArray());
                }
                if (RegistryAccess.holds(h, caller.sectionCode(), personId)) {
                    throw new Refusal(RefusalCode.CONFLICT_ALREADY_REGISTERED);
                }
                if (!confirmed) {
                    throw new Refusal(RefusalCode.CONFIRM_EXISTING, personId);
                }
            } else {
                personId = PersonWrites.insertPerson(h, number, typed);
                note.target(Long.toString(personId)).detail("existing", false);
            }
            long registrationId = PersonWrites.insertRegistration(h, personId, caller.sectionCode(), in.today(),
                    parsedBasis, caller.userName());
            note.detail("registration", registrationId);
            // every linkage duty must now confirm the flags set (ADR 0008), in this transaction
            FlagWork.Change flags = FlagWork.onRegistered(h, personId);
            note.detail("setItems", flags.setAdded() + flags.setReopened());
            return registrationId;
        });
    }

    /**
     * API.REGISTRY_SEARCH(screen, addresseeNumber, nameText, nameMatch, birthDate, sex, sectionCode,
     * status, limit): persons in kana order, at most {@code limit} and at most the setting
     * {@code search.maxRows} (200), each with the sections holding them now; TRUNCATED is true and
     * TOTAL the number of all matching persons on every row. Browsing by section alone is allowed
     * for the caller's own section only ({@code denied.browseOtherSection}); every person returned
     * counts towards the mass look-up alert.
     */
    public static ResultSet search(Connection conn, String screen, String addresseeNumber, String nameText,
            String nameMatch, String birthDate, String sex, String sectionCode, String status, String limit)
            throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return SEARCH_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, SEARCH, screen, (h, caller, note) -> {
            RegistryAccess.requireReader(h, caller);
            PersonSearch.Criteria asked = PersonSearch.criteria(h, new RegistryInput(note), caller.sectionCode(),
                    addresseeNumber, nameText, nameMatch, birthDate, sex, sectionCode, status, limit);
            int maxRows = Math.max(1, Settings.intValue(h, SETTING_MAX_ROWS, DEFAULT_MAX_ROWS));
            PersonSearch.Criteria criteria = asked.withLimit(Math.min(asked.limit(), maxRows));
            PersonSearch.Found found = PersonSearch.run(h, criteria);
            PersonSearch.audit(note, ServerContext.get().searchTermHashes(), criteria, found);
            MassLookup.seen(h, caller, note, found.persons().stream().map(PersonRow::personId).toList());
            SimpleResultSet rs = SEARCH_COLUMNS.newResult();
            for (PersonRow p : found.persons()) {
                rs.addRow(p.cells(found.truncated(), found.total()));
            }
            return rs;
        });
    }

    /**
     * API.REGISTRY_SECTIONS(screen): the active holding sections (code, name) for the search filter.
     * Names of sections only; no person data.
     */
    public static ResultSet sections(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return SECTION_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, SECTIONS, screen, (h, caller, note) -> {
            RegistryAccess.requireReader(h, caller);
            SimpleResultSet rs = SECTION_COLUMNS.newResult();
            h.createQuery("SELECT SECTION_CODE, NAME FROM MAMORI.SECTION WHERE HOLDS_DATA AND ACTIVE ORDER BY SECTION_CODE")
                    .map((r, ctx) -> new Object[] {r.getString(1), r.getString(2)})
                    .forEach(rs::addRow);
            return rs;
        });
    }

    /**
     * API.REGISTRY_PERSON(screen, personId): the person view, one row per registration of every
     * section (active and released) with the person's columns repeated on each row; a person
     * without registrations gives one row whose registration columns are null. Unknown id:
     * {@code notfound.person}.
     */
    public static ResultSet person(Connection conn, String screen, String personId) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return VIEW_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, VIEW, screen, (h, caller, note) -> {
            RegistryAccess.requireReader(h, caller);
            long id = new RegistryInput(note).personId(personId);
            note.target(Long.toString(id));
            PersonRow person = PersonQueries.byId(h, id).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_PERSON));
            List<PersonQueries.Registration> registrations = PersonQueries.registrations(h, id);
            SimpleResultSet rs = VIEW_COLUMNS.newResult();
            if (registrations.isEmpty()) {
                rs.addRow(person.cells(PersonQueries.Registration.none()));
            }
            for (PersonQueries.Registration r : registrations) {
                rs.addRow(person.cells(r.cells()));
            }
            note.detail("registrations", registrations.size());
            MassLookup.seen(h, caller, note, List.of(id));
            return rs;
        });
    }

    /**
     * API.REGISTRY_CORRECT_PERSON(screen, personId, expectedVersion, nameKanji, nameKana, sex,
     * birthDate): corrects the person's fields if the caller's section holds the person now and the
     * version is still {@code expectedVersion}; returns the new version. The audit row names the
     * changed fields; their values before and after go to the person's history (ADR 0013).
     */
    public static Integer correctPerson(Connection conn, String screen, String personId, String expectedVersion,
            String nameKanji, String nameKana, String sex, String birthDate) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return null;
        }
        return ProcedureRunner.run(conn, CORRECT, screen, (h, caller, note) -> {
            RegistryAccess.requireReader(h, caller);
            RegistryInput in = new RegistryInput(note);
            long id = in.personId(personId);
            note.target(Long.toString(id));
            int version = in.version(expectedVersion);
            Stored stored = PersonWrites.lockById(h, id).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_PERSON));
            if (!RegistryAccess.holds(h, caller.sectionCode(), id)) {
                throw new Refusal(RegistryAccess.DENIED_NOT_HOLDING);
            }
            PersonFields typed = new PersonFields(in.kanjiName(nameKanji), in.kanaName(nameKana), in.sex(sex),
                    in.birthDate(birthDate));
            if (stored.version() != version) {
                note.detail("expected", version).detail("stored", stored.version());
                throw new Refusal(RefusalCode.CONFLICT_VERSION);
            }
            List<PersonHistory.Change> changes = PersonHistory.changes(stored, typed);
            if (changes.isEmpty()) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            int newVersion = PersonWrites.update(h, id, version, typed);
            PersonHistory.record(h, id, newVersion, caller.userName(), caller.sectionCode(), changes);
            note.detail("changed", changes.stream().map(PersonHistory.Change::field).collect(Collectors.joining(" ")))
                    .detail("version", newVersion);
            return newVersion;
        });
    }

    /** Fields whose typed value disagrees with the stored one, compared by search key for the names. */
    private static List<String> differences(Stored stored, PersonFields typed) {
        List<String> fields = new ArrayList<>();
        if (!stored.nameKey().equals(typed.nameKey())) {
            fields.add("nameKanji");
        }
        if (!stored.kanaKey().equals(typed.kanaKey())) {
            fields.add("nameKana");
        }
        if (stored.sex() != typed.sex()) {
            fields.add("sex");
        }
        if (!stored.birthDate().equals(typed.birthDate())) {
            fields.add("birthDate");
        }
        return fields;
    }

    /**
     * API.REGISTRY_PERSON_HISTORY(screen, personId): the corrections of a person, newest first, one
     * row per changed field with its value before and after, who changed it and from which
     * section. Only a section that holds the person now may read them ({@code denied.notHolding}).
     */
    public static ResultSet history(Connection conn, String screen, String personId) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return HISTORY_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, HISTORY, screen, (h, caller, note) -> {
            RegistryAccess.requireHoldingSection(h, caller);
            long id = new RegistryInput(note).personId(personId);
            note.target(Long.toString(id));
            PersonQueries.byId(h, id).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_PERSON));
            if (!RegistryAccess.holds(h, caller.sectionCode(), id)) {
                throw new Refusal(RegistryAccess.DENIED_NOT_HOLDING);
            }
            SimpleResultSet rs = HISTORY_COLUMNS.newResult();
            List<PersonHistory.Entry> entries = PersonHistory.of(h, id);
            entries.forEach(e -> rs.addRow(e.cells()));
            note.detail("rows", entries.size());
            return rs;
        });
    }
}
