package jp.mamori.app.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mamori.app.common.Messages;
import jp.mamori.db.client.SettingsAdminApi.Setting;
import org.junit.jupiter.api.Test;

/** A setting is checked as typed against its range; only a valid, different value can be saved. */
class SettingsRowTest {

    @Test
    void rangeAndNumberAreCheckedAsTyped() {
        SettingsViewModel.Row row = new SettingsViewModel.Row(new Setting("worklist.overdueDays", "14", 1, 90));
        assertEquals(Messages.get("settings.name.overdueDays"), row.title());
        assertFalse(row.changed(), "the saved value is no change");
        row.typedProperty().set("91");
        assertEquals(Messages.get("settings.outOfRange", 1, 90), row.problemBinding().get());
        assertFalse(row.changed());
        row.typedProperty().set("１４日");
        assertEquals(Messages.get("settings.notNumber", 1, 90), row.problemBinding().get());
        row.typedProperty().set(" 30 ");
        assertEquals("", row.problemBinding().get());
        assertTrue(row.changed());
    }
}
