package jp.mamori.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import jp.mamori.app.common.Messages;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.testsupport.AuditRows;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.domain.ReviewItem;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 要確認 without a window, against the real server. */
class ReviewViewModelTest {

    private WorkSessions sessions;

    @BeforeEach
    void start() {
        sessions = new WorkSessions();
    }

    @AfterEach
    void stop() {
        sessions.close();
    }

    @Test
    void aRegistrationPastItsPeriodIsDueAndConfirmingTheReviewRecordsIt() throws Exception {
        Person person = WorkSessions.newPerson();
        long registration = sessions.register("koseki.clerk", person, false);
        // As if it had been entered two years ago (what the server's clock cannot be made to do).
        try (Connection admin = TestServer.admin(); PreparedStatement st = admin.prepareStatement(
                "UPDATE MAMORI.REGISTRATION SET INPUT_DATE = ? WHERE REGISTRATION_ID = ?")) {
            st.setObject(1, LocalDate.now(jp.mamori.app.release.ReleaseTexts.ZONE).minusYears(2));
            st.setLong(2, registration);
            assertEquals(1, st.executeUpdate());
        }
        ScreenContext context = sessions.context("koseki.clerk");
        ReviewViewModel vm = new ReviewViewModel(context);
        vm.load();
        ReviewItem due = vm.items().stream().filter(i -> i.registrationId() == registration).findFirst()
                .orElseThrow(() -> new AssertionError("not due"));
        assertTrue(due.daysOverdue() >= 364, "due a year ago: " + due.daysOverdue());
        assertEquals(vm.items().size(), context.badges().reviewDueProperty().get());

        long mark = AuditRows.mark();
        vm.confirm(due);
        assertEquals(Messages.get("review.confirmed", person.nameKanji(), person.number()), vm.messageProperty().get());
        assertTrue(vm.items().stream().noneMatch(i -> i.registrationId() == registration));
        assertEquals("REVIEW_CONFIRM", AuditRows.since(mark, "koseki.clerk").get(0).action());
        assertEquals("OK", AuditRows.since(mark, "koseki.clerk").get(0).outcome());
    }
}
