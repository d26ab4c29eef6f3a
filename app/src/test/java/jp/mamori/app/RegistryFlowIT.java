package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.input.KeyCode;
import jp.mamori.db.domain.PersonSummary;
import org.junit.jupiter.api.Test;

/**
 * The clerk's registry flow in the real window against the real server: register with 和暦 and
 * half-width kana → search by kana → open the person → correct the date of birth.
 */
class RegistryFlowIT extends RegistryUiFixture {

    private static final String REGISTER = ".register-screen";
    private static final String SEARCH = ".search-screen";
    private static final String PERSON = ".person-view";

    @Test
    void registerSearchOpenAndCorrect() throws Exception {
        Fictional p = Fictional.create();
        logInAs(CLERK);

        open("#nav-person-register");
        await(() -> focused(REGISTER + " #numberField"));
        write(p.fullWidthNumber());
        type(KeyCode.TAB);
        await(() -> showingIn(REGISTER, "#numberStatus")
                && textIn(REGISTER, "#numberStatus").contains("未登録"));
        assertEquals("登録される表記：" + p.number(), textIn(REGISTER, "#numberHint"));

        typeInto(REGISTER + " #nameField", p.kanji());
        typeInto(REGISTER + " #kanaField", p.halfKana());
        assertEquals("登録される表記：" + p.katakana(), textIn(REGISTER, "#kanaHint"));
        clickOn(REGISTER + " #maleRadio");
        typeInto(REGISTER + " #birthField", "Ｓ５０．４．１");
        assertEquals("1975-04-01（昭和50年4月1日）", textIn(REGISTER, "#birthHint"));
        assertTrue(disabled(REGISTER + " #reviewButton"), "the basis is still missing");
        assertEquals("未入力または誤りのある項目：設定の根拠", textIn(REGISTER, "#blockedLabel"));
        clickOn(REGISTER + " #applicationRadio");
        await(() -> !disabled(REGISTER + " #reviewButton"));
        assertFalse(showingIn(REGISTER, "#blockedLabel"));

        clickOn(REGISTER + " #reviewButton");
        await(() -> showingIn(REGISTER, "#confirmPane") && focused(REGISTER + " #confirmButton"));
        screenshot("register-confirm");
        type(KeyCode.ENTER);
        await(() -> showingIn(REGISTER, "#successLabel"));
        assertTrue(textIn(REGISTER, "#successLabel").matches("登録しました（登録番号：\\d+）。税務課の登録として保存しました。"),
                textIn(REGISTER, "#successLabel"));
        assertEquals("", fieldText(REGISTER + " #numberField"), "the form is cleared");
        await(() -> focused(REGISTER + " #numberField"));

        open("#nav-person-search");
        await(() -> focused(SEARCH + " #numberField"));
        clickOn(SEARCH + " #nameField");
        write(p.hiragana());
        assertEquals("カナで検索：" + p.hiragana().replace("みほん", "ミホン").chars()
                .mapToObj(c -> String.valueOf((char) (c >= 'ぁ' && c <= 'ゖ' ? c + 0x60 : c)))
                .reduce("", String::concat), textIn(SEARCH, "#nameHint"));
        type(KeyCode.ENTER);
        await(() -> resultRows().size() == 1);
        assertEquals("1件見つかりました。", textIn(SEARCH, "#summaryLabel"));
        PersonSummary row = resultRows().get(0);
        assertEquals(p.number(), row.addresseeNumber());
        assertEquals(p.storedKanji(), row.nameKanji());
        assertEquals(p.katakana(), row.nameKana());
        assertEquals(LocalDate.of(1975, 4, 1), row.birthDate());
        assertEquals("税務課", row.holdingSections());
        await(() -> focused(SEARCH + " #resultTable"));
        screenshot("search-results");

        List<AuditRow> searches = rowsSinceStart(CLERK, "PERSON_SEARCH");
        assertEquals(1, searches.size(), searches::toString);
        AuditRow search = searches.get(0);
        assertEquals("person.search", search.screen());
        assertEquals("OK", search.outcome());
        String kanaHash = jp.mamori.db.server.ServerContext.get().searchTermHashes().typedName(p.hiragana())
                .orElseThrow();
        assertTrue(search.detail().contains("kanaHash=" + kanaHash), search.detail());
        assertFalse(search.detail().contains(p.katakana().substring(0, 3)), "no kana in the log: " + search.detail());
        assertTrue(search.detail().contains("match=PREFIX"), search.detail());
        assertTrue(search.detail().contains("hits=1"), search.detail());

        type(KeyCode.ENTER);
        await(() -> showingIn(PERSON, "#nameValue") && p.storedKanji().equals(textIn(PERSON, "#nameValue")));
        assertEquals(p.number(), textIn(PERSON, "#numberValue"));
        assertEquals(p.katakana(), textIn(PERSON, "#kanaValue"));
        assertEquals("男", textIn(PERSON, "#sexValue"));
        assertEquals("1975-04-01（昭和50年4月1日）", textIn(PERSON, "#birthValue"));
        assertEquals("税務課", textIn(PERSON, "#holdingValue"));
        assertTrue(showingIn(PERSON, "#correctButton"), "the holding section may correct");
        screenshot("person-view");

        clickOn(PERSON + " #correctButton");
        await(() -> focused(PERSON + " #nameField"));
        assertEquals("昭和50年4月1日", fieldText(PERSON + " #birthField"));
        assertTrue(disabled(PERSON + " #saveButton"), "nothing changed yet");
        typeInto(PERSON + " #birthField", "h2.3.4");
        assertEquals("1990-03-04（平成2年3月4日）", textIn(PERSON, "#birthHint"));
        await(() -> !disabled(PERSON + " #saveButton"));
        screenshot("person-correction");
        clickOn(PERSON + " #saveButton");
        await(() -> focused(PERSON + " #confirmButton"));
        assertEquals("生年月日：1975-04-01（昭和50年4月1日） → 1990-03-04（平成2年3月4日）",
                textIn(PERSON, "#changesLabel"));
        type(KeyCode.ENTER);
        await(() -> "1990-03-04（平成2年3月4日）".equals(textIn(PERSON, "#birthValue")));
        assertEquals("訂正しました。", textIn(PERSON, "#messageLabel"));
        assertFalse(showingIn(PERSON, "#correctionPane"));

        List<AuditRow> corrections = rowsSinceStart(CLERK, "PERSON_CORRECT");
        assertEquals(1, corrections.size(), corrections::toString);
        assertTrue(corrections.get(0).detail().startsWith("changed=birthDate;"), corrections.get(0).detail());
        assertFalse(corrections.get(0).detail().contains("1975") || corrections.get(0).detail().contains("1990"),
                "the dates are in the person's history, not in the log: " + corrections.get(0).detail());
        List<AuditRow> views = rowsSinceStart(CLERK, "PERSON_VIEW");
        assertEquals(2, views.size(), "opened, and reloaded after the correction: " + views);
        assertTrue(screenActionsSinceStart(CLERK).stream().noneMatch(r -> r.screen().equals("person.view")),
                "the procedures audit themselves; no extra screen rows");

        type(KeyCode.ESCAPE);
        await(() -> showingIn(SEARCH, "#resultTable") && focused(SEARCH + " #resultTable"));
    }
}
