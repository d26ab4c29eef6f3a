package jp.mamori.db.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
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
public interface RegistryApi {

    /** The person with this 団体内統合宛名番号 (typed as-is; full-width digits allowed), if registered. */
    @SqlQuery("CALL API.REGISTRY_LOOKUP_NUMBER(:screen, :number)")
    @RegisterConstructorMapper(PersonSummary.class)
    Optional<PersonSummary> lookupNumber(@Bind("screen") String screen, @Bind("number") String addresseeNumber);

    /**
     * Registers for the caller's own section (never another) and returns the registration id.
     * A known number needs {@link NewRegistration#confirmExisting()} after the screen has shown
     * the person from {@link #lookupNumber}.
     */
    default long register(String screen, NewRegistration r) {
        return registerCall(screen, r.addresseeNumber(), r.nameKanji(), r.nameKana(), r.sex().name(),
                r.birthDate().toString(), r.autoResponseBlocked(), r.nonDisclosure(), r.basis().name(),
                r.confirmExisting());
    }

    /** The wire form of {@link #register(String, NewRegistration)}. */
    @SqlQuery("""
            CALL API.REGISTRY_REGISTER(:screen, :number, :nameKanji, :nameKana, :sex, :birthDate,
                                       :autoResponseBlocked, :nonDisclosure, :basis, :confirmExisting)""")
    long registerCall(@Bind("screen") String screen, @Bind("number") String addresseeNumber,
            @Bind("nameKanji") String nameKanji, @Bind("nameKana") String nameKana, @Bind("sex") String sex,
            @Bind("birthDate") String birthDate, @Bind("autoResponseBlocked") boolean autoResponseBlocked,
            @Bind("nonDisclosure") boolean nonDisclosure, @Bind("basis") String basis,
            @Bind("confirmExisting") boolean confirmExisting);

    /**
     * 対象者検索: persons in kana order with the sections that hold them now, at most the server's
     * cap (setting {@code search.maxRows}), with the number of all matching persons. Browsing by
     * holding section alone is allowed for the caller's own section only
     * ({@code denied.browseOtherSection}).
     */
    default SearchResult search(String screen, SearchCriteria c) {
        List<SearchRow> rows = searchCall(screen, c.addresseeNumber(), c.nameText(), c.nameMatch().name(),
                c.birthDate() == null ? null : c.birthDate().toString(), c.sex() == null ? null : c.sex().name(),
                c.sectionCode(), c.status().name(), c.limit());
        return new SearchResult(rows.stream().map(SearchRow::person).toList(),
                !rows.isEmpty() && rows.get(0).truncated(), rows.isEmpty() ? 0 : rows.get(0).total());
    }

    /** The wire form of {@link #search(String, SearchCriteria)}. */
    @SqlQuery("""
            CALL API.REGISTRY_SEARCH(:screen, :number, :nameText, :nameMatch, :birthDate, :sex, :sectionCode,
                                     :status, :limit)""")
    @RegisterConstructorMapper(SearchRow.class)
    List<SearchRow> searchCall(@Bind("screen") String screen, @Bind("number") String addresseeNumber,
            @Bind("nameText") String nameText, @Bind("nameMatch") String nameMatch,
            @Bind("birthDate") String birthDate, @Bind("sex") String sex, @Bind("sectionCode") String sectionCode,
            @Bind("status") String status, @Bind("limit") int limit);

    /** The person view: the person and every registration of every section. */
    default PersonDetail person(String screen, long personId) {
        List<PersonRow> rows = personCall(screen, personId);
        if (rows.isEmpty()) {
            throw new ServerRefusal("notfound.person", List.of(), null);
        }
        List<RegistrationView> registrations = new ArrayList<>();
        for (PersonRow row : rows) {
            row.registration().ifPresent(registrations::add);
        }
        return new PersonDetail(rows.get(0).person(), registrations);
    }

    /** The wire form of {@link #person(String, long)}: one row per registration. */
    @SqlQuery("CALL API.REGISTRY_PERSON(:screen, :personId)")
    @RegisterConstructorMapper(PersonRow.class)
    List<PersonRow> personCall(@Bind("screen") String screen, @Bind("personId") long personId);

    /** Corrects name, kana, sex and date of birth; returns the person's new version. */
    default int correctPerson(String screen, PersonCorrection c) {
        return correctCall(screen, c.personId(), c.expectedVersion(), c.nameKanji(), c.nameKana(), c.sex().name(),
                c.birthDate().toString());
    }

    /** The wire form of {@link #correctPerson(String, PersonCorrection)}. */
    @SqlQuery("""
            CALL API.REGISTRY_CORRECT_PERSON(:screen, :personId, :expectedVersion, :nameKanji, :nameKana, :sex,
                                             :birthDate)""")
    int correctCall(@Bind("screen") String screen, @Bind("personId") long personId,
            @Bind("expectedVersion") int expectedVersion, @Bind("nameKanji") String nameKanji,
            @Bind("nameKana") String nameKana, @Bind("sex") String sex, @Bind("birthDate") String birthDate);

    /**
     * 訂正履歴: the person's corrections, newest first, one entry per changed field. Only a section
     * that holds the person now may read them ({@code denied.notHolding}).
     */
    @SqlQuery("CALL API.REGISTRY_PERSON_HISTORY(:screen, :personId)")
    @RegisterConstructorMapper(PersonChange.class)
    List<PersonChange> history(@Bind("screen") String screen, @Bind("personId") long personId);

    /** The active holding sections (保有課), for the search filter. */
    @SqlQuery("CALL API.REGISTRY_SECTIONS(:screen)")
    @RegisterConstructorMapper(SectionChoice.class)
    List<SectionChoice> holdingSections(@Bind("screen") String screen);

    /** A holding section: its code and name. */
    record SectionChoice(String sectionCode, String name) {
    }

    /** A search row: the person, and the TRUNCATED flag and TOTAL count repeated on every row. */
    record SearchRow(@Nested PersonSummary person, boolean truncated, long total) {
    }

    /** A person-view row: the person repeated, and one registration (null columns if none). */
    record PersonRow(@Nested PersonSummary person, Long registrationId, String sectionCode, String sectionName,
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
