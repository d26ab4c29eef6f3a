package jp.mamori.db.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.LoginFailure;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Settings the client depends on are the server's: the addressee-number length reaches the client
 * at login, and a malformed setting is an error that someone sees, never a silent default.
 */
class SettingsContractTest {

    @Test
    void theClientLearnsTheAddresseeNumberLengthAtLogin() throws Exception {
        try {
            TestServer.setting("person.addresseeNumberMaxLength", "12");
            try (MamoriSession session = TestServer.login("zeimu.clerk")) {
                assertEquals(12, session.info().addresseeNumberLength());
            }
        } finally {
            TestServer.setting("person.addresseeNumberMaxLength", "15");
        }
        try (MamoriSession session = TestServer.login("zeimu.clerk")) {
            assertEquals(15, session.info().addresseeNumberLength());
        }
    }

    @Test
    void aLoginThatFailsInsideTheServerIsRefusedAndAuditedAsAnErrorWithItsCause() throws Exception {
        try {
            TestServer.setting("login.tokenMaxAgeSeconds", "two minutes");
            LoginException refused = assertThrows(LoginException.class, () -> TestServer.login("zeimu.chief"));
            // an unproven caller learns nothing of the server's failure (ADR 0002)
            assertEquals(LoginFailure.WRONG_CREDENTIALS, refused.failure());
            List<String> audit = WorkFixture.lastAudit("zeimu.chief", "LOGIN");
            assertEquals("ERROR", audit.get(0));
            assertTrue(audit.get(2).contains("MalformedSettingException"), audit.get(2));
        } finally {
            TestServer.setting("login.tokenMaxAgeSeconds", "120");
        }
        TestServer.login("zeimu.chief").close();
    }

    @Test
    void aMalformedSettingRefusesTheCallAndIsAuditedAsAnError() throws Exception {
        try (MamoriSession session = TestServer.login("hogo.clerk")) {
            try {
                TestServer.setting("review.periodDays", "365 days");
                ServerRefusal refusal = assertThrows(ServerRefusal.class,
                        () -> session.procedures(ReleaseApi.class).reviewDue("review"));
                assertEquals(RefusalCode.ERROR_INTERNAL, refusal.refusalCode());
                List<String> audit = WorkFixture.lastAudit("hogo.clerk", "REVIEW_DUE");
                assertEquals("ERROR", audit.get(0));
                assertTrue(audit.get(2).contains("MalformedSettingException"), audit.get(2));
            } finally {
                TestServer.setting("review.periodDays", "365");
            }
            session.procedures(ReleaseApi.class).reviewDue("review");
        }
    }
}
