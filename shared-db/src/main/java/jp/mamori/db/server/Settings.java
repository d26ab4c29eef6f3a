package jp.mamori.db.server;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads MAMORI.SETTING values: the default when a setting is missing; a malformed value is an
 * error, never silently replaced by the default (ADR 0014). It is logged at ERROR and the reader
 * gets a {@link MalformedSettingException}: a procedure answers {@code error.internal} (and
 * audits ERROR), a login is refused, until the administrator corrects the setting.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private Settings() {
    }

    /** A setting whose value cannot be read as its type. */
    public static final class MalformedSettingException extends IllegalStateException {

        MalformedSettingException(String name) {
            super("setting " + name + " is malformed");
        }
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
                        LOG.error("setting {} is not an integer: '{}'; refusing to fall back to {}", name, v,
                                defaultValue);
                        throw new MalformedSettingException(name);
                    }
                })
                .orElse(defaultValue);
    }
}
