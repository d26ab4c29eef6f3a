package jp.mamori.db.text;

import static jp.mamori.db.text.Results.assertAccepted;
import static jp.mamori.db.text.Results.assertRejected;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AddresseeNumberTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("123456789012345", "123456789012345"),
                Arguments.of("１２３４５", "12345"),
                Arguments.of("12３45", "12345"),
                Arguments.of("  00042  ", "00042"),
                Arguments.of("\u3000\u3000987\u3000", "987"),
                Arguments.of("\t555\r\n", "555"),
                Arguments.of("0", "0"),
                Arguments.of("０００１", "0001"));
    }

    @ParameterizedTest
    @MethodSource
    void accepted(String input, String expected) {
        assertAccepted(expected, AddresseeNumber.parse(input));
    }

    static Stream<Arguments> notDigits() {
        return Stream.of(
                Arguments.of("12a45", "3", "「a」"),
                Arguments.of("  12-34", "5", "「-」"),
                Arguments.of("12 34", "3", "空白・改行文字（U+0020）"),
                Arguments.of("12\u300034", "3", "空白・改行文字（U+3000）"),
                Arguments.of("1\u00002", "2", "制御文字（U+0000）"),
                Arguments.of("١٢٣", "1", "「١」"),          // Arabic-Indic digits are not accepted
                Arguments.of("一二三", "1", "「一」"),
                Arguments.of("12Ａ", "3", "「Ａ」"),
                Arguments.of("1\uD800", "2", "不正な文字（U+D800）"),
                Arguments.of("1𠮷", "2", "「𠮷」"),
                Arguments.of("'; DROP TABLE x; --", "1", "「'」"));
    }

    @ParameterizedTest
    @MethodSource
    void notDigits(String input, String position, String shown) {
        assertRejected(InputError.ADDRESSEE_NUMBER_NOT_DIGITS, List.of(position, shown), AddresseeNumber.parse(input));
    }

    @Test
    void emptyInputs() {
        for (String input : new String[] {null, "", "   ", "\u3000\u3000", "\t\n"}) {
            assertRejected(InputError.ADDRESSEE_NUMBER_EMPTY, AddresseeNumber.parse(input));
        }
    }

    @Test
    void tooLongAgainstDefaultAndGivenLimit() {
        assertRejected(InputError.ADDRESSEE_NUMBER_TOO_LONG, List.of("16", "15"),
                AddresseeNumber.parse("1234567890123456"));
        assertRejected(InputError.ADDRESSEE_NUMBER_TOO_LONG, List.of("5", "4"),
                AddresseeNumber.parse("１２３４５", 4));
        assertAccepted("1234", AddresseeNumber.parse("1234", 4));
        assertAccepted("12345678901234567890123456789012",
                AddresseeNumber.parse("12345678901234567890123456789012", AddresseeNumber.ABSOLUTE_MAX_LENGTH));
        assertRejected(InputError.ADDRESSEE_NUMBER_TOO_LONG, List.of("10000", "15"),
                AddresseeNumber.parse("1".repeat(10_000)));
    }

    @Test
    void aNonDigitIsReportedBeforeLength() {
        assertRejected(InputError.ADDRESSEE_NUMBER_NOT_DIGITS, List.of("20", "「x」"),
                AddresseeNumber.parse("1".repeat(19) + "x"));
    }

    @Test
    void maxLengthOutsideTheColumnIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> AddresseeNumber.parse("1", 0));
        assertThrows(IllegalArgumentException.class, () -> AddresseeNumber.parse("1", 33));
    }
}
