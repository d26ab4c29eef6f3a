package jp.mamori.app.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.db.client.MamoriSession;
import org.junit.jupiter.api.Test;

/** The password change as typed (length, repetition) and the server's refusals beside their fields. */
class PasswordChangeViewModelTest {

    @Test
    void lengthIsCheckedAsTypedInCharactersNotBytes() throws Exception {
        try (WorkSessions sessions = new WorkSessions()) {
            PasswordChangeViewModel vm = viewModel(sessions.session("hogo.clerk"), new AtomicInteger());
            vm.nextProperty().set("短い");
            assertEquals(Messages.get("password.tooShort", 8, 2), vm.nextProblemBinding().get());
            vm.nextProperty().set("はるのそらにくも");
            assertEquals("", vm.nextProblemBinding().get(), "eight Japanese characters are enough");
            vm.repeatProperty().set("はるのそらにくま");
            assertEquals(Messages.get("password.repeatDiffers"), vm.repeatProblemBinding().get());
            assertFalse(vm.ready());
        }
    }

    @Test
    void refusalsOfTheServerStandBesideTheirFieldAndNothingChanges() throws Exception {
        try (WorkSessions sessions = new WorkSessions()) {
            AtomicInteger changed = new AtomicInteger();
            PasswordChangeViewModel vm = viewModel(sessions.session("hogo.clerk"), changed);
            vm.currentProperty().set("not the password");
            vm.nextProperty().set("amber harbor lantern seven 7");
            vm.repeatProperty().set("amber harbor lantern seven 7");
            assertTrue(vm.ready());
            vm.submit();
            assertEquals(Messages.get("error.refusal.invalidCurrentPassword"), vm.currentErrorProperty().get());
            assertEquals("", vm.currentProperty().get(), "the wrong password is cleared");
            assertEquals(0, changed.get());

            vm.currentProperty().set(jp.mamori.db.testing.TestServer.user("hogo.clerk").password());
            vm.nextProperty().set("password");
            vm.repeatProperty().set("password");
            vm.submit();
            assertEquals(Messages.get("input.password.common"), vm.nextProblemBinding().get());
            assertEquals(0, changed.get());
            vm.nextProperty().set("password1x");
            assertTrue(vm.nextProblemBinding().get().isEmpty(), "typing again removes the refusal");
        }
    }

    private static PasswordChangeViewModel viewModel(MamoriSession session, AtomicInteger changed) {
        ScreenActions actions = new ScreenActions(session, new DirectUiExecutor(), new ErrorPresenter(),
                new UserNotice());
        return new PasswordChangeViewModel(actions, new ErrorPresenter(), false, changed::incrementAndGet);
    }
}
