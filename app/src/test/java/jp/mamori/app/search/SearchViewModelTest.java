package jp.mamori.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.app.person.PersonViewModel;
import jp.mamori.app.registry.RegistryContext;
import jp.mamori.app.testsupport.AuditRows;
import jp.mamori.app.testsupport.FictionalPersons;
import jp.mamori.app.testsupport.RegistrySessions;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 対象者検索 without a window, against the real server. */
class SearchViewModelTest {

    private static RegistrySessions sessions;
    private static RegistryContext zeimu;

    @BeforeAll
    static void start() throws Exception {
        sessions = new RegistrySessions();
        zeimu = sessions.logIn("zeimu.clerk");
    }

    @AfterAll
    static void stop() {
        sessions.close();
    }

    @Test
    void criteriaAreNormalisedAsTyped() {
        SearchViewModel vm = new SearchViewModel(zeimu);
        assertEquals(StatusFilter.ACTIVE, vm.statusProperty().get().value(), "登録中 first");
        vm.number().textProperty().set("８００１");
        vm.name().textProperty().set("ﾔﾏﾀﾞ");
        vm.nameMatchProperty().set(NameMatch.PARTIAL);
        vm.birthDate().textProperty().set("r1.5.1");
        vm.sexProperty().set(vm.sexChoices().get(2));
        vm.sectionProperty().set(vm.sectionChoices().get(1));
        assertEquals("カナで検索：ヤマダ", vm.name().hintBinding().get());
        assertEquals(new SearchCriteria("8001", "ヤマダ", NameMatch.PARTIAL, LocalDate.of(2019, 5, 1), Sex.F,
                "ZEIMU", StatusFilter.ACTIVE, SearchViewModel.ROW_LIMIT), vm.criteria());
        assertEquals("自所属（税務課）", vm.sectionChoices().get(1).label());
        vm.name().textProperty().set("山田");
        assertEquals("", vm.name().hintBinding().get(), "a kanji name is searched as 氏名");
    }

    @Test
    void theSectionFilterOffersEveryHoldingSectionOnceOpened() throws Exception {
        SearchViewModel vm = new SearchViewModel(zeimu);
        assertEquals(2, vm.sectionChoices().size(), "指定なし and the own section until the list is opened");
        vm.sectionProperty().set(vm.sectionChoices().get(1));
        long mark = AuditRows.mark();
        vm.loadSections();
        vm.loadSections();
        assertTrue(vm.sectionChoices().stream().anyMatch(c -> "子ども家庭課".equals(c.label())), vm.sectionChoices().toString());
        assertEquals(1 + 13, vm.sectionChoices().size(), "指定なし and the 13 holding sections of the demo");
        assertEquals("ZEIMU", vm.sectionProperty().get().value(), "the chosen section stays chosen");
        List<AuditRows.Row> rows = AuditRows.since(mark, "zeimu.clerk");
        assertEquals(1, rows.size(), "one audited call, however often the list is opened");
        assertEquals("SECTION_LIST", rows.get(0).action());
    }

    @Test
    void aSearchWithoutASelectiveCriterionOrWithABadFieldIsNotSent() throws Exception {
        SearchViewModel vm = new SearchViewModel(zeimu);
        long mark = AuditRows.mark();
        vm.sexProperty().set(vm.sexChoices().get(1));
        vm.search();
        assertEquals("宛名番号、氏名、生年月日、保有所属のいずれかを指定してください。", vm.messageProperty().get());
        vm.birthDate().textProperty().set("S64.1.8");
        vm.search();
        assertEquals("赤字の項目を直してから検索してください。", vm.messageProperty().get());
        assertTrue(AuditRows.since(mark, "zeimu.clerk").isEmpty());
    }

    @Test
    void findsByKanaPrefixInHiraganaOpensThePersonAndIsAuditedWithItsHits() throws Exception {
        String tag = FictionalPersons.kanaTag();
        String number = FictionalPersons.number();
        try (MamoriSession session = TestServer.login("zeimu.clerk")) {
            session.procedures(RegistryApi.class).register("person.register", new NewRegistration(number,
                    "見本 検索", "ミホン" + tag + " ケンサク", Sex.M, LocalDate.of(1980, 1, 2), true, true,
                    RegistrationBasis.APPLICATION, false));
        }
        String hiragana = tag.chars().mapToObj(c -> String.valueOf((char) (c - 0x60))).reduce("", String::concat);
        SearchViewModel vm = new SearchViewModel(zeimu);
        long mark = AuditRows.mark();
        vm.name().textProperty().set("みほん" + hiragana);
        vm.search();

        assertFalse(vm.busyProperty().get());
        assertEquals(1, vm.results().size(), vm.messageProperty().get());
        assertEquals(number, vm.results().get(0).addresseeNumber());
        assertEquals("1件見つかりました。", vm.summaryProperty().get());
        assertEquals("", vm.truncatedNoticeProperty().get());
        List<AuditRows.Row> rows = AuditRows.since(mark, "zeimu.clerk");
        assertEquals(1, rows.size());
        assertEquals("PERSON_SEARCH", rows.get(0).action());
        String kanaHash = ServerContext.get().searchTermHashes().typedName("ミホン" + tag).orElseThrow();
        assertTrue(rows.get(0).detail().contains("kanaHash=" + kanaHash), rows.get(0).detail());
        assertFalse(rows.get(0).detail().contains("ミホン"), "the audit row holds no kana: " + rows.get(0).detail());
        assertTrue(rows.get(0).detail().contains("hits=1"), rows.get(0).detail());

        vm.open(vm.results().get(0));
        PersonViewModel person = vm.openPersonProperty().get();
        assertEquals("見本\u3000検索", person.detailProperty().get().person().nameKanji());
        vm.closePerson();
        assertNull(vm.openPersonProperty().get());
        assertEquals(1, vm.results().size(), "the results are still there");
    }

    @Test
    void moreHitsThanTheLimitShowHowManyOfHowMany() throws Exception {
        long total;
        try (var admin = TestServer.admin(); var st = admin.createStatement(); var rs = st.executeQuery(
                "SELECT COUNT(DISTINCT PERSON_ID) FROM MAMORI.REGISTRATION WHERE SECTION_CODE = 'ZEIMU'")) {
            rs.next();
            total = rs.getLong(1);
        }
        SearchViewModel vm = new SearchViewModel(zeimu, 5);
        vm.sectionProperty().set(vm.sectionChoices().get(1));
        vm.statusProperty().set(vm.statusChoices().get(2));
        vm.search();
        assertEquals(5, vm.results().size());
        assertEquals(String.format("%,d件見つかりました。", total), vm.summaryProperty().get());
        assertEquals(String.format("該当 %,d 件のうち先頭 5 件を表示しています。条件を絞り込んでください。", total),
                vm.truncatedNoticeProperty().get());
    }

    @Test
    void theServerCapsWhatTheScreenAsksFor() throws Exception {
        TestServer.setting("search.maxRows", "3");
        try {
            SearchViewModel vm = new SearchViewModel(zeimu);
            vm.sectionProperty().set(vm.sectionChoices().get(1));
            vm.statusProperty().set(vm.statusChoices().get(2));
            vm.search();
            assertEquals(3, vm.results().size());
            assertTrue(vm.truncatedNoticeProperty().get().contains("のうち先頭 3 件を表示しています。"),
                    vm.truncatedNoticeProperty().get());
        } finally {
            TestServer.setting("search.maxRows", "200");
        }
    }

    @Test
    void browsingAnotherSectionIsRefusedWithAJapaneseMessage() {
        SearchViewModel vm = new SearchViewModel(zeimu);
        vm.loadSections();
        var other = vm.sectionChoices().stream().filter(c -> c.value() != null && !c.value().equals("ZEIMU"))
                .findFirst().orElseThrow();
        vm.sectionProperty().set(other);
        vm.search();
        assertTrue(vm.results().isEmpty());
        assertEquals("所属だけを条件にした一覧は、自所属についてのみ表示できます。他の所属が保有する対象者は、"
                + "宛名番号・氏名・生年月日のいずれかで検索してください。", vm.messageProperty().get());
    }
}
