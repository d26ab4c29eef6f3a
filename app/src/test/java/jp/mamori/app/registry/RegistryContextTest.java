package jp.mamori.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.testsupport.DirectUiExecutor;
import jp.mamori.app.testsupport.FakeSession;
import jp.mamori.app.testsupport.Staff;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.contract.MunicipalTime;
import jp.mamori.db.text.AddresseeNumber;
import jp.mamori.db.text.ParseResult;
import org.junit.jupiter.api.Test;

/** The registry screens read the addressee number with the length the server gave at login. */
class RegistryContextTest {

    @Test
    void theNumberLengthIsTheServersNotAHardCodedOne() {
        SessionInfo clerk = Staff.clerk();
        SessionInfo twelve = new SessionInfo(clerk.userName(), clerk.displayName(), clerk.role(), clerk.sectionCode(),
                clerk.sectionName(), clerk.terminalId(), clerk.server(), clerk.idleLockMinutes(), 12);
        FakeSession session = new FakeSession(twelve, "pw".toCharArray());
        DirectUiExecutor executor = new DirectUiExecutor();
        ScreenActions actions = new ScreenActions(session, executor, new ErrorPresenter(), message -> { });

        RegistryContext context = RegistryContext.of(new ScreenContext(twelve, actions, executor, new ErrorPresenter()));

        assertEquals(12, context.numberMaxLength());
        assertEquals(MunicipalTime.ZONE, context.clock().getZone());
        assertTrue(AddresseeNumber.parse("1234567890123", context.numberMaxLength()) instanceof ParseResult.Rejected<?>,
                "13 digits are too many when the server says 12");
    }
}
