package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InputErrorTest {

    @Test
    void everyReasonHasANonEmptyKeyAndTheKeysAreDistinct() {
        Set<String> keys = new HashSet<>();
        for (InputError error : InputError.values()) {
            assertFalse(error.key() == null || error.key().isBlank(), error + " has no key");
            assertTrue(keys.add(error.key()), "duplicate key " + error.key());
        }
        assertEquals(InputError.values().length, keys.size());
    }

    @ParameterizedTest
    @EnumSource(InputError.class)
    void keyIsADottedIdentifierUnderInput(InputError error) {
        assertTrue(error.key().matches("input\\.[a-z][A-Za-z]*\\.[a-z][A-Za-z]*"), error.key());
    }

    @ParameterizedTest
    @EnumSource(InputError.class)
    void defaultMessageIsJapaneseWithContiguousPlaceholders(InputError error) {
        String message = error.defaultMessage();
        assertFalse(message.isBlank());
        assertTrue(message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA), message);
        assertFalse(message.contains("'"), "an apostrophe would be eaten by MessageFormat: " + message);
        Set<Integer> used = new HashSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(message);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        for (int i = 0; i < error.argumentCount(); i++) {
            assertTrue(used.contains(i), error + " skips placeholder {" + i + "}");
        }
    }

    @ParameterizedTest
    @EnumSource(InputError.class)
    void formatFillsEveryPlaceholder(InputError error) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < error.argumentCount(); i++) {
            args.add("«" + i + "»");
        }
        String text = error.format(args);
        assertFalse(text.contains("{"), text);
        for (String arg : args) {
            assertTrue(text.contains(arg), text);
        }
    }

    @Test
    void numbersInArgumentsAreNotReformatted() {
        String text = InputError.ADDRESSEE_NUMBER_TOO_LONG.format(List.of("1234", "15"));
        assertEquals("団体内統合宛名番号は15桁以内で入力してください（入力は1234桁です）。", text);
    }

    @Test
    void aRejectionMustCarryExactlyTheArgumentsItsMessageNeeds() {
        assertThrows(IllegalArgumentException.class,
                () -> ParseResult.rejected(InputError.ADDRESSEE_NUMBER_NOT_DIGITS, "1"));
        assertThrows(IllegalArgumentException.class,
                () -> ParseResult.rejected(InputError.ADDRESSEE_NUMBER_EMPTY, "x"));
    }
}
