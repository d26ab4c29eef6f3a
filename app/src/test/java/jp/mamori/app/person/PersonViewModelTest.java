package jp.mamori.app.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.app.testsupport.AuditRows;
import jp.mamori.app.testsupport.FictionalPersons;
import jp.mamori.app.testsupport.RegistrySessions;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.PersonCorrection;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 対象者照会 and the correction without a window, against the real server. */
class PersonViewModelTest {

    private static RegistrySessions sessions;
    private static MamoriSession zeimu;
    private static RegistryApi zeimuApi;

    @BeforeAll
    static void start() throws Exception {
        sessions = new RegistrySessions();
        zeimu = TestServer.login("zeimu.clerk");
        zeimuApi = zeimu.procedures(RegistryApi.class);
    }

    @AfterAll
    static void stop() {
        zeimu.close();
        sessions.close();
    }

    private static long registered() {
        String number = FictionalPersons.number();
        zeimuApi.register("person.register", new NewRegistration(number, "見本" + FictionalPersons.kanjiTag()
                + " 照会", "ミホン ショウカイ", Sex.U, LocalDate.of(1975, 4, 1), true, true,
                RegistrationBasis.EVIDENT_NEED, false));
        return zeimuApi.lookupNumber("person.view", number).orElseThrow().personId();
    }

    @Test
    void theHoldingSectionCorrectsWithConfirmationAndTheViewReloads() throws Exception {
        long id = registered();
        PersonViewModel vm = new PersonViewModel(sessions.logIn("zeimu.clerk"), id);
        long mark = AuditRows.mark();
        vm.load();
        assertEquals(1, vm.registrations().size());
        assertTrue(vm.canCorrectBinding().get());

        vm.startCorrection();
        assertTrue(vm.correctingProperty().get());
        assertEquals("訂正前と同じ内容です。訂正する項目を変更してください。", vm.correctionBlockedBinding().get());
        vm.correction().birthDate().textProperty().set("H2.3.4");
        vm.correction().sexProperty().set(Sex.F);
        assertEquals("", vm.correctionBlockedBinding().get());
        vm.requestSave();
        assertEquals(List.of("性別：不明・その他 → 女",
                "生年月日：1975-04-01（昭和50年4月1日） → 1990-03-04（平成2年3月4日）"), vm.changesProperty().get());
        vm.confirmSave();

        assertEquals("訂正しました。", vm.messageProperty().get());
        assertFalse(vm.correctingProperty().get());
        PersonSummary now = vm.detailProperty().get().person();
        assertEquals(LocalDate.of(1990, 3, 4), now.birthDate());
        assertEquals(Sex.F, now.sex());
        assertEquals(1, now.version());
        List<String> actions = AuditRows.since(mark, "zeimu.clerk").stream().map(AuditRows.Row::action).toList();
        assertEquals(List.of("PERSON_VIEW", "PERSON_CORRECT", "PERSON_VIEW"), actions);
    }

    @Test
    void aCorrectionMadeMeanwhileIsReportedAndReloaded() throws Exception {
        long id = registered();
        PersonViewModel vm = new PersonViewModel(sessions.logIn("zeimu.clerk"), id);
        vm.load();
        vm.startCorrection();
        vm.correction().nameKana().textProperty().set("みほん しょうかいい");
        PersonSummary shown = vm.detailProperty().get().person();
        zeimuApi.correctPerson("person.view", PersonCorrection.of(shown).withSex(Sex.M));

        vm.requestSave();
        vm.confirmSave();
        assertEquals("ほかの職員が先にこの対象者を訂正しました。最新の内容を表示し直しましたので、確認してから、"
                + "もう一度訂正してください。", vm.errorProperty().get());
        assertFalse(vm.correctingProperty().get());
        assertEquals(Sex.M, vm.detailProperty().get().person().sex(), "the other correction is shown");
        assertEquals("ミホン\u3000ショウカイ", vm.detailProperty().get().person().nameKana(), "ours was not saved");
    }

    @Test
    void aSectionThatDoesNotHoldThePersonSeesItButCannotCorrect() throws Exception {
        long id = registered();
        PersonViewModel vm = new PersonViewModel(sessions.logIn("kodomo.clerk"), id);
        vm.load();
        assertEquals("税務課", vm.registrations().get(0).sectionName());
        assertFalse(vm.canCorrectBinding().get());
        vm.startCorrection();
        assertFalse(vm.correctingProperty().get());
    }

    @Test
    void anUnknownPersonIsSaidSo() throws Exception {
        PersonViewModel vm = new PersonViewModel(sessions.logIn("zeimu.clerk"), 999_999_999L);
        vm.load();
        assertEquals("対象者が見つかりません。削除された可能性があります。検索し直してください。", vm.errorProperty().get());
    }
}
