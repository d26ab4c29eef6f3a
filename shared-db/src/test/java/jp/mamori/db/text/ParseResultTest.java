package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseResultTest {

    @Test
    void acceptedCarriesTheValue() {
        ParseResult<String> r = ParseResult.accepted("0123");
        assertTrue(r.isAccepted());
        assertEquals("0123", r.orElseThrow());
        assertEquals("0123", r.toOptional().orElseThrow());
        assertTrue(r.rejection().isEmpty());
        assertEquals(4, r.map(String::length).orElseThrow());
    }

    @Test
    void rejectedCarriesReasonArgumentsAndJapaneseMessage() {
        ParseResult<String> r = ParseResult.rejected(InputError.ADDRESSEE_NUMBER_NOT_DIGITS, "3", "「A」");
        assertFalse(r.isAccepted());
        assertTrue(r.toOptional().isEmpty());
        ParseResult.Rejected<String> rejection = r.rejection().orElseThrow();
        assertEquals("input.addresseeNumber.notDigits", rejection.messageKey());
        assertEquals(List.of("3", "「A」"), rejection.arguments());
        assertEquals("団体内統合宛名番号は数字で入力してください。3文字目の「A」は使えません。", rejection.message());
        assertEquals(InputError.ADDRESSEE_NUMBER_NOT_DIGITS,
                r.map(String::length).rejection().orElseThrow().error());
    }

    @Test
    void orElseThrowOnARejectionNamesTheReasonButNotTheInput() {
        ParseResult<String> r = ParseResult.rejected(InputError.KANA_NAME_INVALID_CHARACTER, "1", "「山」");
        IllegalStateException e = assertThrows(IllegalStateException.class, r::orElseThrow);
        assertTrue(e.getMessage().contains("input.kanaName.invalidCharacter"));
        assertFalse(e.getMessage().contains("山"));
    }
}
