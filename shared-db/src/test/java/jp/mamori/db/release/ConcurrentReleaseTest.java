package jp.mamori.db.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.ReleaseBasis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two chiefs approve the release of the last two registrations of one person at the same moment:
 * whichever commits second must see that nobody holds the person any more, so the duties that
 * confirmed the flags always get their RELEASE items.
 */
class ConcurrentReleaseTest {

    private static final int ROUNDS = 6;

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
    void simultaneousLastApprovalsStillCreateEveryReleaseItem() throws Exception {
        int kosekiDuty = WorkFixture.duties("KOSEKI").iterator().next();
        Set<Integer> others = new TreeSet<>(WorkFixture.allActiveDuties());
        others.remove(kosekiDuty);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long person = WorkFixture.newPerson();
                long zeimu = WorkFixture.register(person, "ZEIMU");
                long kodomo = WorkFixture.register(person, "KODOMOKATEI");
                sessions.flags("koseki.clerk").confirm("flag.worklist", person, kosekiDuty, FlagWorkKind.SET);
                long zeimuRequest = sessions.release("zeimu.clerk").request("release.request", zeimu,
                        ReleaseBasis.APPLICATION);
                long kodomoRequest = sessions.release("kodomo.clerk").request("release.request", kodomo,
                        ReleaseBasis.APPLICATION);
                int zeimuVersion = version("zeimu.chief", zeimuRequest);
                int kodomoVersion = version("kodomo.chief", kodomoRequest);

                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> a = pool.submit(() -> {
                    start.await();
                    return sessions.release("zeimu.chief").approve("release.approve", zeimuRequest, zeimuVersion);
                });
                Future<Integer> b = pool.submit(() -> {
                    start.await();
                    return sessions.release("kodomo.chief").approve("release.approve", kodomoRequest, kodomoVersion);
                });
                start.countDown();
                a.get(60, TimeUnit.SECONDS);
                b.get(60, TimeUnit.SECONDS);

                assertEquals(WorkFixture.today(), WorkFixture.releaseDate(zeimu));
                assertEquals(WorkFixture.today(), WorkFixture.releaseDate(kodomo));
                assertEquals(Set.of(kosekiDuty), WorkFixture.flagWork(person, "RELEASE", "OPEN"), "round " + round);
                assertEquals(others, WorkFixture.flagWork(person, "SET", "NOT_NEEDED"), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> last = WorkFixture.lastAudit("kodomo.chief", "RELEASE_DECIDE");
        assertEquals("OK", last.get(0));
    }

    private static int version(String chief, long requestId) {
        return sessions.release(chief).pending("release.pending").stream().filter(p -> p.requestId() == requestId)
                .map(PendingRequest::version).findFirst().orElseThrow();
    }
}
