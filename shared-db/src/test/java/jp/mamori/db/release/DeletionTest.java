package jp.mamori.db.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleaseBasis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 削除 by request and approval; rejection and withdrawal; the rules a request obeys. The audit
 * log keeps each event by id after the rows are gone.
 */
class DeletionTest {

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
    void deletingTheOnlyRegistrationRemovesRegistrationPersonAndFlagWork() {
        long person = WorkFixture.newPerson();
        long registration = WorkFixture.register(person, "ZEIMU");
        assertFalse(WorkFixture.flagWork(person, "SET").isEmpty());

        long request = sessions.release("zeimu.clerk").request("release.request", registration, ReleaseBasis.ERRONEOUS);
        sessions.release("zeimu.chief").approve("release.approve", request, version("zeimu.chief", request));

        assertFalse(WorkFixture.registrationExists(registration));
        assertFalse(WorkFixture.personExists(person));
        assertEquals(0, WorkFixture.count("SELECT COUNT(*) FROM MAMORI.FLAG_WORK WHERE PERSON_ID = ?", person));
        assertEquals("APPROVED", WorkFixture.requestStatus(request));
        List<String> audit = WorkFixture.lastAudit("zeimu.chief", "RELEASE_DECIDE");
        assertEquals(List.of("OK", Long.toString(person)), audit.subList(0, 2));
        assertTrue(audit.get(2).contains("registration=" + registration), audit.get(2));
        assertTrue(audit.get(2).contains("kind=DELETE"), audit.get(2));
        assertTrue(audit.get(2).contains("basis=ERRONEOUS"), audit.get(2));
        assertTrue(audit.get(2).contains("personRemoved=true"), audit.get(2));
        assertEquals(1, WorkFixture.count("SELECT COUNT(*) FROM MAMORI.AUDIT_LOG WHERE USER_NAME = 'zeimu.clerk' "
                + "AND ACTION = 'RELEASE_REQUEST' AND OUTCOME = 'OK' AND TARGET = ? AND DETAIL LIKE ?",
                Long.toString(person), "%request=" + request + "%"));
    }

    @Test
    void deletingWhileAnotherSectionHoldsKeepsThePersonAndItsFlags() {
        long person = WorkFixture.newPerson();
        long zeimu = WorkFixture.register(person, "ZEIMU");
        long kodomo = WorkFixture.register(person, "KODOMOKATEI");

        long request = sessions.release("zeimu.clerk").request("release.request", zeimu, ReleaseBasis.DUPLICATE);
        sessions.release("zeimu.chief").approve("release.approve", request, version("zeimu.chief", request));

        assertFalse(WorkFixture.registrationExists(zeimu));
        assertNull(WorkFixture.releaseDate(kodomo));
        assertTrue(WorkFixture.personExists(person));
        assertEquals(WorkFixture.allActiveDuties(), WorkFixture.flagWork(person, "SET", "OPEN"));
        assertTrue(WorkFixture.flagWork(person, "RELEASE").isEmpty());
    }

    @Test
    void aPersonWhoseFlagsWereSetStaysUntilTheReleaseIsConfirmed() {
        long person = WorkFixture.newPerson();
        long registration = WorkFixture.register(person, "ZEIMU");
        int kosekiDuty = WorkFixture.duties("KOSEKI").iterator().next();
        sessions.flags("koseki.clerk").confirm("flag.worklist", person, kosekiDuty, FlagWorkKind.SET);

        long request = sessions.release("zeimu.clerk").request("release.request", registration, ReleaseBasis.ERRONEOUS);
        sessions.release("zeimu.chief").approve("release.approve", request, version("zeimu.chief", request));

        assertFalse(WorkFixture.registrationExists(registration));
        assertTrue(WorkFixture.personExists(person), "KOSEKI must still release the flags it set");
        List<FlagWorkItem> items = sessions.flags("koseki.clerk").worklist("flag.worklist", FlagWorkKind.RELEASE, false)
                .items().stream().filter(i -> i.personId() == person).toList();
        assertEquals(List.of(kosekiDuty), items.stream().map(FlagWorkItem::dutyId).toList());
        assertEquals("試験 守", items.get(0).nameKanji());

        sessions.flags("koseki.clerk").confirm("flag.worklist", person, kosekiDuty, FlagWorkKind.RELEASE);
        assertFalse(WorkFixture.personExists(person));
        assertTrue(WorkFixture.lastAudit("koseki.clerk", "FLAG_CONFIRM").get(2).contains("personRemoved=true"));
    }

    @Test
    void rejectedAndWithdrawnRequestsChangeNothingAndFreeTheRegistration() {
        long person = WorkFixture.newPerson();
        long registration = WorkFixture.register(person, "HOGO");

        long first = sessions.release("hogo.clerk").request("release.request", registration, ReleaseBasis.ERRONEOUS);
        ServerRefusal twice = assertThrows(ServerRefusal.class, () -> sessions.release("hogo.clerk")
                .request("release.request", registration, ReleaseBasis.APPLICATION));
        assertEquals("conflict.pending", twice.code());

        ServerRefusal noReason = assertThrows(ServerRefusal.class, () -> sessions.release("hogo.chief")
                .decideCall("release.approve", first, false, null, 0));
        assertEquals("invalid.input", noReason.code());
        assertEquals(List.of("input.rejectReason.required"), noReason.args());
        ServerRefusal stale = assertThrows(ServerRefusal.class, () -> sessions.release("hogo.chief")
                .reject("release.approve", first, RejectReason.WRONG_PERSON, 7));
        assertEquals("conflict.version", stale.code());

        assertEquals(1, sessions.release("hogo.chief").reject("release.approve", first, RejectReason.WRONG_PERSON, 0));
        assertEquals("REJECTED", WorkFixture.requestStatus(first));
        assertNull(WorkFixture.releaseDate(registration));
        ServerRefusal again = assertThrows(ServerRefusal.class, () -> sessions.release("hogo.chief")
                .approve("release.approve", first, 1));
        assertEquals("conflict.notPending", again.code());
        assertEquals(List.of("REJECTED"), again.args());

        long second = sessions.release("hogo.clerk").request("release.request", registration, ReleaseBasis.APPLICATION);
        ServerRefusal notMine = assertThrows(ServerRefusal.class,
                () -> sessions.release("hogo.chief").withdraw("release.pending", second));
        assertEquals("denied.notRequester", notMine.code());
        sessions.release("hogo.clerk").withdraw("release.pending", second);
        assertEquals("WITHDRAWN", WorkFixture.requestStatus(second));
        assertTrue(sessions.release("hogo.chief").pending("release.pending").stream()
                .noneMatch(p -> p.registrationId() == registration));
        assertNull(WorkFixture.releaseDate(registration));
        assertEquals(WorkFixture.allActiveDuties(), WorkFixture.flagWork(person, "SET", "OPEN"));
    }

    @Test
    void requestsFollowTheRulesOfKindBasisAndState() {
        long person = WorkFixture.newPerson();
        long registration = WorkFixture.register(person, "KOSEKI");

        ServerRefusal mixed = assertThrows(ServerRefusal.class, () -> sessions.release("koseki.clerk")
                .requestCall("release.request", registration, "RELEASE", "ERRONEOUS"));
        assertEquals(List.of("input.releaseBasis.invalid"), mixed.args());
        ServerRefusal unknown = assertThrows(ServerRefusal.class, () -> sessions.release("koseki.clerk")
                .requestCall("release.request", registration, "PURGE", "ERRONEOUS"));
        assertEquals(List.of("input.releaseKind.invalid"), unknown.args());
        ServerRefusal foreign = assertThrows(ServerRefusal.class, () -> sessions.release("zeimu.clerk")
                .request("release.request", registration, ReleaseBasis.APPLICATION));
        assertEquals("denied.section", foreign.code());
        ServerRefusal missing = assertThrows(ServerRefusal.class, () -> sessions.release("koseki.clerk")
                .request("release.request", Long.MAX_VALUE, ReleaseBasis.APPLICATION));
        assertEquals("notfound.registration", missing.code());

        // released: no second release, but an erroneous released registration may still be deleted
        long release = sessions.release("koseki.clerk").request("release.request", registration, ReleaseBasis.APPLICATION);
        sessions.release("koseki.chief").approve("release.approve", release, version("koseki.chief", release));
        ServerRefusal released = assertThrows(ServerRefusal.class, () -> sessions.release("koseki.clerk")
                .request("release.request", registration, ReleaseBasis.NO_LONGER_NEEDED));
        assertEquals("conflict.released", released.code());
        long delete = sessions.release("koseki.clerk").request("release.request", registration, ReleaseBasis.DUPLICATE);
        sessions.release("koseki.chief").approve("release.approve", delete, version("koseki.chief", delete));
        assertFalse(WorkFixture.registrationExists(registration));
        assertFalse(WorkFixture.personExists(person));
        assertEquals(Set.of(), WorkFixture.flagWork(person, "SET").keySet());
    }

    private static int version(String chief, long requestId) {
        return sessions.release(chief).pending("release.pending").stream().filter(p -> p.requestId() == requestId)
                .map(PendingRequest::version).findFirst()
                .orElseThrow(() -> new AssertionError("request " + requestId + " is not pending"));
    }
}
