package jp.mamori.app.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.SessionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdleLimitTest {

    @AfterEach
    void clear() {
        System.clearProperty(IdleLimit.SECONDS_PROPERTY);
    }

    @Test
    void theServersSettingApplies() {
        SessionInfo info = Staff.clerk();
        SessionInfo fiveMinutes = new SessionInfo(info.userName(), info.displayName(), info.role(),
                info.sectionCode(), info.sectionName(), info.terminalId(), info.server(), 5);
        assertEquals(Duration.ofMinutes(5), IdleLimit.of(fiveMinutes));
    }

    @Test
    void fifteenMinutesWhenTheServerGivesNone() {
        SessionInfo info = Staff.clerk();
        SessionInfo none = new SessionInfo(info.userName(), info.displayName(), info.role(),
                info.sectionCode(), info.sectionName(), info.terminalId(), info.server(), 0);
        assertEquals(Duration.ofMinutes(15), IdleLimit.of(none));
    }

    @Test
    void aSystemPropertyOverridesInSeconds() {
        System.setProperty(IdleLimit.SECONDS_PROPERTY, "3");
        assertEquals(Duration.ofSeconds(3), IdleLimit.of(Staff.clerk()));
    }
}
