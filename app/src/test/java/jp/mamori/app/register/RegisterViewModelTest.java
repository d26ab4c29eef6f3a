package jp.mamori.app.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.mamori.app.testsupport.AuditRows;
import jp.mamori.app.testsupport.FictionalPersons;
import jp.mamori.app.testsupport.RegistrySessions;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 対象者登録 without a window, against the real server. */
class RegisterViewModelTest {

    private static RegistrySessions sessions;

    @BeforeAll
    static void start() {
        sessions = new RegistrySessions();
    }

    @AfterAll
    static void stop() {
        sessions.close();
    }

    private static void fill(RegisterViewModel vm, String number, String kanji, String kana, String birth) {
        vm.number().textProperty().set(number);
        vm.lookUpNumber();
        vm.person().nameKanji().textProperty().set(kanji);
        vm.person().nameKana().textProperty().set(kana);
        vm.person().sexProperty().set(Sex.F);
        vm.person().birthDate().textProperty().set(birth);
        vm.basisProperty().set(RegistrationBasis.APPLICATION);
    }

    @Test
    void aNewPersonIsLookedUpConfirmedRegisteredAndTheFormCleared() throws Exception {
        RegisterViewModel vm = new RegisterViewModel(sessions.logIn("zeimu.clerk"));
        String number = FictionalPersons.number();
        long mark = AuditRows.mark();

        fill(vm, number, "見本" + FictionalPersons.kanjiTag() + " 花子", "ﾐﾎﾝ ﾊﾅｺ", "h2.3.4");
        assertEquals(NumberState.NEW, vm.numberStateProperty().get());
        assertEquals("この宛名番号は未登録です。新しい対象者として登録します。", vm.numberStatusBinding().get());
        assertEquals("", vm.blockedReasonBinding().get());
        assertTrue(vm.canSaveBinding().get());

        vm.confirmSave();
        assertTrue(AuditRows.since(mark, "zeimu.clerk").stream().noneMatch(r -> r.action().equals("PERSON_REGISTER")),
                "nothing is saved without the confirmation step");
        vm.requestSave();
        assertTrue(vm.confirmingProperty().get());
        assertEquals(List.of("宛名番号", "氏名", "氏名カナ", "性別", "生年月日", "設定するフラグ", "設定の根拠",
                "登録する所属"), vm.summaryProperty().get().stream().map(RegisterViewModel.SummaryLine::label).toList());
        assertEquals("1990-03-04（平成2年3月4日）", vm.summaryProperty().get().get(4).value());
        vm.confirmSave();

        assertFalse(vm.confirmingProperty().get());
        assertTrue(vm.successProperty().get().matches("登録しました（登録番号：\\d+）。税務課の登録として保存しました。"),
                vm.successProperty().get());
        assertEquals("", vm.number().textProperty().get());
        assertNull(vm.person().sexProperty().get());
        assertNull(vm.basisProperty().get());
        assertTrue(vm.autoResponseBlockedProperty().get() && vm.nonDisclosureProperty().get());
        List<String> actions = AuditRows.since(mark, "zeimu.clerk").stream().map(AuditRows.Row::action).toList();
        assertEquals(List.of("PERSON_LOOKUP", "PERSON_REGISTER"), actions, "one row per call, nothing else");
    }

    @Test
    void anExistingPersonIsShownDifferencesBlockAndTheOwnSectionCannotRegisterTwice() throws Exception {
        RegisterViewModel zeimu = new RegisterViewModel(sessions.logIn("zeimu.clerk"));
        String number = FictionalPersons.number();
        String name = "見本" + FictionalPersons.kanjiTag() + " 花子";
        fill(zeimu, number, name, "みほん はなこ", "S50.4.1");
        zeimu.requestSave();
        zeimu.confirmSave();
        assertTrue(zeimu.errorProperty().get().isEmpty(), zeimu.errorProperty().get());

        RegisterViewModel again = new RegisterViewModel(sessions.logIn("zeimu.clerk"));
        again.number().textProperty().set("  " + number + " ");
        again.lookUpNumber();
        assertEquals(NumberState.EXISTING, again.numberStateProperty().get());
        assertEquals("この対象者は既に税務課で登録されています。", again.existingNoteBinding().get());
        assertTrue(again.blockedReasonBinding().get().contains("この対象者は既に税務課で登録されています。"));

        RegisterViewModel kodomo = new RegisterViewModel(sessions.logIn("kodomo.clerk"));
        fill(kodomo, number, "別人 花子", "ミホン　ハナコ", "S50.4.2");
        assertEquals(NumberState.EXISTING, kodomo.numberStateProperty().get());
        assertEquals("税務課", kodomo.existingProperty().get().holdingSections());
        assertEquals(List.of("nameKanji", "birthDate"), kodomo.mismatchesBinding().get());
        assertEquals("入力した氏名、生年月日が登録済みの対象者と異なります。", kodomo.blockedReasonBinding().get());
        assertFalse(kodomo.canSaveBinding().get());

        kodomo.person().nameKanji().textProperty().set(name.replace(" ", ""));
        assertEquals(List.of("birthDate"), kodomo.mismatchesBinding().get());
        assertFalse(kodomo.canSaveBinding().get(), "the date still differs");
        kodomo.person().birthDate().textProperty().set("昭和50年4月1日");
        assertTrue(kodomo.canSaveBinding().get());
        kodomo.requestSave();
        kodomo.confirmSave();
        assertTrue(kodomo.successProperty().get().endsWith("登録済みの対象者に子ども家庭課の登録が加わりました。"),
                kodomo.successProperty().get() + kodomo.errorProperty().get());
    }

    @Test
    void anUnacceptableNumberIsNeverSentAndEveryReasonIsListed() throws Exception {
        RegisterViewModel vm = new RegisterViewModel(sessions.logIn("zeimu.clerk"));
        long mark = AuditRows.mark();
        vm.number().textProperty().set("８０１２ー");
        vm.lookUpNumber();
        assertEquals(NumberState.UNCHECKED, vm.numberStateProperty().get());
        assertTrue(AuditRows.since(mark, "zeimu.clerk").isEmpty());
        assertEquals("団体内統合宛名番号は数字で入力してください。5文字目の「ー」は使えません。",
                vm.number().messageBinding().get());
        vm.nonDisclosureProperty().set(false);
        assertEquals("未入力または誤りのある項目：宛名番号、氏名、氏名カナ、性別、生年月日、設定の根拠\n"
                + "自動応答不可フラグと不開示該当フラグは、登録時に両方とも必要です。", vm.blockedReasonBinding().get());
        vm.requestSave();
        assertFalse(vm.confirmingProperty().get());
        assertEquals("氏名を入力してください。", vm.person().nameKanji().messageBinding().get(),
                "a refused save shows every empty field's message");
    }
}
