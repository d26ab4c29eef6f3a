package jp.mamori.app.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.FieldNames;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.registry.PersonForm;
import jp.mamori.app.registry.RegistryContext;
import jp.mamori.app.registry.RegistryTexts;
import jp.mamori.app.release.ReleaseRequestViewModel;
import jp.mamori.app.release.ReleaseTarget;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.PersonCorrection;
import jp.mamori.db.domain.PersonDetail;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.contract.ScreenId;

/**
 * State and behaviour of 対象者照会 (the person view): the person's fields and every registration
 * of every section — who holds the person, since when, who released when — and the inline
 * correction of name, kana, sex and date of birth for a section that holds the person now, and
 * the way to 解除・削除の依頼 of that section's registration.
 *
 * <p>Opening the view and correcting are server procedures that audit themselves
 * ({@code PERSON_VIEW}, {@code PERSON_CORRECT} with the names of the changed fields; the values
 * before and after go to the person's history on the server, ADR 0013).
 */
public final class PersonViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = ScreenId.PERSON_VIEW.id();

    private final RegistryContext context;
    private final long personId;

    private final ReadOnlyObjectWrapper<PersonDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RegistrationView> registrations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCorrect;

    private final PersonForm correction;
    private final ReadOnlyBooleanWrapper correcting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(false);
    private final StringBinding correctionBlocked;
    private final ReadOnlyObjectWrapper<List<String>> changes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ReleaseRequestViewModel> releaseRequest = new ReadOnlyObjectWrapper<>();

    /**
     * @param context  the registry screens' context
     * @param personId the person to show
     */
    public PersonViewModel(RegistryContext context, long personId) {
        this.context = Objects.requireNonNull(context, "context");
        this.personId = personId;
        this.correction = new PersonForm(context.clock());
        this.canCorrect = Bindings.createBooleanBinding(() -> detail.get() != null
                && heldByOwnSection(detail.get().registrations()), detail);
        this.correctionBlocked = Bindings.createStringBinding(this::whyCorrectionBlocked,
                correction.nameKanji().textProperty(), correction.nameKana().textProperty(),
                correction.sexProperty(), correction.birthDate().textProperty(), detail, busy);
    }

    private boolean heldByOwnSection(List<RegistrationView> all) {
        String own = context.session().sectionCode();
        return own != null && !own.isBlank()
                && all.stream().anyMatch(r -> r.active() && own.equals(r.sectionCode()));
    }

    /** Reads the person and all registrations from the server. */
    public void load() {
        busy.set(true);
        context.actions().call(new ScreenAction(SCREEN, "view", Long.toString(personId)),
                s -> s.procedures(RegistryApi.class).person(SCREEN, personId), loaded -> {
                    busy.set(false);
                    detail.set(loaded);
                    registrations.setAll(loaded.registrations());
                }, failure -> {
                    busy.set(false);
                    error.set(context.messageFor(failure));
                });
    }

    /** Opens the correction form with the person's current values. */
    public void startCorrection() {
        if (!canCorrect.get() || busy.get()) {
            return;
        }
        correction.fill(detail.get().person());
        message.set("");
        error.set("");
        confirming.set(false);
        correcting.set(true);
    }

    /** Closes the correction form without saving. */
    public void cancelCorrection() {
        correcting.set(false);
        confirming.set(false);
        correction.clear();
    }

    /** Asks for confirmation if the correction can be saved; otherwise shows every field message. */
    public void requestSave() {
        if (!correctionBlocked.get().isEmpty()) {
            correction.markTouched();
            return;
        }
        changes.set(changeLines(detail.get().person(), correction.values().orElseThrow()));
        confirming.set(true);
    }

    /** Back from the confirmation to the form. */
    public void cancelConfirmation() {
        confirming.set(false);
    }

    /**
     * Saves the confirmed correction with the version shown. If another staff member corrected the
     * person first, the view is reloaded and the clerk is told to check and correct again.
     */
    public void confirmSave() {
        Optional<PersonForm.Values> values = correction.values();
        if (!confirming.get() || values.isEmpty() || busy.get()) {
            return;
        }
        PersonSummary shown = detail.get().person();
        PersonCorrection change = new PersonCorrection(personId, shown.version(), values.get().nameKanji(),
                values.get().nameKana(), values.get().sex(), values.get().birthDate());
        busy.set(true);
        error.set("");
        context.actions().call(new ScreenAction(SCREEN, "correct", Long.toString(personId)),
                s -> s.procedures(RegistryApi.class).correctPerson(SCREEN, change), version -> {
                    busy.set(false);
                    cancelCorrection();
                    message.set(Messages.get("person.correction.saved"));
                    load();
                }, failure -> {
                    busy.set(false);
                    confirming.set(false);
                    if (failure instanceof ServerRefusal refusal && refusal.is(RefusalCode.CONFLICT_VERSION)) {
                        cancelCorrection();
                        error.set(Messages.get("person.correction.conflict"));
                        load();
                    } else {
                        error.set(context.messageFor(failure));
                    }
                });
    }

    /** 「生年月日：before → after」 for each field the correction changes. */
    private static List<String> changeLines(PersonSummary before, PersonForm.Values after) {
        List<String> lines = new ArrayList<>();
        change(lines, FieldNames.NAME_KANJI, before.nameKanji(), after.nameKanji());
        change(lines, FieldNames.NAME_KANA, before.nameKana(), after.nameKana());
        change(lines, FieldNames.SEX, RegistryTexts.sex(before.sex()), RegistryTexts.sex(after.sex()));
        change(lines, FieldNames.BIRTH_DATE, RegistryTexts.date(before.birthDate()),
                RegistryTexts.date(after.birthDate()));
        return List.copyOf(lines);
    }

    private static void change(List<String> lines, String field, String before, String after) {
        if (!before.equals(after)) {
            lines.add(Messages.get("person.correction.change", FieldNames.of(field), before, after));
        }
    }

    private String whyCorrectionBlocked() {
        List<String> incomplete = correction.incomplete();
        if (!incomplete.isEmpty()) {
            return Messages.get("form.incomplete", String.join(Messages.get("list.separator"), incomplete));
        }
        PersonDetail shown = detail.get();
        if (shown == null) {
            return Messages.get("person.loading");
        }
        PersonForm.Values v = correction.values().orElseThrow();
        PersonSummary p = shown.person();
        if (v.nameKanji().equals(p.nameKanji()) && v.nameKana().equals(p.nameKana()) && v.sex() == p.sex()
                && v.birthDate().equals(p.birthDate())) {
            return Messages.get("person.correction.noChange");
        }
        return "";
    }

    public long personId() {
        return personId;
    }

    /** The person and their registrations once loaded, else null. */
    /** The caller's section's active registration of the person, which it may ask to release or delete. */
    public Optional<ReleaseTarget> releaseTarget() {
        PersonDetail shown = detail.get();
        String own = context.session().sectionCode();
        if (shown == null || own == null || own.isBlank()) {
            return Optional.empty();
        }
        PersonSummary p = shown.person();
        return shown.registrations().stream().filter(r -> r.active() && own.equals(r.sectionCode())).findFirst()
                .map(r -> new ReleaseTarget(r.registrationId(), p.addresseeNumber(), p.nameKanji(), p.nameKana(),
                        r.inputDate()));
    }

    /** Opens 解除・削除の依頼 for the caller's section's registration; it reads its 解除前確認 at once. */
    public void startReleaseRequest() {
        if (busy.get() || correcting.get()) {
            return;
        }
        releaseTarget().ifPresent(target -> {
            ReleaseRequestViewModel request = new ReleaseRequestViewModel(context.session(), context.actions(),
                    context.errors(), target);
            message.set("");
            error.set("");
            releaseRequest.set(request);
            request.load();
        });
    }

    /** Leaves 解除・削除の依頼 and reads the person again (a request may have been sent). */
    public void closeReleaseRequest() {
        if (releaseRequest.get() != null) {
            releaseRequest.set(null);
            load();
        }
    }

    /** The open 解除・削除の依頼, or null. */
    public ReadOnlyObjectProperty<ReleaseRequestViewModel> releaseRequestProperty() {
        return releaseRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PersonDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Every registration of every section, active and released. */
    public ObservableList<RegistrationView> registrations() {
        return registrations;
    }

    /** True if the caller's section holds the person now, so it may correct them. */
    public BooleanBinding canCorrectBinding() {
        return canCorrect;
    }

    public PersonForm correction() {
        return correction;
    }

    public ReadOnlyBooleanProperty correctingProperty() {
        return correcting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** Why the correction cannot be saved yet; empty when it can. */
    public StringBinding correctionBlockedBinding() {
        return correctionBlocked;
    }

    /** What the confirmed correction changes, one line a field. */
    public ReadOnlyObjectProperty<List<String>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What succeeded last (e.g. 「訂正しました」); empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last call failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
