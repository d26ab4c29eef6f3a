package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jp.mamori.app.common.Messages;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.SettingsAdminApi;
import jp.mamori.db.client.TerminalAdminApi.Terminal;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * 指定端末, 所属・連携事務 and 設定 in the real window: a terminal registered (its two files written
 * where chosen) and disabled after confirmation; the catalogue import's dry run names the file and
 * line of a problem, then a good pair of files is imported; a setting refused out of range as typed,
 * then changed after confirmation.
 */
class AdminSetupIT extends AdminUiFixture {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void terminalsCatalogueAndSettings() throws Exception {
        try {
            walkThrough();
        } catch (Exception | AssertionError e) {
            screenshot("failed-admin-setup");
            throw e;
        }
    }

    private void walkThrough() throws Exception {
        String suffix = Integer.toString(RANDOM.nextInt(1 << 20), 36).toUpperCase();
        logInAs(ADMIN);
        terminalSize();

        // 指定端末: register, the files where chosen; disable after a confirmation naming it.
        openScreen("#nav-admin-terminals", TERMINALS);
        String terminalId = "UI-PC-" + suffix;
        Path folder = Files.createDirectory(configDirectory.resolve("medium"));
        typeInto(TERMINALS + " #idField", terminalId);
        typeInto(TERMINALS + " #newLabelField", "試験用端末 " + suffix);
        chooseNext(folder);
        clickShown(TERMINALS + " #registerButton");
        await(() -> textIn(TERMINALS, "#messageLabel").contains(terminalId) || !textIn(TERMINALS, "#errorLabel")
                .isEmpty());
        assertEquals("", textIn(TERMINALS, "#errorLabel"));
        assertTrue(Files.size(folder.resolve(terminalId + ".p12")) > 0);
        assertTrue(Files.readString(folder.resolve(terminalId + ".p12.password")).length() >= 16);
        await(() -> terminalRow(terminalId) != null);
        interact(() -> terminalTable().getSelectionModel().select(terminalRow(terminalId)));
        screenshot("admin-terminals");
        clickShown(TERMINALS + " #disableButton");
        await(() -> visibleIn(TERMINALS, "#confirmBox") && focused(TERMINALS + " #cancelButton"));
        assertTrue(textIn(TERMINALS, "#confirmLabel").contains(terminalId));
        screenshot("admin-terminals-confirm");
        clickShown(TERMINALS + " #confirmButton");
        await(() -> terminalRow(terminalId) != null && !terminalRow(terminalId).active());

        // 所属・連携事務: the dry run names the file and the line; a good file is imported.
        openScreen("#nav-admin-sections", CATALOGUE);
        await(() -> !((TableView<?>) lookup(CATALOGUE + " #sectionTable").query()).getItems().isEmpty());
        screenshot("admin-sections");
        clickOn(CATALOGUE + " #dutiesToggle");
        screenshot("admin-duties");
        clickOn(CATALOGUE + " #importToggle");
        String holds = "UIH" + suffix;
        String linkage = "UIL" + suffix;
        Path badSections = csv("bad-sections.csv", "SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\n"
                + holds + ",試験保有課" + suffix + ",true,false\n" + linkage + ",試験利用課" + suffix + ",false,yes\n");
        Path sections = csv("sections.csv", "SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\n"
                + holds + ",試験保有課" + suffix + ",true,false\n" + linkage + ",試験利用課" + suffix + ",false,true\n");
        Path duties = csv("duties.csv", "SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\n"
                + linkage + ",試験業務,試験システム\n");
        chooseNext(badSections);
        clickShown(CATALOGUE + " #chooseSectionsButton");
        chooseNext(duties);
        clickShown(CATALOGUE + " #chooseDutiesButton");
        clickShown(CATALOGUE + " #dryRunButton");
        await(() -> !textIn(CATALOGUE, "#dryRunLabel").isEmpty());
        String report = textIn(CATALOGUE, "#dryRunLabel");
        assertTrue(report.contains(Messages.get("catalogue.file.sections")) && report.contains("3")
                && report.contains(Messages.get("input.catalogue.boolean")), report);
        assertTrue(((javafx.scene.control.Button) lookup(CATALOGUE + " #importButton").query()).isDisabled());
        screenshot("admin-catalogue-dry-run-error");

        chooseNext(sections);
        clickShown(CATALOGUE + " #chooseSectionsButton");
        clickShown(CATALOGUE + " #dryRunButton");
        await(() -> textIn(CATALOGUE, "#dryRunLabel").startsWith(Messages.get("catalogue.import.passed", 2, 0, 1, 0)
                .substring(0, 6)));
        assertEquals(Messages.get("catalogue.import.passed", 2, 0, 1, 0), textIn(CATALOGUE, "#dryRunLabel"));
        screenshot("admin-catalogue-dry-run-passed");
        clickShown(CATALOGUE + " #importButton");
        await(() -> textIn(CATALOGUE, "#messageLabel").startsWith("取り込みました"));
        MamoriSession check = TestServer.login(ADMIN);
        try {
            assertTrue(check.procedures(CatalogueAdminApi.class).sections("admin.sections").stream()
                    .anyMatch(s -> s.sectionCode().equals(linkage) && s.doesLinkage()));
        } finally {
            check.close();
        }
        screenshot("admin-catalogue-imported");

        // 設定: out of range refused as typed; a change confirmed and saved.
        openScreen("#nav-admin-settings", SETTINGS);
        String field = SETTINGS + " #setting-worklist-overdueDays";
        await(() -> lookup(field).tryQuery().isPresent());
        String before = ((TextField) lookup(field).query()).getText();
        typeInto(field, "500");
        await(() -> lookup(SETTINGS + " .field-message").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((javafx.scene.control.Label) n).getText().equals(Messages.get("settings.outOfRange", 1, 90))));
        screenshot("admin-settings-out-of-range");
        String after = "30".equals(before) ? "31" : "30";
        typeInto(field, after);
        type(KeyCode.ENTER);
        await(() -> visibleIn(SETTINGS, "#confirmBox") && focused(SETTINGS + " #confirmButton"));
        screenshot("admin-settings-confirm");
        type(KeyCode.ENTER);
        await(() -> textIn(SETTINGS, "#messageLabel").contains(after));
        MamoriSession admin = TestServer.login(ADMIN);
        try {
            SettingsAdminApi api = admin.procedures(SettingsAdminApi.class);
            assertEquals(after, api.list("admin.settings").stream().filter(s -> s.name().equals(
                    "worklist.overdueDays")).findFirst().orElseThrow().val());
            api.set("admin.settings", "worklist.overdueDays", before); // other tests count overdue work
        } finally {
            admin.close();
        }
    }

    private Path csv(String name, String text) throws java.io.IOException {
        return Files.writeString(configDirectory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private TableView<Terminal> terminalTable() {
        return (TableView<Terminal>) lookup(TERMINALS + " #terminalTable").query();
    }

    private Terminal terminalRow(String id) {
        return terminalTable().getItems().stream().filter(t -> t.terminalId().equals(id)).findFirst().orElse(null);
    }
}
