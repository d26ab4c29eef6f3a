package jp.mamori.app.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The client's user-interface text. Japanese ({@code messages_ja.properties}) is the language of
 * the product; English ({@code messages_en.properties}) is chosen with
 * {@code -Dmamori.lang=en}. Both bundles are UTF-8 and use the same stable dotted keys.
 *
 * <p>Code refers to a key only as a literal in {@code Messages.get("...")} and FXML only as
 * {@code "%key"}, so that a test can prove every key exists and none is unused.
 */
public final class Messages {

    /** Base name of the bundles. */
    public static final String BUNDLE = "jp.mamori.app.messages";

    /** System property selecting the interface language ({@code ja} or {@code en}). */
    public static final String LANGUAGE_PROPERTY = "mamori.lang";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The interface locale: Japanese unless English was asked for. */
    public static Locale locale() {
        return "en".equals(System.getProperty(LANGUAGE_PROPERTY)) ? Locale.ENGLISH
                : Locale.JAPANESE;
    }

    /** The bundle of the interface locale, e.g. for {@code FXMLLoader}. */
    public static ResourceBundle bundle() {
        return bundle(locale());
    }

    /** The bundle of a given locale (Japanese or English). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /**
     * The text of {@code key}. With arguments, the text is a {@link MessageFormat} pattern whose
     * {@code {0}}, {@code {1}}... are filled; without, it is returned as written.
     */
    public static String get(String key, Object... args) {
        String text = bundle().getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale()).format(args);
    }
}
