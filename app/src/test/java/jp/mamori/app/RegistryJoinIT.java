package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A second section joins a person another section registered: the clerk of 子ども家庭課 types the
 * same number, sees the registered person (and any disagreement) before saving, and the person
 * view then shows both sections.
 */
class RegistryJoinIT extends RegistryUiFixture {

    private static final String REGISTER = ".register-screen";
    private static final String SEARCH = ".search-screen";
    private static final String PERSON = ".person-view";

    @Test
    void aSecondSectionJoinsTheExistingPerson() throws Exception {
        Fictional p = Fictional.create();
        try (MamoriSession zeimu = TestServer.login(CLERK)) {
            zeimu.procedures(RegistryApi.class).register("person.register", new NewRegistration(p.number(),
                    p.kanji(), p.halfKana(), Sex.F, LocalDate.of(1990, 3, 4), true, true,
                    RegistrationBasis.EVIDENT_NEED, false));
        }
        logInAs(KODOMO_CLERK);

        open("#nav-person-register");
        await(() -> focused(REGISTER + " #numberField"));
        write(p.number());
        type(KeyCode.TAB);
        await(() -> showingIn(REGISTER, "#existingPanel"));
        assertEquals("この宛名番号の対象者は登録済みです", textIn(REGISTER, ".existing-title"));
        assertEquals("氏名：" + p.storedKanji() + "（" + p.katakana() + "）", textIn(REGISTER, "#existingPerson"));
        assertEquals("性別：女　生年月日：1990-03-04（平成2年3月4日）", textIn(REGISTER, "#existingBirth"));
        assertEquals("現在の保有所属：税務課", textIn(REGISTER, "#existingHolding"));
        assertEquals("登録すると、この対象者に子ども家庭課の登録が加わります。", textIn(REGISTER, "#existingJoin"));

        typeInto(REGISTER + " #nameField", p.kanji());
        typeInto(REGISTER + " #kanaField", p.hiragana() + " たろう");
        clickOn(REGISTER + " #femaleRadio");
        typeInto(REGISTER + " #birthField", "H2.3.5");
        clickOn(REGISTER + " #applicationRadio");
        await(() -> showingIn(REGISTER, "#existingMismatch"));
        assertEquals("入力した生年月日が登録済みの内容と異なります。宛名番号と入力内容を確認してください"
                + "（このままでは登録できません）。", textIn(REGISTER, "#existingMismatch"));
        assertTrue(disabled(REGISTER + " #reviewButton"));
        assertTrue(lookup(REGISTER + " #birthField").query().getStyleClass().contains("mismatch"));
        assertFalse(lookup(REGISTER + " #nameField").query().getStyleClass().contains("mismatch"),
                "the name agrees: width, spacing and itaiji do not count");
        assertEquals("入力した生年月日が登録済みの対象者と異なります。", textIn(REGISTER, "#blockedLabel"));
        screenshot("register-existing-mismatch");

        typeInto(REGISTER + " #birthField", "平成2年3月4日");
        await(() -> !disabled(REGISTER + " #reviewButton"));
        assertFalse(showingIn(REGISTER, "#existingMismatch"));
        screenshot("register-existing");
        clickOn(REGISTER + " #reviewButton");
        await(() -> focused(REGISTER + " #confirmButton"));
        assertEquals("登録すると、この対象者に子ども家庭課の登録が加わります。", textIn(REGISTER, "#joinNote"));
        type(KeyCode.ENTER);
        await(() -> showingIn(REGISTER, "#successLabel"));
        assertTrue(textIn(REGISTER, "#successLabel").endsWith("登録済みの対象者に子ども家庭課の登録が加わりました。"),
                textIn(REGISTER, "#successLabel"));

        List<AuditRow> registrations = rowsSinceStart(KODOMO_CLERK, "PERSON_REGISTER");
        assertEquals(1, registrations.size(), registrations::toString);
        assertEquals("OK", registrations.get(0).outcome());
        assertTrue(registrations.get(0).detail().contains("existing=true"), registrations.get(0).detail());
        assertEquals(1, rowsSinceStart(KODOMO_CLERK, "PERSON_LOOKUP").size(), "one look-up for one number");

        open("#nav-person-search");
        await(() -> focused(SEARCH + " #numberField"));
        write(p.fullWidthNumber());
        type(KeyCode.ENTER);
        await(() -> resultRows().size() == 1);
        assertEquals("子ども家庭課,税務課", resultRows().get(0).holdingSections());
        doubleClickOn(SEARCH + " #resultTable .table-row-cell");
        await(() -> showingIn(PERSON, "#holdingValue") && textIn(PERSON, "#holdingValue").contains("、"));
        assertEquals("子ども家庭課、税務課", textIn(PERSON, "#holdingValue"));
        @SuppressWarnings("unchecked")
        List<RegistrationView> rows = ((TableView<RegistrationView>) lookup(PERSON + " #registrationTable")
                .query()).getItems();
        assertEquals(List.of("子ども家庭課", "税務課"), rows.stream().map(RegistrationView::sectionName).toList());
        assertEquals(List.of(RegistrationBasis.APPLICATION, RegistrationBasis.EVIDENT_NEED),
                rows.stream().map(RegistrationView::basis).toList());
        assertTrue(rows.stream().allMatch(RegistrationView::active));
        assertEquals(List.of(KODOMO_CLERK, CLERK), rows.stream().map(RegistrationView::registeredBy).toList());
        screenshot("person-view-two-sections");
    }
}
