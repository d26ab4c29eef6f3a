package jp.mamori.db.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.domain.DutyFlagState;
import jp.mamori.db.domain.DutySummary;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.FlagWorkStatus;
import jp.mamori.db.domain.HoldingSection;
import jp.mamori.db.domain.NewRegistration;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.ReleasePrecheck;
import jp.mamori.db.domain.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person walked through registration by two sections (through the registry procedure), release by
 * both, and re-registration, checking at each step exactly which duties show in which section's
 * worklist.
 */
class ReleaseWalkThroughTest {

    /** The demo's linkage sections that have staff accounts, and one clerk of each. */
    private static final Map<String, String> CLERKS = Map.of(
            "ZEIMU", "zeimu.clerk", "KODOMOKATEI", "kodomo.clerk", "HOGO", "hogo.clerk", "KOSEKI", "koseki.clerk");

    private static Sessions sessions;

    @BeforeAll
    static void logIn() {
        sessions = new Sessions();
    }

    @AfterAll
    static void logOut() {
        sessions.close();
    }

    @Test
    void twoSectionsRegisterThenReleaseOneAfterTheOther() {
        // registered through the registry procedure by ZEIMU; KODOMOKATEI joins the same person
        NewRegistration typed = new NewRegistration(WorkFixture.newNumber(), "試験 守", "しけん まもる", Sex.F,
                LocalDate.of(1990, 4, 1), true, true, RegistrationBasis.APPLICATION, false);
        long zeimuRegistration = sessions.of("zeimu.clerk").procedures(RegistryApi.class)
                .register("person.register", typed);
        long person = sessions.of("kodomo.clerk").procedures(RegistryApi.class)
                .lookupNumber("person.register", typed.addresseeNumber()).orElseThrow().personId();
        Set<Integer> allDuties = WorkFixture.allActiveDuties();
        assertEquals(allDuties, WorkFixture.flagWork(person, "SET", "OPEN"), "the registration opened every SET item");
        assertTrue(WorkFixture.lastAudit("zeimu.clerk", "PERSON_REGISTER").get(2).contains("setItems=" + allDuties.size()));
        long kodomoRegistration = sessions.of("kodomo.clerk").procedures(RegistryApi.class)
                .register("person.register", typed.confirmed());
        assertTrue(WorkFixture.lastAudit("kodomo.clerk", "PERSON_REGISTER").get(2).contains("setItems=0"));

        // 1. every active duty has exactly one open SET item; each section sees exactly its own duties
        assertEquals(allDuties, WorkFixture.flagWork(person, "SET", "OPEN"));
        assertTrue(WorkFixture.flagWork(person, "RELEASE").isEmpty());
        for (var clerk : CLERKS.entrySet()) {
            assertEquals(WorkFixture.duties(clerk.getKey()), dutiesIn(clerk.getValue(), FlagWorkKind.SET, person),
                    "SET worklist of " + clerk.getKey());
            assertEquals(Set.of(), dutiesIn(clerk.getValue(), FlagWorkKind.RELEASE, person));
        }
        FlagWorkItem item = items(CLERKS.get("ZEIMU"), FlagWorkKind.SET, person).get(0);
        assertEquals(WorkFixture.today(), item.dueSince());
        assertEquals(0, item.ageDays());
        assertFalse(item.overdue());
        assertEquals("試験\u3000守", item.nameKanji(), "as the registry stored it");

        // 2. some sections confirm some duties; KOSEKI confirms nothing
        Set<Integer> confirmed = new TreeSet<>(WorkFixture.duties("ZEIMU"));
        confirmed.addAll(WorkFixture.duties("KODOMOKATEI").stream().limit(2).toList());
        confirmed.addAll(WorkFixture.duties("HOGO").stream().limit(1).toList());
        for (int duty : confirmed) {
            sessions.flags(clerkOfDuty(duty)).confirm("flag.worklist", person, duty, FlagWorkKind.SET);
        }
        assertEquals(confirmed, WorkFixture.flagWork(person, "SET", "DONE"));
        for (var clerk : CLERKS.entrySet()) {
            Set<Integer> expectedOpen = new TreeSet<>(WorkFixture.duties(clerk.getKey()));
            expectedOpen.removeAll(confirmed);
            assertEquals(expectedOpen, dutiesIn(clerk.getValue(), FlagWorkKind.SET, person));
        }
        List<FlagWorkItem> withDone = sessions.flags("zeimu.clerk").worklist("flag.worklist", FlagWorkKind.SET, true)
                .items().stream().filter(i -> i.personId() == person).toList();
        assertEquals(1, withDone.size());
        assertEquals(FlagWorkStatus.DONE, withDone.get(0).status());
        assertEquals("zeimu.clerk", withDone.get(0).confirmedBy());
        assertTrue(withDone.get(0).confirmedAt() != null);

        // 3. ZEIMU releases: the check shows KODOMOKATEI still holding; a chief approves
        ReleasePrecheck zeimuCheck = sessions.release("zeimu.clerk").precheck("release.request", zeimuRegistration);
        assertEquals(List.of("KODOMOKATEI"), zeimuCheck.otherHolders().stream().map(HoldingSection::sectionCode).toList());
        assertFalse(zeimuCheck.lastHolder());
        assertTrue(zeimuCheck.duties().isEmpty());
        assertNull(zeimuCheck.pendingRequestId());
        long zeimuRequest = sessions.release("zeimu.clerk").request("release.request", zeimuRegistration,
                ReleaseBasis.APPLICATION);
        assertEquals(zeimuRequest, sessions.release("zeimu.clerk").precheck("release.request", zeimuRegistration)
                .pendingRequestId());
        PendingRequest pending = pendingOf("zeimu.chief", zeimuRequest);
        assertEquals(ReleaseKind.RELEASE, pending.kind());
        assertEquals(ReleaseBasis.APPLICATION, pending.basis());
        assertEquals("zeimu.clerk", pending.requestedBy());
        assertEquals(person, pending.personId());
        assertEquals(0, pending.ageDays());
        assertTrue(sessions.flags("zeimu.chief").counts("login").pendingApprovals() >= 1);
        assertEquals(1, sessions.release("zeimu.chief").approve("release.approve", zeimuRequest, pending.version()));
        assertEquals(WorkFixture.today(), WorkFixture.releaseDate(zeimuRegistration));
        assertNull(WorkFixture.releaseDate(kodomoRegistration));
        assertEquals("APPROVED", WorkFixture.requestStatus(zeimuRequest));

        // KODOMOKATEI still holds: nothing to release anywhere, SET items unchanged
        for (var clerk : CLERKS.entrySet()) {
            assertEquals(Set.of(), dutiesIn(clerk.getValue(), FlagWorkKind.RELEASE, person), clerk.getKey());
        }
        assertEquals(confirmed, WorkFixture.flagWork(person, "SET", "DONE"));
        assertTrue(WorkFixture.flagWork(person, "RELEASE").isEmpty());

        // 4. KODOMOKATEI's check: ZEIMU gone, last holder, every duty listed with its SET state
        ReleasePrecheck kodomoCheck = sessions.release("kodomo.clerk").precheck("release.request", kodomoRegistration);
        assertTrue(kodomoCheck.otherHolders().isEmpty());
        assertTrue(kodomoCheck.lastHolder());
        assertEquals(allDuties, kodomoCheck.duties().stream().map(DutyFlagState::dutyId)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(confirmed, kodomoCheck.duties().stream().filter(DutyFlagState::releaseNeeded)
                .map(DutyFlagState::dutyId).collect(Collectors.toCollection(TreeSet::new)));

        long kodomoRequest = sessions.release("kodomo.clerk").request("release.request", kodomoRegistration,
                ReleaseBasis.NO_LONGER_NEEDED);
        sessions.release("kodomo.chief").approve("release.approve", kodomoRequest,
                pendingOf("kodomo.chief", kodomoRequest).version());
        assertEquals(WorkFixture.today(), WorkFixture.releaseDate(kodomoRegistration));

        // RELEASE items exactly for the duties that had confirmed SET; the other SET items closed
        assertEquals(confirmed, WorkFixture.flagWork(person, "RELEASE", "OPEN"));
        Set<Integer> neverConfirmed = new TreeSet<>(allDuties);
        neverConfirmed.removeAll(confirmed);
        assertEquals(neverConfirmed, WorkFixture.flagWork(person, "SET", "NOT_NEEDED"));
        for (var clerk : CLERKS.entrySet()) {
            Set<Integer> expected = new TreeSet<>(WorkFixture.duties(clerk.getKey()));
            expected.retainAll(confirmed);
            assertEquals(expected, dutiesIn(clerk.getValue(), FlagWorkKind.RELEASE, person), clerk.getKey());
            assertEquals(Set.of(), dutiesIn(clerk.getValue(), FlagWorkKind.SET, person), clerk.getKey());
        }
        assertEquals(Set.of(), dutiesIn("koseki.clerk", FlagWorkKind.RELEASE, person), "KOSEKI never confirmed");

        // 5. the sections confirm the release; every worklist is empty for the person
        for (int duty : confirmed) {
            sessions.flags(clerkOfDuty(duty)).confirm("flag.worklist", person, duty, FlagWorkKind.RELEASE);
        }
        assertEquals(confirmed, WorkFixture.flagWork(person, "RELEASE", "DONE"));
        for (var clerk : CLERKS.entrySet()) {
            assertEquals(Set.of(), dutiesIn(clerk.getValue(), FlagWorkKind.RELEASE, person));
            assertEquals(Set.of(), dutiesIn(clerk.getValue(), FlagWorkKind.SET, person));
        }
        assertTrue(WorkFixture.personExists(person), "released registrations keep their person");

        // the audit rows of the decisions name the person by id only
        List<String> decision = WorkFixture.lastAudit("kodomo.chief", "RELEASE_DECIDE");
        assertEquals("OK", decision.get(0));
        assertEquals(Long.toString(person), decision.get(1));
        assertTrue(decision.get(2).contains("request=" + kodomoRequest), decision.get(2));
        assertTrue(decision.get(2).contains("releaseItems=" + confirmed.size()), decision.get(2));
        assertFalse(decision.get(2).contains("試験"), decision.get(2));

        // 6. registered again later (by HOGO, through the registry): every duty must confirm the flags set anew
        sessions.of("hogo.clerk").procedures(RegistryApi.class).register("person.register", typed.confirmed());
        assertEquals(allDuties, WorkFixture.flagWork(person, "SET", "OPEN"));
        assertTrue(WorkFixture.flagWork(person, "RELEASE").isEmpty());
        assertEquals(WorkFixture.duties("ZEIMU"), dutiesIn("zeimu.clerk", FlagWorkKind.SET, person));
    }

    @Test
    void summaryCountsEveryActiveDutyAndAgreesWithTheTable() {
        long person = WorkFixture.newPerson();
        WorkFixture.register(person, "HOGO");
        int zeimuDuty = WorkFixture.duties("ZEIMU").iterator().next();
        sessions.flags("zeimu.clerk").confirm("flag.worklist", person, zeimuDuty, FlagWorkKind.SET);

        List<DutySummary> summary = sessions.flags("hogo.chief").summary("flag.summary");
        assertEquals(WorkFixture.allActiveDuties(), summary.stream().map(DutySummary::dutyId)
                .collect(Collectors.toCollection(TreeSet::new)));
        DutySummary zeimu = summary.stream().filter(s -> s.dutyId() == zeimuDuty).findFirst().orElseThrow();
        assertEquals(WorkFixture.count("""
                SELECT COUNT(*) FROM MAMORI.FLAG_WORK W WHERE DUTY_ID = ? AND KIND = 'SET' AND STATUS = 'DONE'
                AND NOT EXISTS (SELECT 1 FROM MAMORI.FLAG_WORK X WHERE X.PERSON_ID = W.PERSON_ID
                                AND X.DUTY_ID = W.DUTY_ID AND X.KIND = 'RELEASE')""", zeimuDuty), zeimu.setConfirmed());
        assertEquals(WorkFixture.count("SELECT COUNT(*) FROM MAMORI.FLAG_WORK WHERE DUTY_ID = ? AND KIND = 'SET' "
                + "AND STATUS = 'OPEN'", zeimuDuty), zeimu.setPending());
        assertTrue(zeimu.setConfirmed() >= 1);
        assertTrue(zeimu.setOverdue() <= zeimu.setPending());

        var counts = sessions.flags("zeimu.clerk").counts("login");
        assertEquals(WorkFixture.count("SELECT COUNT(*) FROM MAMORI.FLAG_WORK W JOIN MAMORI.LINKAGE_DUTY D "
                + "ON D.DUTY_ID = W.DUTY_ID WHERE D.SECTION_CODE = 'ZEIMU' AND D.ACTIVE AND W.KIND = 'SET' "
                + "AND W.STATUS = 'OPEN'"), counts.setOpen());
    }

    @Test
    void reconcilingEverythingChangesNothingAfterTheProcedures() {
        long person = WorkFixture.newPerson();
        WorkFixture.register(person, "KOSEKI");
        var change = jp.mamori.db.server.ServerContext.get().jdbi()
                .inTransaction(h -> jp.mamori.db.proc.FlagWork.reconcile(h));
        assertTrue(change.none(), change.toString());
    }

    private static PendingRequest pendingOf(String chief, long requestId) {
        return sessions.release(chief).pending("release.pending").stream().filter(p -> p.requestId() == requestId)
                .findFirst().orElseThrow(() -> new AssertionError("request " + requestId + " is not pending"));
    }

    private static List<FlagWorkItem> items(String user, FlagWorkKind kind, long person) {
        return sessions.flags(user).worklist("flag.worklist", kind, false).items().stream()
                .filter(i -> i.personId() == person).toList();
    }

    private static Set<Integer> dutiesIn(String user, FlagWorkKind kind, long person) {
        List<FlagWorkItem> items = items(user, kind, person);
        items.forEach(i -> assertEquals(FlagWorkStatus.OPEN, i.status()));
        return items.stream().map(FlagWorkItem::dutyId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String clerkOfDuty(int duty) {
        return CLERKS.entrySet().stream().filter(e -> WorkFixture.duties(e.getKey()).contains(duty))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }
}
