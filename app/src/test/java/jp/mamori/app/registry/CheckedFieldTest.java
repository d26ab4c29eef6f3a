package jp.mamori.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.mamori.app.testsupport.RegistrySessions;
import jp.mamori.db.text.AddresseeNumber;
import jp.mamori.db.text.BirthDates;
import jp.mamori.db.text.KanaName;
import org.junit.jupiter.api.Test;

class CheckedFieldTest {

    private final CheckedField<String> kana = new CheckedField<>(KanaName::parse, (typed, k) -> "→" + k, true);

    @Test
    void aFreshRequiredFieldIsInvalidButSaysNothingUntilTouched() {
        assertFalse(kana.validBinding().get());
        assertEquals("", kana.messageBinding().get());
        kana.markTouched();
        assertEquals("氏名（カナ）を入力してください。", kana.messageBinding().get());
    }

    @Test
    void typingShowsTheNormalisedValueOrTheReason() {
        kana.textProperty().set("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertTrue(kana.validBinding().get());
        assertEquals("ヤマダ\u3000タロウ", kana.valueBinding().get());
        assertEquals("→ヤマダ\u3000タロウ", kana.hintBinding().get());
        assertEquals("", kana.messageBinding().get());

        kana.textProperty().set("やまだ2");
        assertFalse(kana.validBinding().get());
        assertNull(kana.valueBinding().get());
        assertEquals("", kana.hintBinding().get());
        assertEquals("氏名（カナ）はカナで入力してください。4文字目の「2」は使えません。", kana.messageBinding().get());

        kana.textProperty().set("　");
        assertEquals("氏名（カナ）を入力してください。", kana.messageBinding().get(), "emptied after typing");
    }

    @Test
    void anOptionalFieldMayStayEmptyAndClearForgetsTheTouch() {
        CheckedField<String> number = new CheckedField<>(AddresseeNumber::parse, (t, n) -> "", false);
        number.textProperty().set("12");
        number.textProperty().set("");
        assertTrue(number.validBinding().get());
        assertEquals("", number.messageBinding().get());
        assertTrue(number.isEmpty());

        kana.textProperty().set("x");
        kana.clear();
        assertEquals("", kana.messageBinding().get(), "a cleared form is quiet again");
    }

    @Test
    void datesOfBirthAreShownInBothCalendars() {
        CheckedField<LocalDate> birth = new CheckedField<>(t -> BirthDates.parse(t, RegistrySessions.TODAY),
                (t, d) -> RegistryTexts.date(d), true);
        birth.textProperty().set("Ｈ１．１．８");
        assertEquals(LocalDate.of(1989, 1, 8), birth.valueBinding().get());
        assertEquals("1989-01-08（平成元年1月8日）", birth.hintBinding().get());
        birth.textProperty().set("h1.1.7");
        assertTrue(birth.messageBinding().get().startsWith("平成1年1月7日は平成の期間外です。"),
                birth.messageBinding().get());
        birth.textProperty().set("2025-04-02");
        assertEquals("2025年4月2日は未来の日付です（本日は2025年4月1日です）。", birth.messageBinding().get());
    }
}
