package jp.mamori.db.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriConnector;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lock-out after the configured number of failures; the delay slows only the attacked account. */
class LockoutTest {

    @TempDir
    Path keys;

    @Test
    void tenthWrongPasswordLocksAndEvenTheRightOneIsThenRefused() throws Exception {
        Path key = newClerk("lock.target");
        TestServer.setting("login.failureDelayMillis", "1");
        try {
            for (int i = 1; i <= 9; i++) {
                assertEquals(LoginFailure.WRONG_CREDENTIALS, attempt(key, "wrong-" + i));
            }
            assertEquals(LoginFailure.WRONG_CREDENTIALS, attempt(key, "wrong-10"));
            assertEquals(LoginFailure.ACCOUNT_LOCKED, attempt(key, "mamori-demo"));
        } finally {
            TestServer.setting("login.failureDelayMillis", "250");
        }
    }

    @Test
    void delayOfOneAccountDoesNotSlowAnother() throws Exception {
        Path slow = newClerk("delay.target");
        TestServer.setting("login.failureDelayMillis", "4000");
        try {
            Instant start = Instant.now();
            CompletableFuture<LoginFailure> failing = CompletableFuture.supplyAsync(() -> attempt(slow, "wrong"));
            Thread.sleep(300);
            try (MamoriSession session = TestServer.login("hogo.chief")) {
                assertEquals("hogo.chief", session.info().userName());
            }
            Instant otherDone = Instant.now();
            assertTrue(!failing.isDone(), "another account logged in while the failing one still waits");
            assertEquals(LoginFailure.WRONG_CREDENTIALS, failing.get());
            Duration failed = Duration.between(start, Instant.now());
            assertTrue(failed.toMillis() >= 4000, "the failing account waited: " + failed);
            assertTrue(otherDone.isBefore(start.plus(failed)), "the other login finished first");
        } finally {
            TestServer.setting("login.failureDelayMillis", "250");
        }
    }

    private Path newClerk(String user) throws Exception {
        Path key = keys.resolve(user + ".p12");
        TestServer.provisioning().createStaff(user, "試験 施錠", StaffRole.CLERK, "ZEIMU", "mamori-demo".toCharArray(),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), key);
        return key;
    }

    private static LoginFailure attempt(Path key, String password) {
        LoginException e = assertThrows(LoginException.class,
                () -> new MamoriConnector(TestServer.clientConfig()).login(key, password.toCharArray()).close());
        return e.failure();
    }
}
