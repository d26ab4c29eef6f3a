package jp.mamori.db.registry;

import static jp.mamori.db.registry.RegistryFixture.auditMark;
import static jp.mamori.db.registry.RegistryFixture.auditSince;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.PersonChange;
import jp.mamori.db.domain.PersonCorrection;
import jp.mamori.db.domain.PersonDetail;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.registry.RegistryFixture.AuditRow;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One person shared by two sections: the second section joins after seeing the person, a
 * disagreeing name or date is refused before anything is saved, a section registers a person only
 * once, and a holding section corrects the date of birth under optimistic locking.
 */
class SharedPersonTest {

    private static MamoriSession zeimu;
    private static MamoriSession kodomo;
    private static RegistryApi zeimuApi;
    private static RegistryApi kodomoApi;

    @BeforeAll
    static void logIn() throws Exception {
        zeimu = TestServer.login("zeimu.clerk");
        kodomo = TestServer.login("kodomo.clerk");
        zeimuApi = zeimu.procedures(RegistryApi.class);
        kodomoApi = kodomo.procedures(RegistryApi.class);
    }

    @AfterAll
    static void logOut() {
        zeimu.close();
        kodomo.close();
    }

    /** A person registered by 税務課, returned as the look-up shows them. */
    private static PersonSummary registeredByZeimu(long tag) {
        zeimuApi.register("person.register", RegistryClientTest.typed(tag));
        return zeimuApi.lookupNumber("person.register", RegistryFixture.number(tag)).orElseThrow();
    }

    /** What 子ども家庭課 types for the same person: hiragana kana, no space, 高 for 髙. */
    private static NewRegistration kodomoTyping(long tag, boolean confirmed) {
        return new NewRegistration(RegistryFixture.fullWidth(RegistryFixture.number(tag)),
                "高登録試験" + RegistryFixture.kanjiTag(tag) + "花子",
                "たかとうろくしけん" + RegistryFixture.hiraganaTag(tag) + "はなこ", Sex.F, LocalDate.of(1975, 4, 1),
                true, true, RegistrationBasis.EVIDENT_NEED, confirmed);
    }

    @Test
    void aSecondSectionJoinsOnlyAfterConfirmingTheExistingPerson() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        long[] before = RegistryFixture.registryRows();

        long mark = auditMark();
        PersonSummary shown = kodomoApi.lookupNumber("person.register",
                RegistryFixture.fullWidth(RegistryFixture.number(tag))).orElseThrow();
        assertEquals(person.personId(), shown.personId());
        assertEquals(List.of("税務課"), shown.holdingSectionNameList());
        ServerRefusal unconfirmed = assertThrows(ServerRefusal.class,
                () -> kodomoApi.register("person.register", kodomoTyping(tag, false)));
        assertEquals("confirm.existing", unconfirmed.code());
        assertEquals(List.of(Long.toString(person.personId())), unconfirmed.args());
        assertArrayEquals(before, RegistryFixture.registryRows(), "nothing saved before the confirmation");

        long registrationId = kodomoApi.register("person.register", kodomoTyping(tag, true));
        List<AuditRow> rows = auditSince(mark, "kodomo.clerk");
        assertEquals(List.of("PERSON_LOOKUP:OK", "PERSON_REGISTER:DENIED", "PERSON_REGISTER:OK"),
                rows.stream().map(r -> r.action() + ":" + r.outcome()).toList());
        rows.forEach(r -> assertEquals(Long.toString(person.personId()), r.target()));
        assertTrue(rows.get(1).detail().contains("code=confirm.existing"), rows.get(1).detail());
        assertTrue(rows.get(2).detail().contains("existing=true"), rows.get(2).detail());
        assertTrue(rows.get(2).detail().contains("registration=" + registrationId), rows.get(2).detail());
        long[] after = RegistryFixture.registryRows();
        assertEquals(before[0], after[0], "no second person");
        assertEquals(before[1] + 1, after[1]);

        PersonDetail detail = zeimuApi.person("person.view", person.personId());
        assertEquals(List.of("KODOMOKATEI", "ZEIMU"), detail.person().holdingSectionCodeList());
        assertEquals(List.of("KODOMOKATEI", "ZEIMU"),
                detail.registrations().stream().map(RegistrationView::sectionCode).toList());
        RegistrationView joined = detail.registrations().get(0);
        assertEquals(registrationId, joined.registrationId());
        assertEquals("kodomo.clerk", joined.registeredBy());
        assertEquals(RegistrationBasis.EVIDENT_NEED, joined.basis());
        assertEquals("髙登録試験" + RegistryFixture.kanjiTag(tag) + "\u3000花子", detail.person().nameKanji(),
                "joining never changes the stored person");
        assertEquals(List.of("子ども家庭課", "税務課"), zeimuApi.search("person.search",
                SearchCriteria.any().withAddresseeNumber(RegistryFixture.number(tag))).persons().get(0)
                .holdingSectionNameList());
    }

    @Test
    void aDisagreeingPersonIsRefusedNamingTheFields() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        NewRegistration typed = kodomoTyping(tag, true);
        NewRegistration wrong = new NewRegistration(typed.addresseeNumber(), "別人" + RegistryFixture.kanjiTag(tag),
                typed.nameKana(), Sex.M, LocalDate.of(1975, 4, 2), true, true, typed.basis(), true);
        long[] before = RegistryFixture.registryRows();
        long mark = auditMark();

        ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> kodomoApi.register("person.register", wrong));

        assertEquals("conflict.mismatch", refusal.code());
        assertEquals(List.of("nameKanji", "sex", "birthDate"), refusal.args());
        assertArrayEquals(before, RegistryFixture.registryRows());
        List<AuditRow> rows = auditSince(mark, "kodomo.clerk");
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.get(0).outcome());
        assertEquals(Long.toString(person.personId()), rows.get(0).target());
        assertTrue(rows.get(0).detail().contains("differs=nameKanji sex birthDate"), rows.get(0).detail());
        assertTrue(kodomoApi.person("person.view", person.personId()).registrations().stream()
                .noneMatch(r -> r.sectionCode().equals("KODOMOKATEI")));
    }

    @Test
    void aSectionHoldsAPersonOnlyOnce() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        long[] before = RegistryFixture.registryRows();
        long mark = auditMark();

        ServerRefusal refusal = assertThrows(ServerRefusal.class,
                () -> zeimuApi.register("person.register", RegistryClientTest.typed(tag).confirmed()));

        assertEquals("conflict.alreadyRegistered", refusal.code());
        assertArrayEquals(before, RegistryFixture.registryRows());
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.get(0).outcome());
        assertEquals(Long.toString(person.personId()), rows.get(0).target());
    }

    @Test
    void aHoldingSectionCorrectsTheDateOfBirthWithTheVersionItSaw() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        long mark = auditMark();

        int version = zeimuApi.correctPerson("person.correct",
                PersonCorrection.of(person).withBirthDate(LocalDate.of(1975, 4, 10)));

        assertEquals(person.version() + 1, version);
        PersonSummary corrected = zeimuApi.person("person.view", person.personId()).person();
        assertEquals(LocalDate.of(1975, 4, 10), corrected.birthDate());
        assertEquals(version, corrected.version());
        assertEquals(person.nameKanji(), corrected.nameKanji());
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(List.of("PERSON_CORRECT:OK", "PERSON_VIEW:OK"),
                rows.stream().map(r -> r.action() + ":" + r.outcome()).toList());
        AuditRow correction = rows.get(0);
        assertEquals(Long.toString(person.personId()), correction.target());
        assertTrue(correction.detail().contains("changed=birthDate"), correction.detail());
        assertTrue(!correction.detail().contains("1975"), "the audit row holds no date of birth: " + correction.detail());
        List<PersonChange> history = zeimuApi.history("person.view", person.personId());
        assertEquals(List.of(new PersonChange(version, history.get(0).changedAt(), "zeimu.clerk", "ZEIMU", "birthDate",
                "1975-04-01", "1975-04-10")), history, "the values before and after are in the history, unchanged fields not");

        long stale = auditMark();
        ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> zeimuApi.correctPerson("person.correct",
                PersonCorrection.of(person).withBirthDate(LocalDate.of(1975, 4, 11))));
        assertEquals("conflict.version", refusal.code());
        assertEquals(LocalDate.of(1975, 4, 10),
                zeimuApi.lookupNumber("person.view", RegistryFixture.number(tag)).orElseThrow().birthDate());
        List<AuditRow> staleRows = auditSince(stale, "zeimu.clerk");
        assertEquals("DENIED", staleRows.get(0).outcome());
        assertTrue(staleRows.get(0).detail().contains("code=conflict.version"), staleRows.get(0).detail());
    }

    @Test
    void onlyASectionHoldingThePersonReadsTheHistoryAndEveryReadIsAudited() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        zeimuApi.correctPerson("person.correct", PersonCorrection.of(person).withBirthDate(LocalDate.of(1975, 5, 5)));
        long mark = auditMark();

        ServerRefusal refusal = assertThrows(ServerRefusal.class,
                () -> kodomoApi.history("person.view", person.personId()));
        assertEquals("denied.notHolding", refusal.code());
        assertEquals(1, zeimuApi.history("person.view", person.personId()).size());

        List<AuditRow> kodomoRows = auditSince(mark, "kodomo.clerk");
        assertEquals(List.of("PERSON_HISTORY:DENIED"), kodomoRows.stream().map(r -> r.action() + ":" + r.outcome()).toList());
        assertEquals(Long.toString(person.personId()), kodomoRows.get(0).target());
        List<AuditRow> zeimuRows = auditSince(mark, "zeimu.clerk");
        assertEquals(List.of("PERSON_HISTORY:OK"), zeimuRows.stream().map(r -> r.action() + ":" + r.outcome()).toList());
        assertEquals("rows=1", zeimuRows.get(0).detail());
    }

    @Test
    void aCorrectionOfTheNameRecomputesTheSearchKeys() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        String newName = "澤訂正試験" + RegistryFixture.kanjiTag(tag) + "　花子";
        String newKana = "サワテイセイシケン" + RegistryFixture.kanaTag(tag) + "　ハナコ";
        long mark = auditMark();

        zeimuApi.correctPerson("person.correct", PersonCorrection.of(person).withNameKanji(newName)
                .withNameKana("ｻﾜﾃｲｾｲｼｹﾝ" + RegistryFixture.halfWidthTag(tag) + " ﾊﾅｺ"));

        AuditRow row = auditSince(mark, "zeimu.clerk").get(0);
        assertEquals("changed=nameKanji nameKana;version=" + (person.version() + 1), row.detail());
        List<PersonChange> history = zeimuApi.history("person.view", person.personId());
        assertEquals(List.of("nameKanji:" + person.nameKanji() + ">" + newName,
                "nameKana:" + person.nameKana() + ">" + newKana),
                history.stream().map(c -> c.field() + ":" + c.before() + ">" + c.after()).toList());
        var found = zeimuApi.search("person.search", SearchCriteria.any()
                .withName("沢訂正試験" + RegistryFixture.kanjiTag(tag), jp.mamori.db.domain.NameMatch.PREFIX));
        assertEquals(List.of(person.personId()), found.persons().stream().map(PersonSummary::personId).toList());
        assertTrue(zeimuApi.search("person.search", SearchCriteria.any()
                .withName("たかとうろくしけん" + RegistryFixture.hiraganaTag(tag), jp.mamori.db.domain.NameMatch.PREFIX))
                .persons().isEmpty(), "the old kana no longer finds the person");

        ServerRefusal unchanged = assertThrows(ServerRefusal.class, () -> zeimuApi.correctPerson("person.correct",
                PersonCorrection.of(zeimuApi.person("person.view", person.personId()).person())));
        assertEquals("invalid.noChange", unchanged.code());
    }

    @Test
    void aSectionThatDoesNotHoldThePersonCannotCorrectThem() throws Exception {
        long tag = RegistryFixture.next();
        PersonSummary person = registeredByZeimu(tag);
        long mark = auditMark();

        ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> kodomoApi.correctPerson("person.correct",
                PersonCorrection.of(person).withBirthDate(LocalDate.of(1980, 1, 1))));

        assertEquals("denied.notHolding", refusal.code());
        assertEquals(person.birthDate(),
                zeimuApi.person("person.view", person.personId()).person().birthDate());
        List<AuditRow> rows = auditSince(mark, "kodomo.clerk");
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.get(0).outcome());
        assertEquals(Long.toString(person.personId()), rows.get(0).target());
    }
}
