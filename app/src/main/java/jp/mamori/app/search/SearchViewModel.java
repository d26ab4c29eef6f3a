package jp.mamori.app.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.person.PersonViewModel;
import jp.mamori.app.registry.CheckedField;
import jp.mamori.app.registry.Choice;
import jp.mamori.app.registry.RegistryContext;
import jp.mamori.app.registry.RegistryTexts;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.SearchResult;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.text.AddresseeNumber;
import jp.mamori.db.text.BirthDates;
import jp.mamori.db.contract.ScreenId;

/**
 * State and behaviour of 対象者検索: the criteria checked as typed, the search on the background
 * worker (the server audits it with its criteria and the number of hits), the result rows, and
 * the person view opened from a row.
 */
public final class SearchViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = ScreenId.PERSON_SEARCH.id();

    /**
     * Rows one search asks for at most; the server returns no more than its own cap (setting
     * {@code search.maxRows}, 200) and the total, and the screen says how many it shows of how many.
     */
    public static final int ROW_LIMIT = 5_000;

    private final RegistryContext context;
    private final int rowLimit;

    private final CheckedField<String> number;
    private final CheckedField<NameQuery> name = new CheckedField<>(NameQuery::parse,
            (typed, query) -> query.kana() ? Messages.get("search.name.asKana", query.text()) : "", false);
    private final ObjectProperty<NameMatch> nameMatch = new SimpleObjectProperty<>(NameMatch.PREFIX);
    private final CheckedField<LocalDate> birthDate;
    private final List<Choice<Sex>> sexChoices;
    private final ObjectProperty<Choice<Sex>> sex = new SimpleObjectProperty<>();
    private final ObservableList<Choice<String>> sectionChoices = FXCollections.observableArrayList();
    private boolean sectionsRequested;
    private final ObjectProperty<Choice<String>> section = new SimpleObjectProperty<>();
    private final List<Choice<StatusFilter>> statusChoices;
    private final ObjectProperty<Choice<StatusFilter>> status = new SimpleObjectProperty<>();

    private final ObservableList<PersonSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper truncatedNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PersonViewModel> openPerson = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding criteriaValid;

    /** @param context the session, gateway, error path and clock of the registry screens */
    public SearchViewModel(RegistryContext context) {
        this(context, ROW_LIMIT);
    }

    /** With another row limit (tests). */
    SearchViewModel(RegistryContext context, int rowLimit) {
        this.context = Objects.requireNonNull(context, "context");
        this.rowLimit = rowLimit;
        Clock clock = context.clock();
        this.number = new CheckedField<>(text -> AddresseeNumber.parse(text, context.numberMaxLength()),
                (typed, digits) -> digits.equals(typed.strip()) ? "" : Messages.get("form.stored", digits),
                false);
        this.birthDate = new CheckedField<>(text -> BirthDates.parse(text, clock),
                (typed, date) -> RegistryTexts.date(date), false);
        this.sexChoices = List.of(new Choice<>(null, Messages.get("choice.any")),
                new Choice<>(Sex.M, RegistryTexts.sex(Sex.M)), new Choice<>(Sex.F, RegistryTexts.sex(Sex.F)),
                new Choice<>(Sex.U, RegistryTexts.sex(Sex.U)));
        this.sectionChoices.setAll(ownSectionChoices(context.session()));
        this.statusChoices = List.of(
                new Choice<>(StatusFilter.ACTIVE, RegistryTexts.status(StatusFilter.ACTIVE)),
                new Choice<>(StatusFilter.RELEASED, RegistryTexts.status(StatusFilter.RELEASED)),
                new Choice<>(StatusFilter.ALL, RegistryTexts.status(StatusFilter.ALL)));
        sex.set(sexChoices.get(0));
        section.set(sectionChoices.get(0));
        status.set(statusChoices.get(0));
        this.criteriaValid = number.validBinding().and(name.validBinding()).and(birthDate.validBinding());
    }

    private static List<Choice<String>> ownSectionChoices(SessionInfo session) {
        Choice<String> any = new Choice<>(null, Messages.get("choice.any"));
        String code = session.sectionCode();
        if (code == null || code.isBlank()) {
            return List.of(any);
        }
        return List.of(any, new Choice<>(code, Messages.get("search.section.own", session.sectionName())));
    }

    /**
     * Fetches every holding section for the 保有所属 filter, once, when the clerk opens the list
     * (one audited call); until then the list offers 指定なし and the clerk's own section, which
     * stays first after 指定なし.
     */
    public void loadSections() {
        if (sectionsRequested) {
            return;
        }
        sectionsRequested = true;
        context.actions().call(ScreenAction.of(SCREEN, "sections"),
                s -> s.procedures(RegistryApi.class).holdingSections(SCREEN), this::showSections, failure -> {
                    sectionsRequested = false;
                    message.set(context.messageFor(failure));
                });
    }

    private void showSections(List<RegistryApi.SectionChoice> sections) {
        String selected = section.get() == null ? null : section.get().value();
        List<Choice<String>> choices = new java.util.ArrayList<>();
        choices.add(new Choice<>(null, Messages.get("choice.any")));
        String own = context.session().sectionCode();
        sections.stream().filter(c -> c.sectionCode().equals(own))
                .forEach(c -> choices.add(new Choice<>(c.sectionCode(), c.name())));
        sections.stream().filter(c -> !c.sectionCode().equals(own))
                .forEach(c -> choices.add(new Choice<>(c.sectionCode(), c.name())));
        sectionChoices.setAll(choices);
        section.set(choices.stream().filter(c -> java.util.Objects.equals(c.value(), selected)).findFirst()
                .orElse(choices.get(0)));
    }

    /**
     * Runs the search if the criteria are acceptable and name at least one of 宛名番号, 氏名,
     * 生年月日 or 保有所属; otherwise says what is missing. A search already under way is not
     * repeated.
     */
    public void search() {
        if (busy.get()) {
            return;
        }
        if (!criteriaValid.get()) {
            message.set(Messages.get("search.fixInput"));
            return;
        }
        SearchCriteria criteria = criteria();
        if (criteria.addresseeNumber() == null && criteria.nameText() == null && criteria.birthDate() == null
                && criteria.sectionCode() == null) {
            message.set(Messages.get("search.needCriterion"));
            return;
        }
        message.set("");
        busy.set(true);
        context.actions().call(ScreenAction.of(SCREEN, "search"),
                s -> s.procedures(RegistryApi.class).search(SCREEN, criteria), this::show, failure -> {
                    busy.set(false);
                    message.set(context.messageFor(failure));
                });
    }

    /** The criteria as typed, normalised by the screen's input rules. */
    SearchCriteria criteria() {
        SearchCriteria c = SearchCriteria.any().withLimit(rowLimit)
                .withStatus(status.get().value());
        c = c.withAddresseeNumber(number.value().orElse(null));
        c = c.withName(name.value().map(NameQuery::text).orElse(null), nameMatch.get());
        c = c.withBirthDate(birthDate.value().orElse(null));
        c = c.withSex(sex.get().value());
        return c.withSection(section.get().value());
    }

    private void show(SearchResult result) {
        busy.set(false);
        results.setAll(result.persons());
        int shown = result.persons().size();
        summary.set(shown == 0 ? Messages.get("search.noHits") : Messages.get("search.hits", result.total()));
        truncatedNotice.set(result.truncated() ? Messages.get("search.truncated", result.total(), shown) : "");
    }

    /** Opens the person view of a result row (the server audits the view). */
    public void open(PersonSummary person) {
        if (person == null) {
            return;
        }
        PersonViewModel view = new PersonViewModel(context, person.personId());
        openPerson.set(view);
        view.load();
    }

    /** Back from the person view to the results. */
    public void closePerson() {
        openPerson.set(null);
    }

    public CheckedField<String> number() {
        return number;
    }

    public CheckedField<NameQuery> name() {
        return name;
    }

    public ObjectProperty<NameMatch> nameMatchProperty() {
        return nameMatch;
    }

    public CheckedField<LocalDate> birthDate() {
        return birthDate;
    }

    public List<Choice<Sex>> sexChoices() {
        return sexChoices;
    }

    public ObjectProperty<Choice<Sex>> sexProperty() {
        return sex;
    }

    public ObservableList<Choice<String>> sectionChoices() {
        return sectionChoices;
    }

    public ObjectProperty<Choice<String>> sectionProperty() {
        return section;
    }

    public List<Choice<StatusFilter>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<StatusFilter>> statusProperty() {
        return status;
    }

    /** The persons found, in kana order. */
    public ObservableList<PersonSummary> results() {
        return results;
    }

    /** 「3件見つかりました」 or that none was found; empty before the first search. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Said when more persons matched than are shown: how many of how many; empty otherwise. */
    public ReadOnlyStringProperty truncatedNoticeProperty() {
        return truncatedNotice.getReadOnlyProperty();
    }

    /** Why the search did not run or failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The person view open over the results, or null. */
    public ReadOnlyObjectProperty<PersonViewModel> openPersonProperty() {
        return openPerson.getReadOnlyProperty();
    }
}
