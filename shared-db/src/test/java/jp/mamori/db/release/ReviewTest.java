package jp.mamori.db.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.ReviewItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 要確認: registrations due for review after review.periodDays (365), confirmed and audited; nothing released. */
class ReviewTest {

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
    void anOldRegistrationIsDueUntilItsReviewIsConfirmed() {
        LocalDate today = WorkFixture.today();
        long old = WorkFixture.register(WorkFixture.newPerson(), "HOGO");
        long recent = WorkFixture.register(WorkFixture.newPerson(), "HOGO");
        WorkFixture.execute("UPDATE MAMORI.REGISTRATION SET INPUT_DATE = ? WHERE REGISTRATION_ID = ?",
                today.minusDays(400), old);
        WorkFixture.execute("UPDATE MAMORI.REGISTRATION SET INPUT_DATE = ? WHERE REGISTRATION_ID = ?",
                today.minusDays(364), recent);
        int dueBefore = sessions.flags("hogo.chief").counts("login").reviewDue();

        ReviewItem item = due("hogo.clerk", old);
        assertEquals(today.minusDays(400), item.inputDate());
        assertNull(item.lastReviewedOn());
        assertEquals(today.minusDays(35), item.dueOn());
        assertEquals(35, item.daysOverdue());
        assertTrue(sessions.release("hogo.clerk").reviewDue("review").stream()
                .noneMatch(r -> r.registrationId() == recent), "364 days are not yet a year");

        assertEquals(item.version() + 1, sessions.release("hogo.clerk").confirmReview("review", old));
        assertTrue(sessions.release("hogo.clerk").reviewDue("review").stream()
                .noneMatch(r -> r.registrationId() == old));
        assertEquals(dueBefore - 1, sessions.flags("hogo.chief").counts("login").reviewDue());
        assertEquals(today, WorkFixture.date("SELECT LAST_REVIEWED_ON FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = ?", old));
        assertNull(WorkFixture.releaseDate(old), "a review never releases");
        List<String> audit = WorkFixture.lastAudit("hogo.clerk", "REVIEW_CONFIRM");
        assertEquals("OK", audit.get(0));
        assertTrue(audit.get(2).contains("wasDue=true"), audit.get(2));

        // a review confirmed a year ago is due again
        WorkFixture.execute("UPDATE MAMORI.REGISTRATION SET LAST_REVIEWED_ON = ? WHERE REGISTRATION_ID = ?",
                today.minusDays(365), old);
        assertEquals(today, due("hogo.clerk", old).dueOn());
    }

    @Test
    void onlyTheHoldingSectionReviewsAndOnlyActiveRegistrations() {
        long registration = WorkFixture.register(WorkFixture.newPerson(), "HOGO");
        ServerRefusal foreign = assertThrows(ServerRefusal.class,
                () -> sessions.release("zeimu.clerk").confirmReview("review", registration));
        assertEquals("denied.section", foreign.code());
        assertTrue(sessions.release("zeimu.clerk").reviewDue("review").stream()
                .noneMatch(r -> r.registrationId() == registration));

        WorkFixture.execute("UPDATE MAMORI.REGISTRATION SET RELEASE_DATE = ?, INPUT_DATE = ? WHERE REGISTRATION_ID = ?",
                WorkFixture.today(), WorkFixture.today().minusDays(800), registration);
        assertFalse(sessions.release("hogo.clerk").reviewDue("review").stream()
                .anyMatch(r -> r.registrationId() == registration), "released registrations are not reviewed");
        ServerRefusal released = assertThrows(ServerRefusal.class,
                () -> sessions.release("hogo.clerk").confirmReview("review", registration));
        assertEquals("conflict.released", released.code());
    }

    private static ReviewItem due(String user, long registrationId) {
        return sessions.release(user).reviewDue("review").stream().filter(r -> r.registrationId() == registrationId)
                .findFirst().orElseThrow(() -> new AssertionError("registration " + registrationId + " is not due"));
    }
}
