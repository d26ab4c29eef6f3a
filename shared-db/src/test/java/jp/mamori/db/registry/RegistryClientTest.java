package jp.mamori.db.registry;

import static jp.mamori.db.registry.RegistryFixture.auditMark;
import static jp.mamori.db.registry.RegistryFixture.auditSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.PersonDetail;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.SearchResult;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.registry.RegistryFixture.AuditRow;
import jp.mamori.db.testing.TestServer;
import jp.mamori.db.text.BirthDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry through the real client path (TLS, realm login, procedures): register, search in
 * every way a clerk types, open the person view; each call leaves exactly one audit row.
 */
class RegistryClientTest {

    private static MamoriSession zeimu;
    private static RegistryApi api;

    @BeforeAll
    static void logIn() throws Exception {
        zeimu = TestServer.login("zeimu.clerk");
        api = zeimu.procedures(RegistryApi.class);
    }

    @AfterAll
    static void logOut() {
        zeimu.close();
    }

    /** A new person typed as a clerk would: half-width kana, a half-width space, 和暦 date of birth. */
    static NewRegistration typed(long tag) {
        LocalDate birth = BirthDates.parse("S50.4.1", RegistryFixture.TOKYO).orElseThrow();
        return new NewRegistration(RegistryFixture.number(tag), "髙登録試験" + RegistryFixture.kanjiTag(tag) + " 花子",
                "ﾀｶﾄｳﾛｸｼｹﾝ" + RegistryFixture.halfWidthTag(tag) + " ﾊﾅｺ", Sex.F, birth, true, true,
                RegistrationBasis.APPLICATION, false);
    }

    @Test
    void registersANewPersonForTheOwnSection() throws Exception {
        long tag = RegistryFixture.next();
        long[] before = RegistryFixture.registryRows();
        long mark = auditMark();

        long registrationId = api.register("person.register", typed(tag));

        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size(), rows::toString);
        AuditRow row = rows.get(0);
        assertEquals("PERSON_REGISTER", row.action());
        assertEquals("OK", row.outcome());
        assertEquals("ZEIMU", row.section());
        assertEquals("person.register", row.screen());
        long personId = Long.parseLong(row.target());
        assertTrue(row.detail().contains("registration=" + registrationId), row.detail());
        assertTrue(row.detail().contains("existing=false"), row.detail());
        long[] after = RegistryFixture.registryRows();
        assertEquals(before[0] + 1, after[0]);
        assertEquals(before[1] + 1, after[1]);

        PersonDetail detail = api.person("person.view", personId);
        PersonSummary person = detail.person();
        assertEquals(RegistryFixture.number(tag), person.addresseeNumber());
        assertEquals("髙登録試験" + RegistryFixture.kanjiTag(tag) + "\u3000花子", person.nameKanji(),
                "stored as typed with the itaiji kept and the space widened");
        assertEquals("タカトウロクシケン" + RegistryFixture.kanaTag(tag) + "\u3000ハナコ", person.nameKana());
        assertEquals(Sex.F, person.sex());
        assertEquals(LocalDate.of(1975, 4, 1), person.birthDate());
        assertEquals(0, person.version());
        assertEquals(List.of("ZEIMU"), person.holdingSectionCodeList());
        assertEquals(List.of("税務課"), person.holdingSectionNameList());
        assertTrue(person.anyActive());
        assertEquals(1, detail.registrations().size());
        RegistrationView registration = detail.registrations().get(0);
        assertEquals(registrationId, registration.registrationId());
        assertEquals("ZEIMU", registration.sectionCode());
        assertEquals("税務課", registration.sectionName());
        assertEquals(RegistryFixture.today(), registration.inputDate());
        assertNull(registration.releaseDate());
        assertTrue(registration.active());
        assertTrue(registration.autoResponseBlocked());
        assertTrue(registration.nonDisclosure());
        assertEquals(RegistrationBasis.APPLICATION, registration.basis());
        assertEquals("zeimu.clerk", registration.registeredBy());
    }

    @Test
    void findsThePersonEveryWayAClerkTypes() throws Exception {
        long tag = RegistryFixture.next();
        api.register("person.register", typed(tag));
        long personId = api.lookupNumber("person.register", RegistryFixture.number(tag)).orElseThrow().personId();
        SearchCriteria any = SearchCriteria.any();

        assertOnlyHit(personId, any.withName("たかとうろくしけん" + RegistryFixture.hiraganaTag(tag), NameMatch.PREFIX),
                "kanaHash=" + hashes().typedName("タカトウロクシケン" + RegistryFixture.kanaTag(tag)).orElseThrow());
        assertOnlyHit(personId, any.withName("ﾀｶﾄｳﾛｸ ｼｹﾝ" + RegistryFixture.halfWidthTag(tag), NameMatch.PREFIX),
                "kanaHash=" + hashes().typedName("タカトウロクシケン" + RegistryFixture.kanaTag(tag)).orElseThrow());
        assertOnlyHit(personId, any.withAddresseeNumber(RegistryFixture.fullWidth(RegistryFixture.number(tag))),
                "numberHash=" + hashes().typedNumber(RegistryFixture.number(tag)).orElseThrow());
        assertOnlyHit(personId, any.withName("高登録試験" + RegistryFixture.kanjiTag(tag), NameMatch.PREFIX),
                "nameHash=" + hashes().typedName("高登録試験" + RegistryFixture.kanjiTag(tag)).orElseThrow());
        assertOnlyHit(personId, any.withName("髙登録試験" + RegistryFixture.kanjiTag(tag) + "　花", NameMatch.PREFIX),
                "nameHash=" + hashes().typedName("高登録試験" + RegistryFixture.kanjiTag(tag) + "花").orElseThrow());
        assertOnlyHit(personId, any.withName("試験" + RegistryFixture.kanjiTag(tag), NameMatch.PARTIAL),
                "match=PARTIAL");
        assertOnlyHit(personId, any.withName("しけん" + RegistryFixture.hiraganaTag(tag) + "はな", NameMatch.PARTIAL),
                "match=PARTIAL");
        assertOnlyHit(personId, any.withName("高登録試験" + RegistryFixture.kanjiTag(tag), NameMatch.PREFIX)
                .withSex(Sex.F).withSection("ZEIMU").withStatus(StatusFilter.ACTIVE), "status=ACTIVE");

        long mark = auditMark();
        SearchResult byBirth = api.search("person.search", any.withBirthDate(LocalDate.of(1975, 4, 1))
                .withLimit(SearchCriteria.MAX_LIMIT));
        assertTrue(byBirth.persons().stream().anyMatch(p -> p.personId() == personId));
        assertTrue(byBirth.persons().stream().allMatch(p -> p.birthDate().equals(LocalDate.of(1975, 4, 1))));
        AuditRow row = auditSince(mark, "zeimu.clerk").get(0);
        assertTrue(row.detail().contains("birthGiven=true") && !row.detail().contains("1975"), row.detail());
        assertTrue(row.detail().contains("hits=" + byBirth.persons().size()), row.detail());

        for (SearchCriteria none : List.of(
                any.withName("高登録試験" + RegistryFixture.kanjiTag(tag), NameMatch.PREFIX).withSex(Sex.M),
                any.withName("高登録試験" + RegistryFixture.kanjiTag(tag), NameMatch.PREFIX).withSection("HOGO"),
                any.withName("高登録試験" + RegistryFixture.kanjiTag(tag), NameMatch.PREFIX)
                        .withStatus(StatusFilter.RELEASED),
                any.withName("登録試験" + RegistryFixture.kanjiTag(tag), NameMatch.PREFIX))) {
            assertTrue(api.search("person.search", none).persons().isEmpty(), none::toString);
        }
    }

    /** The server's search-term hashes, as a security officer's procedure would compute them. */
    private static jp.mamori.db.audit.SearchTermHashes hashes() {
        return jp.mamori.db.server.ServerContext.get().searchTermHashes();
    }

    private static void assertOnlyHit(long personId, SearchCriteria criteria, String auditedCriterion)
            throws Exception {
        long mark = auditMark();
        SearchResult result = api.search("person.search", criteria);
        assertEquals(1, result.persons().size(), criteria::toString);
        assertEquals(personId, result.persons().get(0).personId());
        assertFalse(result.truncated());
        assertEquals(List.of("ZEIMU"), result.persons().get(0).holdingSectionCodeList());
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("PERSON_SEARCH", rows.get(0).action());
        assertEquals("OK", rows.get(0).outcome());
        assertTrue(rows.get(0).detail().contains("hits=1"), rows.get(0).detail());
        assertTrue(rows.get(0).detail().contains("ids=" + personId), rows.get(0).detail());
        assertTrue(rows.get(0).detail().contains(auditedCriterion), rows.get(0).detail());
    }

    @Test
    void aLargeResultIsCutAtTheLimitAndSaysSo() throws Exception {
        long mark = auditMark();
        SearchResult result = api.search("person.search", SearchCriteria.any().withSection("ZEIMU").withLimit(3));
        assertEquals(3, result.persons().size());
        assertTrue(result.truncated());
        assertTrue(result.total() > 3, () -> "total " + result.total());
        assertTrue(result.persons().stream().allMatch(p -> p.personId() > 0));
        AuditRow row = auditSince(mark, "zeimu.clerk").get(0);
        assertTrue(row.detail().contains("hits=3") && row.detail().contains("truncated=true")
                && row.detail().contains("total=" + result.total()), row.detail());
    }

    @Test
    void aSearchWithoutASelectiveCriterionIsRefusedAndAudited() throws Exception {
        long mark = auditMark();
        ServerRefusal refusal = assertThrows(ServerRefusal.class,
                () -> api.search("person.search", SearchCriteria.any().withSex(Sex.F)));
        assertEquals("invalid.criteria", refusal.code());
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.get(0).outcome());
        assertTrue(rows.get(0).detail().contains("code=invalid.criteria"), rows.get(0).detail());
    }

    @Test
    void lookUpByNumberShowsAnUnknownNumberAsEmpty() throws Exception {
        long mark = auditMark();
        assertTrue(api.lookupNumber("person.register", RegistryFixture.number(RegistryFixture.next())).isEmpty());
        List<AuditRow> rows = auditSince(mark, "zeimu.clerk");
        assertEquals(1, rows.size());
        assertEquals("PERSON_LOOKUP", rows.get(0).action());
        assertEquals("", rows.get(0).target());
        assertTrue(rows.get(0).detail().contains("hits=0"), rows.get(0).detail());
    }

    @Test
    void typedErrorsComeBackWithTheFieldsMessageKey() {
        long tag = RegistryFixture.next();
        NewRegistration r = typed(tag);
        ServerRefusal kana = assertThrows(ServerRefusal.class, () -> api.register("person.register",
                new NewRegistration(r.addresseeNumber(), r.nameKanji(), "タカ1", r.sex(), r.birthDate(), true, true,
                        r.basis(), false)));
        assertEquals("invalid.input", kana.code());
        assertEquals(List.of("input.kanaName.invalidCharacter", "3", "「1」"), kana.args());
        ServerRefusal number = assertThrows(ServerRefusal.class, () -> api.register("person.register",
                new NewRegistration("12345678901234567", r.nameKanji(), r.nameKana(), r.sex(), r.birthDate(), true,
                        true, r.basis(), false)));
        assertEquals(List.of("input.addresseeNumber.tooLong", "17", "15"), number.args());
        ServerRefusal flags = assertThrows(ServerRefusal.class, () -> api.register("person.register",
                new NewRegistration(r.addresseeNumber(), r.nameKanji(), r.nameKana(), r.sex(), r.birthDate(), true,
                        false, r.basis(), false)));
        assertEquals(List.of("input.flags.required"), flags.args());
        ServerRefusal future = assertThrows(ServerRefusal.class, () -> api.register("person.register",
                new NewRegistration(r.addresseeNumber(), r.nameKanji(), r.nameKana(), r.sex(),
                        RegistryFixture.today().plusDays(1), true, true, r.basis(), false)));
        assertEquals("input.birthDate.inFuture", future.args().get(0));
    }
}
