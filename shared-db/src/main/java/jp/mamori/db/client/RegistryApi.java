package jp.mamori.db.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.jdbi.v3.core.mapper.Nested;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.PersonChange;
import jp.mamori.db.domain.PersonCorrection;
import jp.mamori.db.domain.PersonDetail;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.SearchResult;

/**
 * The registry procedures of clerks and chiefs (対象者登録・検索・照会・訂正), used as
 * {@code session.procedures(RegistryApi.class)}. Every method is one audited server call; a
 * refusal arrives as {@link ServerRefusal} with a stable code:
 * <ul>
 *   <li>{@code denied.role}, {@code denied.section}, {@code denied.notHolding},
 *       {@code denied.browseOtherSection}, {@code denied.session*};</li>
 *   <li>{@code invalid.input} (first argument: the message key of the field, e.g.
 *       {@code input.kanaName.invalidCharacter}, then that message's arguments),
 *       {@code invalid.criteria}, {@code invalid.noChange}, {@code invalid.screen};</li>
 *   <li>{@code confirm.existing} (argument: person id), {@code conflict.mismatch} (arguments: the
 *       differing fields {@code nameKanji nameKana sex birthDate}), {@code conflict.alreadyRegistered},
 *       {@code conflict.version}, {@code conflict.retry}, {@code notfound.person};</li>
 *   <li>{@code error.internal}, {@code connection.lost}, {@code error.unexpected}.</li>
 * </ul>
 * {@code screen} is the id of the calling screen as written to the audit log (e.g.
 * {@code person.register}, {@code person.search}).
 */
public final class RegistryApi {

    private final ProcedureCaller calls;

    public RegistryApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** The person with this 団体内統合宛名番号 (typed as-is; full-width digits allowed), if registered. */
    public Optional<PersonSummary> lookupNumber(String screen, String addresseeNumber) {
        return calls.rows(Procedure.REGISTRY_LOOKUP_NUMBER, PersonSummary.class, screen, addresseeNumber)
                .stream().findFirst();
    }

    /**
     * Registers for the caller's own section (never another) and returns the registration id.
     * A known number needs {@link NewRegistration#confirmExisting()} after the screen has shown
     * the person from {@link #lookupNumber}.
     */
    public long register(String screen, NewRegistration r) {
        return calls.scalar(Procedure.REGISTRY_REGISTER, Long.class, screen, r.addresseeNumber(), r.nameKanji(),
                r.nameKana(), r.sex().name(), r.birthDate().toString(), WireText.of(r.autoResponseBlocked()),
                WireText.of(r.nonDisclosure()), r.basis().name(), WireText.of(r.confirmExisting()));
    }

    /**
     * 対象者検索: persons in kana order with the sections that hold them now, at most the server's
     * cap (setting {@code search.maxRows}), with the number of all matching persons. Browsing by
     * holding section alone is allowed for the caller's own section only
     * ({@code denied.browseOtherSection}).
     */
    public SearchResult search(String screen, SearchCriteria c) {
        List<SearchRow> rows = calls.rows(Procedure.REGISTRY_SEARCH, SearchRow.class, screen, c.addresseeNumber(),
                c.nameText(), c.nameMatch().name(), c.birthDate() == null ? null : c.birthDate().toString(),
                c.sex() == null ? null : c.sex().name(), c.sectionCode(), c.status().name(),
                Integer.toString(c.limit()));
        return new SearchResult(rows.stream().map(SearchRow::person).toList(),
                !rows.isEmpty() && rows.get(0).truncated(), rows.isEmpty() ? 0 : rows.get(0).total());
    }

    /** The person view: the person and every registration of every section. */
    public PersonDetail person(String screen, long personId) {
        List<PersonRow> rows = calls.rows(Procedure.REGISTRY_PERSON, PersonRow.class, screen,
                Long.toString(personId));
        if (rows.isEmpty()) {
            throw new ServerRefusal(RefusalCode.NOTFOUND_PERSON, List.of(), null);
        }
        List<RegistrationView> registrations = new ArrayList<>();
        for (PersonRow row : rows) {
            row.registration().ifPresent(registrations::add);
        }
        return new PersonDetail(rows.get(0).person(), registrations);
    }

    /** Corrects name, kana, sex and date of birth; returns the person's new version. */
    public int correctPerson(String screen, PersonCorrection c) {
        return calls.scalar(Procedure.REGISTRY_CORRECT_PERSON, Integer.class, screen, Long.toString(c.personId()),
                Integer.toString(c.expectedVersion()), c.nameKanji(), c.nameKana(), c.sex().name(),
                c.birthDate().toString());
    }

    /**
     * 訂正履歴: the person's corrections, newest first, one entry per changed field. Only a section
     * that holds the person now may read them ({@code denied.notHolding}).
     */
    public List<PersonChange> history(String screen, long personId) {
        return calls.rows(Procedure.REGISTRY_PERSON_HISTORY, PersonChange.class, screen, Long.toString(personId));
    }

    /** The active holding sections (保有課), for the search filter. */
    public List<SectionChoice> holdingSections(String screen) {
        return calls.rows(Procedure.REGISTRY_SECTIONS, SectionChoice.class, screen);
    }

    /** A holding section: its code and name. */
    public record SectionChoice(String sectionCode, String name) {
    }

    /** A search row: the person, and the TRUNCATED flag and TOTAL count repeated on every row. */
    public record SearchRow(@Nested PersonSummary person, boolean truncated, long total) {
    }

    /** A person-view row: the person repeated, and one registration (null columns if none). */
    public record PersonRow(@Nested PersonSummary person, Long registrationId, String sectionCode, String sectionName,
            LocalDate inputDate, LocalDate releaseDate, Boolean autoResponseBlocked, Boolean nonDisclosure,
            RegistrationBasis basis, String registeredBy, Integer registrationVersion) {

        Optional<RegistrationView> registration() {
            if (registrationId == null) {
                return Optional.empty();
            }
            return Optional.of(new RegistrationView(registrationId, sectionCode, sectionName, inputDate, releaseDate,
                    autoResponseBlocked, nonDisclosure, basis, registeredBy, registrationVersion));
        }
    }
}
