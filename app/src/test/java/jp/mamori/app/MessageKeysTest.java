package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.InputMessages;
import jp.mamori.app.common.Messages;
import jp.mamori.db.contract.ArgumentError;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.text.InputError;
import org.junit.jupiter.api.Test;

/**
 * Every key used in code or FXML exists in both bundles, no bundle key is unused, and both
 * bundles have the same keys. The keys of the contract are derived from its enums (ADR 0014):
 * every {@link RefusalCode}, every {@link InputError} and every {@link ArgumentError} has a
 * message in both bundles.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern CODE_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([A-Za-z][\\w.]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\\s*\"%([^\"]+)\"");

    @Test
    void usedKeysExistInBothBundlesAndEveryKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(scan(SOURCES, ".java", CODE_KEY));
        used.addAll(scan(RESOURCES, ".fxml", FXML_KEY));
        assertTrue(used.size() > 50, "the scan found too few keys: " + used.size());
        used.addAll(contractKeys());

        Set<String> japanese = ResourceBundle.getBundle(Messages.BUNDLE, Locale.JAPANESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .keySet();
        Set<String> english = Messages.bundle(Locale.ENGLISH).keySet();

        assertEquals(Set.of(), difference(used, japanese), "used but missing in messages_ja");
        assertEquals(Set.of(), difference(used, english), "used but missing in messages_en");
        assertEquals(Set.of(), difference(japanese, used), "in messages_ja but never used");
        assertEquals(new TreeSet<>(japanese), new TreeSet<>(english), "bundles differ");
    }

    @Test
    void everyContractCodeAndInputKeyHasAMessageInBothBundles() {
        Set<String> japanese = ResourceBundle.getBundle(Messages.BUNDLE, Locale.JAPANESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .keySet();
        Set<String> english = Messages.bundle(Locale.ENGLISH).keySet();
        for (RefusalCode code : RefusalCode.values()) {
            String key = ErrorPresenter.messageKey(code);
            assertTrue(japanese.contains(key) && english.contains(key), code + " -> " + key);
        }
        for (InputError error : InputError.values()) {
            String key = InputMessages.messageKey(error);
            assertEquals(error.key(), key, error + ": the client key is the server's key");
            assertTrue(japanese.contains(key) && english.contains(key), error + " -> " + key);
        }
        for (ArgumentError error : ArgumentError.values()) {
            String key = InputMessages.messageKey(error);
            assertTrue(japanese.contains(key) && english.contains(key), error + " -> " + key);
        }
        // the four codes that had no client message before the contract
        for (RefusalCode code : new RefusalCode[] {RefusalCode.INVALID_ACTION, RefusalCode.INVALID_REASON,
                RefusalCode.NOTFOUND_STAFF, RefusalCode.NOTFOUND_CERTIFICATE}) {
            assertFalse(ErrorPresenter.messageKey(code).equals(ErrorPresenter.messageKey(RefusalCode.UNKNOWN)), code.wire());
        }
    }

    private static Set<String> contractKeys() {
        Set<String> keys = new TreeSet<>();
        for (RefusalCode code : RefusalCode.values()) {
            keys.add(ErrorPresenter.messageKey(code));
        }
        for (InputError error : InputError.values()) {
            keys.add(InputMessages.messageKey(error));
        }
        for (ArgumentError error : ArgumentError.values()) {
            keys.add(InputMessages.messageKey(error));
        }
        return keys;
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertEquals("ログイン", Messages.bundle(Locale.JAPANESE).getString("login.submit"));
        assertEquals("対象者検索", Messages.bundle(Locale.JAPANESE).getString("nav.personSearch"));
        assertEquals("Log in", Messages.bundle(Locale.ENGLISH).getString("login.submit"));
    }

    @Test
    void japaneseIsTheDefaultLanguage() {
        assertEquals(Locale.JAPANESE, Messages.locale());
        assertEquals("ログイン", Messages.get("login.submit"));
    }

    @Test
    void placeholdersFormatInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (text.contains("{0}")) {
                    String formatted = new MessageFormat(text, locale).format(new Object[] {"X", "Y", "Z", "W", "V", "U"});
                    assertTrue(formatted.contains("X"), key + " in " + locale + ": " + formatted);
                    assertFalse(formatted.contains("{"), key + " in " + locale + ": " + formatted);
                }
            }
        }
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
