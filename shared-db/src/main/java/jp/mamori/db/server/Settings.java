package jp.mamori.db.server;

import org.jdbi.v3.core.Handle;

/** Reads MAMORI.SETTING values, with the default when a setting is missing or malformed. */
public final class Settings {

    private Settings() {
    }

    public static int intValue(Handle handle, String name, int defaultValue) {
        return handle.createQuery("SELECT VAL FROM MAMORI.SETTING WHERE NAME = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne()
                .map(v -> {
                    try {
                        return Integer.parseInt(v.trim());
                    } catch (NumberFormatException e) {
                        return defaultValue;
                    }
                })
                .orElse(defaultValue);
    }
}
