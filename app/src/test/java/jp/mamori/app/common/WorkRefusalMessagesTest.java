package jp.mamori.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import jp.mamori.db.client.ServerRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal code of the release, flag-work and review procedures has its own Japanese message. */
class WorkRefusalMessagesTest {

    private final ErrorPresenter presenter = new ErrorPresenter();

    @ParameterizedTest
    @ValueSource(strings = {"denied.role", "denied.section", "denied.ownRequest", "denied.notRequester",
        "denied.session", "denied.session.locked", "invalid.screen", "notfound.registration", "notfound.request",
        "notfound.duty", "notfound.flagWork", "conflict.released", "conflict.pending", "conflict.version",
        "conflict.alreadyConfirmed", "conflict.notNeeded", "conflict.dutyInactive", "error.internal",
        "connection.lost"})
    void eachCodeHasAMessage(String code) {
        String message = presenter.messageFor(new ServerRefusal(code, List.of(), null));
        assertNotEquals(Messages.get("error.refusal.unknown", code), message, code);
        assertFalse(message.contains(code), message);
        assertFalse(message.isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPROVED", "REJECTED", "WITHDRAWN"})
    void aRequestNoLongerPendingSaysWhatBecameOfIt(String status) {
        String message = presenter.messageFor(new ServerRefusal("conflict.notPending", List.of(status), null));
        assertFalse(message.contains(status), message);
        assertFalse(message.contains("{"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"input.releaseBasis.invalid", "input.releaseBasis.required",
        "input.rejectReason.invalid", "input.rejectReason.required", "input.registrationId.required",
        "input.requestId.required", "input.approve.required", "input.version.required", "input.releaseKind.invalid",
        "input.flagKind.invalid", "input.flagKind.required", "input.includeDone.required", "input.personId.required",
        "input.dutyId.required"})
    void eachInputKeyOfTheseProceduresHasAMessage(String key) {
        String message = presenter.messageFor(new ServerRefusal("invalid.input", List.of(key), null));
        assertNotEquals(Messages.get("error.refusal.invalidInput"), message, key);
    }

    @org.junit.jupiter.api.Test
    void theBasisAndReasonKeysSayWhatToChoose() {
        assertEquals(Messages.get("input.releaseBasis.invalid"),
                presenter.messageFor(new ServerRefusal("invalid.input", List.of("input.releaseBasis.invalid"), null)));
        assertEquals(Messages.get("input.rejectReason.invalid"),
                presenter.messageFor(new ServerRefusal("invalid.input", List.of("input.rejectReason.required"), null)));
    }
}
