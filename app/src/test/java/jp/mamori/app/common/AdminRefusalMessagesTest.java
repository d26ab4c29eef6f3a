package jp.mamori.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.mamori.db.client.ServerRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal code and input key of the administrator's procedures and the password change has its Japanese message. */
class AdminRefusalMessagesTest {

    private final ErrorPresenter presenter = new ErrorPresenter();

    @ParameterizedTest
    @ValueSource(strings = {"denied.passwordChange", "denied.self", "invalid.currentPassword", "invalid.reason", "conflict.staffExists", "conflict.staffDisabled", "conflict.lastAdmin", "conflict.terminalExists", "conflict.sectionExists", "conflict.sectionNameTaken", "conflict.sectionHasStaff", "conflict.sectionHolds", "conflict.sectionHasDuties", "conflict.notLinkageSection", "conflict.dutyExists", "conflict.dutyHasOpenItems", "notfound.staff", "notfound.certificate", "notfound.terminal", "notfound.section", "error.caUnavailable"})
    void eachCodeHasAMessage(String code) {
        String message = presenter.messageFor(new ServerRefusal(code, List.of("3"), null));
        assertNotEquals(Messages.get("error.refusal.unknown", code), message, code);
        assertFalse(message.contains(code) || message.contains("{"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"input.loginId.invalid", "input.displayName.invalid", "input.role.invalid", "input.sectionCode.notAllowed", "input.sectionCode.format", "input.sectionName.invalid", "input.sectionRole.required", "input.dutyName.invalid", "input.dutyId.invalid", "input.terminalId.invalid", "input.terminalLabel.invalid", "input.setting.unknown", "input.setting.range", "input.password.tooShort", "input.password.tooLong", "input.password.common", "input.password.repetitive", "input.password.context", "input.password.unchanged", "input.csr.malformed", "input.csr.subject", "input.csr.keyType", "input.csr.signature"})
    void eachInputKeyHasAMessage(String key) {
        String message = presenter.messageFor(new ServerRefusal("invalid.input", List.of(key, "8", "128"), null));
        assertNotEquals(Messages.get("error.refusal.invalidInput"), message, key);
        assertFalse(message.contains("{"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"input.catalogue.empty", "input.catalogue.tooLarge", "input.catalogue.header", "input.catalogue.columns", "input.catalogue.malformed", "input.catalogue.sectionCode", "input.catalogue.sectionName", "input.catalogue.boolean", "input.catalogue.duplicateSection", "input.catalogue.sectionWithoutRole", "input.catalogue.dutyName", "input.catalogue.unknownSection", "input.catalogue.notLinkageSection", "input.catalogue.duplicateDuty"})
    void eachCatalogueProblemNamesFileAndLine(String key) {
        String message = presenter.messageFor(new ServerRefusal("invalid.catalogue", List.of("DUTIES", "12", key), null));
        assertTrue(message.contains(Messages.get("catalogue.file.duties")) && message.contains("12"), message);
        assertTrue(message.contains(Messages.get(key)), message);
    }

    @org.junit.jupiter.api.Test
    void aWholeFileProblemHasNoLine() {
        assertEquals(Messages.get("error.refusal.invalidCatalogueFile", Messages.get("catalogue.file.sections"),
                Messages.get("input.catalogue.header")), presenter.messageFor(new ServerRefusal("invalid.catalogue",
                        List.of("SECTIONS", "0", "input.catalogue.header"), null)));
    }
}
