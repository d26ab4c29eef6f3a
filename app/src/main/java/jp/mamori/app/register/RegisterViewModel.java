package jp.mamori.app.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.mamori.app.common.FieldNames;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.registry.CheckedField;
import jp.mamori.app.registry.PersonForm;
import jp.mamori.app.registry.RegistryContext;
import jp.mamori.app.registry.RegistryTexts;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.text.AddresseeNumber;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.contract.ScreenId;

/**
 * State and behaviour of 対象者登録: every field checked as typed, the look-up of the typed
 * 団体内統合宛名番号 (an existing person is shown, and saving joins them), the reasons the save
 * button is disabled, a confirmation step, and the registration for the caller's own section.
 *
 * <p>The look-up and the registration are server procedures that audit themselves
 * ({@code PERSON_LOOKUP}, {@code PERSON_REGISTER}). Nothing here is free text: the screen has no
 * field for anything but the recorded items.
 */
public final class RegisterViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = ScreenId.PERSON_REGISTER.id();

    /** One line of the confirmation: what and its value as it will be stored. */
    public record SummaryLine(String label, String value) {
    }

    private final RegistryContext context;
    private final CheckedField<String> number;
    private final PersonForm person;
    private final BooleanProperty autoResponseBlocked = new SimpleBooleanProperty(true);
    private final BooleanProperty nonDisclosure = new SimpleBooleanProperty(true);
    private final ObjectProperty<RegistrationBasis> basis = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<NumberState> numberState = new ReadOnlyObjectWrapper<>(NumberState.UNCHECKED);
    private final ReadOnlyObjectWrapper<PersonSummary> existing = new ReadOnlyObjectWrapper<>();
    private String lookedUpNumber;

    private final ObjectBinding<List<String>> mismatches;
    private final StringBinding blockedReason;
    private final StringBinding numberStatus;
    private final StringBinding existingNote;
    private final StringBinding mismatchNote;
    private final BooleanBinding canSave;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<SummaryLine>> summary = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper success = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param context the registry screens' context */
    public RegisterViewModel(RegistryContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.number = new CheckedField<>(text -> AddresseeNumber.parse(text, context.numberMaxLength()),
                (typed, digits) -> digits.equals(typed.strip()) ? "" : Messages.get("form.stored", digits), true);
        this.person = new PersonForm(context.clock());
        number.valueBinding().addListener((obs, old, now) -> numberChanged(now));
        this.mismatches = Bindings.createObjectBinding(() -> existing.get() == null ? List.of()
                        : person.differencesFrom(existing.get()),
                existing, person.nameKanji().valueBinding(), person.nameKana().valueBinding(),
                person.sexProperty(), person.birthDate().valueBinding());
        this.blockedReason = Bindings.createStringBinding(this::whyBlocked, number.validBinding(),
                person.validBinding(), person.nameKanji().textProperty(), person.nameKana().textProperty(),
                person.sexProperty(), person.birthDate().textProperty(), autoResponseBlocked, nonDisclosure,
                basis, numberState, existing, mismatches);
        this.numberStatus = Bindings.createStringBinding(() -> switch (numberState.get()) {
            case CHECKING -> Messages.get("register.number.checking");
            case NEW -> Messages.get("register.number.new");
            case UNCHECKED, EXISTING -> "";
        }, numberState);
        this.existingNote = Bindings.createStringBinding(() -> {
            PersonSummary found = existing.get();
            if (found == null) {
                return "";
            }
            return found.heldBy(context.session().sectionCode())
                    ? Messages.get("register.blocked.alreadyHeld", context.session().sectionName())
                    : Messages.get("register.existing.join", context.session().sectionName());
        }, existing);
        this.mismatchNote = Bindings.createStringBinding(() -> mismatches.get().isEmpty() ? ""
                : Messages.get("register.existing.mismatch", FieldNames.join(mismatches.get())), mismatches);
        this.canSave = Bindings.createBooleanBinding(() -> blockedReason.get().isEmpty() && !busy.get(),
                blockedReason, busy);
    }

    private void numberChanged(String now) {
        if (now == null || !now.equals(lookedUpNumber)) {
            lookedUpNumber = null;
            existing.set(null);
            numberState.set(NumberState.UNCHECKED);
        }
        if (now != null) {
            success.set("");
        }
    }

    /**
     * Looks the typed number up on the server, once per number: called when the number field loses
     * the focus or the typing pauses. Nothing happens while the number is not acceptable.
     */
    public void lookUpNumber() {
        Optional<String> typed = number.value();
        if (typed.isEmpty() || typed.get().equals(lookedUpNumber)) {
            return;
        }
        String asked = typed.get();
        lookedUpNumber = asked;
        numberState.set(NumberState.CHECKING);
        context.actions().call(ScreenAction.of(SCREEN, "lookup"),
                s -> s.procedures(RegistryApi.class).lookupNumber(SCREEN, asked), found -> {
                    if (!asked.equals(lookedUpNumber)) {
                        return; // the number was changed meanwhile; its own look-up follows
                    }
                    existing.set(found.orElse(null));
                    numberState.set(found.isPresent() ? NumberState.EXISTING : NumberState.NEW);
                }, failure -> {
                    if (asked.equals(lookedUpNumber)) {
                        lookedUpNumber = null;
                        numberState.set(NumberState.UNCHECKED);
                        error.set(context.messageFor(failure));
                    }
                });
    }

    /** Why 登録 is disabled, one reason a line; empty when the registration can be saved. */
    private String whyBlocked() {
        List<String> lines = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        if (!number.validBinding().get() || number.isEmpty()) {
            incomplete.add(Messages.get("field.addresseeNumber"));
        }
        incomplete.addAll(person.incomplete());
        if (basis.get() == null) {
            incomplete.add(Messages.get("field.basis"));
        }
        if (!incomplete.isEmpty()) {
            lines.add(Messages.get("form.incomplete", String.join(Messages.get("list.separator"), incomplete)));
        }
        if (!autoResponseBlocked.get() || !nonDisclosure.get()) {
            lines.add(Messages.get("register.blocked.flags"));
        }
        if (number.value().isPresent()) {
            switch (numberState.get()) {
                case UNCHECKED, CHECKING -> lines.add(Messages.get("register.blocked.checking"));
                case EXISTING -> {
                    PersonSummary found = existing.get();
                    if (found.heldBy(context.session().sectionCode())) {
                        lines.add(Messages.get("register.blocked.alreadyHeld", context.session().sectionName()));
                    } else if (!mismatches.get().isEmpty()) {
                        lines.add(Messages.get("register.blocked.mismatch", FieldNames.join(mismatches.get())));
                    }
                }
                case NEW -> {
                    // nothing to add: a new person
                }
            }
        }
        return String.join("\n", lines);
    }

    /** 登録: asks for confirmation if everything is in order; otherwise shows every field message. */
    public void requestSave() {
        if (!canSave.get()) {
            number.markTouched();
            person.markTouched();
            return;
        }
        summary.set(summaryLines());
        error.set("");
        success.set("");
        confirming.set(true);
    }

    /** Back from the confirmation to the form. */
    public void cancelConfirmation() {
        confirming.set(false);
    }

    /** Saves the confirmed registration for the caller's own section. */
    public void confirmSave() {
        Optional<PersonForm.Values> values = person.values();
        if (!confirming.get() || !canSave.get() || values.isEmpty()) {
            return;
        }
        boolean joins = numberState.get() == NumberState.EXISTING;
        NewRegistration registration = new NewRegistration(number.value().orElseThrow(),
                values.get().nameKanji(), values.get().nameKana(), values.get().sex(), values.get().birthDate(),
                autoResponseBlocked.get(), nonDisclosure.get(), basis.get(), joins);
        busy.set(true);
        context.actions().call(ScreenAction.of(SCREEN, "register"),
                s -> s.procedures(RegistryApi.class).register(SCREEN, registration), registrationId -> {
                    busy.set(false);
                    confirming.set(false);
                    clear();
                    String id = String.valueOf(registrationId);
                    String section = context.session().sectionName();
                    success.set(joins ? Messages.get("register.saved.joined", id, section)
                            : Messages.get("register.saved.new", id, section));
                }, failure -> {
                    busy.set(false);
                    confirming.set(false);
                    error.set(context.messageFor(failure));
                    if (failure instanceof ServerRefusal refusal && refusal.is(RefusalCode.CONFIRM_EXISTING)) {
                        // Someone registered this number meanwhile: show that person before any save.
                        lookedUpNumber = null;
                        lookUpNumber();
                    }
                });
    }

    private List<SummaryLine> summaryLines() {
        PersonForm.Values v = person.values().orElseThrow();
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine(Messages.get("field.addresseeNumber"), number.value().orElseThrow()));
        lines.add(new SummaryLine(FieldNames.of(FieldNames.NAME_KANJI), v.nameKanji()));
        lines.add(new SummaryLine(FieldNames.of(FieldNames.NAME_KANA), v.nameKana()));
        lines.add(new SummaryLine(FieldNames.of(FieldNames.SEX), RegistryTexts.sex(v.sex())));
        lines.add(new SummaryLine(FieldNames.of(FieldNames.BIRTH_DATE), RegistryTexts.date(v.birthDate())));
        lines.add(new SummaryLine(Messages.get("field.flags"), Messages.get("register.flags.both")));
        lines.add(new SummaryLine(Messages.get("field.basis"), RegistryTexts.basis(basis.get())));
        lines.add(new SummaryLine(Messages.get("field.section"), context.session().sectionName()));
        return List.copyOf(lines);
    }

    /** Empties the form for the next registration. */
    public void clear() {
        number.clear();
        person.clear();
        autoResponseBlocked.set(true);
        nonDisclosure.set(true);
        basis.set(null);
        lookedUpNumber = null;
        existing.set(null);
        numberState.set(NumberState.UNCHECKED);
        error.set("");
    }

    /** Removes the success and error messages. */
    public void clearMessages() {
        success.set("");
        error.set("");
    }

    /** 所属名 of the caller's section, for which the registration is made. */
    public String sectionName() {
        return context.session().sectionName();
    }

    public CheckedField<String> number() {
        return number;
    }

    public PersonForm person() {
        return person;
    }

    /** 自動応答不可フラグ; must stay set at registration. */
    public BooleanProperty autoResponseBlockedProperty() {
        return autoResponseBlocked;
    }

    /** 不開示該当フラグ; must stay set at registration. */
    public BooleanProperty nonDisclosureProperty() {
        return nonDisclosure;
    }

    /** 設定の根拠; none until the clerk chooses. */
    public ObjectProperty<RegistrationBasis> basisProperty() {
        return basis;
    }

    public ReadOnlyObjectProperty<NumberState> numberStateProperty() {
        return numberState.getReadOnlyProperty();
    }

    /** The person who already has the typed number, or null. */
    public ReadOnlyObjectProperty<PersonSummary> existingProperty() {
        return existing.getReadOnlyProperty();
    }

    /** Fields ({@link FieldNames} ids) where the typed values disagree with the existing person. */
    public ObjectBinding<List<String>> mismatchesBinding() {
        return mismatches;
    }

    /** 「照会中」 or 「未登録の番号です」 beside the number; empty otherwise. */
    public StringBinding numberStatusBinding() {
        return numberStatus;
    }

    /** What saving does with the existing person (joins them, or is refused: already held). */
    public StringBinding existingNoteBinding() {
        return existingNote;
    }

    /** Which typed fields disagree with the existing person; empty if none. */
    public StringBinding mismatchNoteBinding() {
        return mismatchNote;
    }

    /** Why 登録 is disabled, one reason a line; empty when it is enabled. */
    public StringBinding blockedReasonBinding() {
        return blockedReason;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** What will be saved, shown in the confirmation. */
    public ReadOnlyObjectProperty<List<SummaryLine>> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** 「登録しました…」 after a registration; empty otherwise. */
    public ReadOnlyStringProperty successProperty() {
        return success.getReadOnlyProperty();
    }

    /** Why the last call failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
