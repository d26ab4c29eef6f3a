package jp.mamori.db.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login attempts per source address (issue 8, finding 9): the limit, the one alert per window, other addresses. */
class LoginFloodGateTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final long SECOND = 1_000_000_000L;

    @Test
    void attemptsOverTheLimitAreRefusedWithOneAlertPerWindow() throws Exception {
        LoginFloodGate gate = new LoginFloodGate();
        InetAddress flooder = InetAddress.getByName("127.0.0.1");
        int allowed = 0;
        int alerts = 0;
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            switch (gate.attempt(flooder, i * 1_000_000L, 30, MINUTE).verdict()) {
                case ALLOW -> allowed++;
                case REFUSE_AND_ALERT -> alerts++;
                case REFUSE -> refused++;
            }
        }
        assertEquals(30, allowed);
        assertEquals(1, alerts);
        assertEquals(469, refused);
    }

    @Test
    void anotherAddressLogsInDuringTheFloodAndTheFlooderAfterTheWindow() throws Exception {
        LoginFloodGate gate = new LoginFloodGate();
        InetAddress flooder = InetAddress.getByName("127.0.0.1");
        InetAddress clerk = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 100; i++) {
            gate.attempt(flooder, i, 30, MINUTE);
        }
        assertEquals(LoginFloodGate.Verdict.ALLOW, gate.attempt(clerk, 200, 30, MINUTE).verdict());
        assertEquals(LoginFloodGate.Verdict.REFUSE, gate.attempt(flooder, 30 * SECOND, 30, MINUTE).verdict());
        assertEquals(LoginFloodGate.Verdict.ALLOW, gate.attempt(flooder, 61 * SECOND, 30, MINUTE).verdict());
    }

    @Test
    void theNextFloodWindowsAlertCarriesThePreviousWindowsRefusals() throws Exception {
        LoginFloodGate gate = new LoginFloodGate();
        InetAddress flooder = InetAddress.getByName("10.0.0.9");
        for (int i = 0; i < 40; i++) {
            gate.attempt(flooder, i, 30, MINUTE);
        }
        LoginFloodGate.Decision alert = null;
        for (int i = 0; i < 31; i++) {
            LoginFloodGate.Decision d = gate.attempt(flooder, 61 * SECOND + i, 30, MINUTE);
            if (d.verdict() == LoginFloodGate.Verdict.REFUSE_AND_ALERT) {
                alert = d;
            }
        }
        assertEquals(10, alert.previouslyRefused(), "the first window refused 10 attempts");
    }
}
