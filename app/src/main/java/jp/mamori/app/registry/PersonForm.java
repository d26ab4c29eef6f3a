package jp.mamori.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.mamori.app.common.FieldNames;
import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.text.BirthDates;
import jp.mamori.db.text.KanaName;
import jp.mamori.db.text.KanjiName;
import jp.mamori.db.text.SearchKeys;
import jp.mamori.db.text.Wareki;

/**
 * The four fields that describe a person — 氏名, 氏名カナ, 性別, 生年月日 — as the register screen
 * and the correction form have them: checked as typed, shown back normalised, compared with a
 * stored person the way the server compares them (by search key, so width, spacing and itaiji do
 * not count as a difference).
 */
public final class PersonForm {

    /** The four values once every field is acceptable. */
    public record Values(String nameKanji, String nameKana, Sex sex, LocalDate birthDate) {
    }

    private final CheckedField<String> nameKanji = new CheckedField<>(KanjiName::parse,
            (typed, name) -> name.equals(typed.strip()) ? "" : Messages.get("form.stored", name), true);
    private final CheckedField<String> nameKana = new CheckedField<>(KanaName::parse,
            (typed, kana) -> Messages.get("form.stored", kana), true);
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final CheckedField<LocalDate> birthDate;
    private final BooleanBinding valid;

    /** @param clock what "today" is for dates of birth (the municipality's zone) */
    public PersonForm(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.birthDate = new CheckedField<>(text -> BirthDates.parse(text, clock),
                (typed, date) -> RegistryTexts.date(date), true);
        this.valid = Bindings.createBooleanBinding(() -> nameKanji.validBinding().get()
                        && nameKana.validBinding().get() && sex.get() != null
                        && birthDate.validBinding().get(),
                nameKanji.validBinding(), nameKana.validBinding(), sex, birthDate.validBinding());
    }

    public CheckedField<String> nameKanji() {
        return nameKanji;
    }

    public CheckedField<String> nameKana() {
        return nameKana;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public CheckedField<LocalDate> birthDate() {
        return birthDate;
    }

    /** True when all four fields are acceptable. */
    public BooleanBinding validBinding() {
        return valid;
    }

    /** The four values, if every field is acceptable. */
    public Optional<Values> values() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Values(nameKanji.value().orElseThrow(), nameKana.value().orElseThrow(),
                sex.get(), birthDate.value().orElseThrow()));
    }

    /** The Japanese names of the fields that are still empty or refused, in form order. */
    public List<String> incomplete() {
        List<String> names = new ArrayList<>();
        if (!nameKanji.validBinding().get()) {
            names.add(FieldNames.of(FieldNames.NAME_KANJI));
        }
        if (!nameKana.validBinding().get()) {
            names.add(FieldNames.of(FieldNames.NAME_KANA));
        }
        if (sex.get() == null) {
            names.add(FieldNames.of(FieldNames.SEX));
        }
        if (!birthDate.validBinding().get()) {
            names.add(FieldNames.of(FieldNames.BIRTH_DATE));
        }
        return names;
    }

    /**
     * The fields (ids of {@link FieldNames}) whose acceptable typed value disagrees with the stored
     * person. Empty or refused fields are not compared: they are reported as incomplete instead.
     */
    public List<String> differencesFrom(PersonSummary stored) {
        List<String> fields = new ArrayList<>();
        nameKanji.value().filter(n -> !SearchKeys.kanjiKey(n).equals(SearchKeys.kanjiKey(stored.nameKanji())))
                .ifPresent(n -> fields.add(FieldNames.NAME_KANJI));
        nameKana.value().filter(k -> !SearchKeys.kanaKey(k).equals(SearchKeys.kanaKey(stored.nameKana())))
                .ifPresent(k -> fields.add(FieldNames.NAME_KANA));
        if (sex.get() != null && sex.get() != stored.sex()) {
            fields.add(FieldNames.SEX);
        }
        birthDate.value().filter(d -> !d.equals(stored.birthDate()))
                .ifPresent(d -> fields.add(FieldNames.BIRTH_DATE));
        return fields;
    }

    /** Fills the fields with a stored person's values (the correction form starts from them). */
    public void fill(PersonSummary person) {
        nameKanji.textProperty().set(person.nameKanji());
        nameKana.textProperty().set(person.nameKana());
        sex.set(person.sex());
        birthDate.textProperty().set(Wareki.format(person.birthDate()));
    }

    /** Shows the message of every empty required field. */
    public void markTouched() {
        nameKanji.markTouched();
        nameKana.markTouched();
        birthDate.markTouched();
    }

    /** Empties every field. */
    public void clear() {
        nameKanji.clear();
        nameKana.clear();
        sex.set(null);
        birthDate.clear();
    }
}
