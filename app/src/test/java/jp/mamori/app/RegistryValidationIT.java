package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jp.mamori.app.search.SearchViewModel;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Messages beside each field as it is typed, and a disabled 登録 that says why; a search that
 * names no criterion is not sent; many hits stay in one scrolling table.
 */
class RegistryValidationIT extends RegistryUiFixture {

    private static final String REGISTER = ".register-screen";
    private static final String SEARCH = ".search-screen";

    @Test
    void eachFieldExplainsItsErrorAndTheButtonSaysWhyItIsDisabled() throws Exception {
        logInAs(CLERK);
        open("#nav-person-register");
        await(() -> focused(REGISTER + " #numberField"));
        assertTrue(disabled(REGISTER + " #reviewButton"));
        assertEquals("未入力または誤りのある項目：宛名番号、氏名、氏名カナ、性別、生年月日、設定の根拠",
                textIn(REGISTER, "#blockedLabel"));
        assertFalse(showingIn(REGISTER, "#numberMessage"), "a fresh form is not covered in red");

        write("8012a");
        await(() -> showingIn(REGISTER, "#numberMessage"));
        assertEquals("団体内統合宛名番号は数字で入力してください。5文字目の「a」は使えません。",
                textIn(REGISTER, "#numberMessage"));
        assertTrue(lookup(REGISTER + " #numberField").queryAs(TextField.class).getStyleClass().contains("invalid"));

        typeInto(REGISTER + " #nameField", "見本 花子");
        typeInto(REGISTER + " #kanaField", "ミホン ハナコ1");
        assertEquals("氏名（カナ）はカナで入力してください。8文字目の「1」は使えません。",
                textIn(REGISTER, "#kanaMessage"));
        typeInto(REGISTER + " #birthField", "H31.5.1");
        assertEquals("平成31年5月1日は平成の期間外です。平成は1989年1月8日（平成元年1月8日）から"
                + "2019年4月30日（平成31年4月30日）までです。", textIn(REGISTER, "#birthMessage"));
        clickOn(REGISTER + " #autoResponseCheck");
        assertEquals("未入力または誤りのある項目：宛名番号、氏名カナ、性別、生年月日、設定の根拠\n"
                + "自動応答不可フラグと不開示該当フラグは、登録時に両方とも必要です。", textIn(REGISTER, "#blockedLabel"));
        assertTrue(disabled(REGISTER + " #reviewButton"));
        screenshot("register-validation");

        typeInto(REGISTER + " #nameField", "");
        assertEquals("氏名を入力してください。", textIn(REGISTER, "#nameMessage"), "emptied: now it is missing");
        assertTrue(rowsSinceStart(CLERK, "PERSON_LOOKUP").isEmpty(), "an unacceptable number is never sent");
        assertTrue(rowsSinceStart(CLERK, "PERSON_REGISTER").isEmpty());
    }

    @Test
    void aSearchWithoutCriteriaIsNotSentAndManyHitsScroll() throws Exception {
        logInAs(CLERK);
        open("#nav-person-search");
        await(() -> focused(SEARCH + " #numberField"));
        type(KeyCode.ENTER);
        await(() -> showingIn(SEARCH, "#messageLabel"));
        assertEquals("宛名番号、氏名、生年月日、保有所属のいずれかを指定してください。", textIn(SEARCH, "#messageLabel"));
        assertTrue(rowsSinceStart(CLERK, "PERSON_SEARCH").isEmpty());

        typeInto(SEARCH + " #birthField", "S50.2.30");
        assertEquals("昭和50年2月30日という日付はありません。", textIn(SEARCH, "#birthMessage"));
        type(KeyCode.ENTER);
        assertEquals("赤字の項目を直してから検索してください。", textIn(SEARCH, "#messageLabel"));
        typeInto(SEARCH + " #birthField", "");

        // Every person the own section holds or held: the demo has a few hundred.
        clickOn(SEARCH + " #sectionBox");
        type(KeyCode.DOWN, KeyCode.ENTER);
        clickOn(SEARCH + " #statusBox");
        type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        clickOn(SEARCH + " #searchButton");
        await(() -> resultRows().size() > 20);
        int hits = resultRows().size();
        assertEquals(hits + "件見つかりました。", textIn(SEARCH, "#summaryLabel").replace(",", ""));
        assertTrue(lookup(SEARCH + " .table-row-cell").queryAll().size() < 40,
                "rows are virtualised: only the visible ones are nodes");
        screenshot("search-many");

        List<AuditRow> searches = rowsSinceStart(CLERK, "PERSON_SEARCH");
        assertEquals(1, searches.size(), searches::toString);
        assertTrue(searches.get(0).detail().contains("section=ZEIMU"), searches.get(0).detail());
        assertTrue(searches.get(0).detail().contains("status=ALL"), searches.get(0).detail());
        assertTrue(searches.get(0).detail().contains("hits=" + hits), searches.get(0).detail());

        // The table holds thousands of rows with only the visible ones as nodes.
        List<PersonSummary> many = new ArrayList<>();
        for (int i = 0; i < SearchViewModel.ROW_LIMIT; i++) {
            many.add(new PersonSummary(i + 1, String.format("9%014d", i), "見本 " + i, "ミホン　" + i, Sex.U,
                    LocalDate.of(1950, 1, 1).plusDays(i), 0, "ZEIMU", "税務課", true));
        }
        interact(() -> resultRows().setAll(many));
        TableView<?> table = lookup(SEARCH + " #resultTable").queryAs(TableView.class);
        interact(() -> table.scrollTo(SearchViewModel.ROW_LIMIT - 1));
        await(() -> lookup(SEARCH + " .table-row-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof TableRow<?> row && row.getIndex() == SearchViewModel.ROW_LIMIT - 1));
        assertTrue(lookup(SEARCH + " .table-row-cell").queryAll().size() < 40,
                "still only the visible rows are nodes");
        screenshot("search-thousands");
    }
}
