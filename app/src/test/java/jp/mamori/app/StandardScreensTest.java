package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import jp.mamori.app.main.ContentScreens;
import jp.mamori.app.main.Destination;
import jp.mamori.db.domain.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * The registry and the release and flag-work screens are registered, and only for the roles that
 * work with the registry; 承認待ち only for the 所属長.
 */
class StandardScreensTest {

    @Test
    void theRegistryScreensAreOnlyForClerksAndChiefs() {
        ContentScreens screens = MamoriApp.standardScreens();
        List<Destination> registered = Arrays.stream(Destination.values()).filter(screens::isRegistered).toList();
        assertEquals(List.of(Destination.PERSON_SEARCH, Destination.PERSON_REGISTER, Destination.APPROVALS,
                Destination.WORKLIST, Destination.REVIEW, Destination.COMPLETION), registered);
        assertEquals(List.of(StaffRole.CHIEF), Arrays.stream(StaffRole.values())
                .filter(Destination.APPROVALS::allows).toList());
        for (Destination destination : registered.stream().filter(d -> d != Destination.APPROVALS).toList()) {
            for (StaffRole role : StaffRole.values()) {
                assertEquals(role.worksWithRegistry(), destination.allows(role), destination + " for " + role);
            }
            assertFalse(destination.allows(StaffRole.SECURITY));
            assertFalse(destination.allows(StaffRole.ADMIN));
        }
    }
}
