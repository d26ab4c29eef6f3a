package jp.mamori.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.app.common.FieldNames;
import jp.mamori.app.testsupport.RegistrySessions;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.Sex;
import org.junit.jupiter.api.Test;

class PersonFormTest {

    private static final PersonSummary STORED = new PersonSummary(7, "800000000000001", "髙橋\u3000花子",
            "タカハシ\u3000ハナコ", Sex.F, LocalDate.of(1975, 4, 1), 3, "ZEIMU", "税務課", true);

    private final PersonForm form = new PersonForm(RegistrySessions.TODAY);

    @Test
    void namesEveryIncompleteFieldInFormOrder() {
        assertEquals(List.of("氏名", "氏名カナ", "性別", "生年月日"), form.incomplete());
        form.nameKana().textProperty().set("たかはし");
        form.sexProperty().set(Sex.F);
        assertEquals(List.of("氏名", "生年月日"), form.incomplete());
        assertFalse(form.validBinding().get());
        assertTrue(form.values().isEmpty());
    }

    @Test
    void widthSpacingKanaScriptAndItaijiAreNotDifferences() {
        form.nameKanji().textProperty().set("高橋 花子");
        form.nameKana().textProperty().set("ﾀｶﾊｼ ﾊﾅｺ");
        form.sexProperty().set(Sex.F);
        form.birthDate().textProperty().set("S50.4.1");
        assertTrue(form.validBinding().get());
        assertEquals(List.of(), form.differencesFrom(STORED));
    }

    @Test
    void realDifferencesAreNamedAndIncompleteFieldsAreNotCompared() {
        form.nameKanji().textProperty().set("高田 花子");
        form.sexProperty().set(Sex.M);
        form.birthDate().textProperty().set("S50.4.2");
        form.nameKana().textProperty().set("たかはし1");
        assertEquals(List.of(FieldNames.NAME_KANJI, FieldNames.SEX, FieldNames.BIRTH_DATE),
                form.differencesFrom(STORED));
        assertEquals("氏名、性別、生年月日", FieldNames.join(form.differencesFrom(STORED)));
    }

    @Test
    void fillShowsTheStoredPersonWithTheDateIn和暦() {
        form.fill(STORED);
        assertEquals("昭和50年4月1日", form.birthDate().textProperty().get());
        assertEquals(new PersonForm.Values("髙橋\u3000花子", "タカハシ\u3000ハナコ", Sex.F, LocalDate.of(1975, 4, 1)),
                form.values().orElseThrow());
        form.clear();
        assertEquals(4, form.incomplete().size());
    }
}
