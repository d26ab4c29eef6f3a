package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every parser, fed anything: no exception escapes, a rejection always has a reason whose message
 * can be built, and an accepted value parses again to itself.
 */
class InputParsersProperties {

    private static final Clock CLOCK = BirthDatesTest.CLOCK;

    @Provide
    Arbitrary<String> anything() {
        return HostileStrings.any();
    }

    @Property(tries = 500)
    void addresseeNumber(@ForAll("anything") String input) {
        ParseResult<String> result = checked(AddresseeNumber::parse, input);
        result.toOptional().ifPresent(v -> assertTrue(v.matches("[0-9]{1,15}"), v));
    }

    @Property(tries = 500)
    void kanaName(@ForAll("anything") String input) {
        ParseResult<String> result = checked(KanaName::parse, input);
        result.toOptional().ifPresent(v -> {
            assertTrue(v.length() <= KanaName.MAX_LENGTH);
            assertTrue(v.chars().allMatch(c -> (c >= 0x30A1 && c <= 0x30FC) || c == 0x3000), v);
            assertFalse(v.startsWith("\u3000") || v.endsWith("\u3000") || v.contains("\u3000\u3000"), v);
        });
    }

    @Property(tries = 500)
    void kanjiName(@ForAll("anything") String input) {
        ParseResult<String> result = checked(KanjiName::parse, input);
        result.toOptional().ifPresent(v -> {
            assertTrue(v.codePointCount(0, v.length()) <= KanjiName.MAX_LENGTH);
            assertTrue(v.length() <= 64, "fits NAME_KANJI VARCHAR(64)");
            assertTrue(v.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                    || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.PRIVATE_USE
                    || "<>\"';".indexOf(cp) >= 0), v);
            assertFalse(v.startsWith("\u3000") || v.endsWith("\u3000") || v.contains("\u3000\u3000"), v);
        });
    }

    @Property(tries = 500)
    void birthDate(@ForAll("anything") String input) {
        ParseResult<LocalDate> result = checked(s -> BirthDates.parse(s, CLOCK), input);
        result.toOptional().ifPresent(this::assertValidBirthDate);
    }

    @Provide
    Arbitrary<String> writtenDates() {
        Arbitrary<LocalDate> dates = Arbitraries.integers()
                .between(0, (int) (LocalDate.now(CLOCK).toEpochDay() - BirthDates.EARLIEST.toEpochDay()))
                .map(BirthDates.EARLIEST::plusDays);
        Arbitrary<Integer> style = Arbitraries.integers().between(0, 5);
        return Combinators.combine(dates, style).as((d, s) -> {
            switch (s) {
                case 0: return d.toString();
                case 1: return Wareki.format(d);
                case 2: return Wareki.formatShort(d);
                case 3: return java.text.Normalizer.normalize(Wareki.formatShort(d), java.text.Normalizer.Form.NFC)
                        .chars().mapToObj(c -> String.valueOf((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)))
                        .reduce("", String::concat);                     // full-width
                case 4: return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
                default: return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
        });
    }

    @Property(tries = 500)
    void everyValidDateWrittenAnyWayIsReadBack(@ForAll("writtenDates") String written) {
        ParseResult<LocalDate> result = BirthDates.parse(written, CLOCK);
        assertTrue(result.isAccepted(), () -> written + " → " + result.rejection().map(r -> r.message()).orElse(""));
        assertValidBirthDate(result.orElseThrow());
    }

    @Provide
    Arbitrary<String> kanaSpellings() {
        return Arbitraries.strings()
                .withCharRange('\u3041', '\u3093')
                .withCharRange('\u30A1', '\u30F3')
                .withCharRange('\uFF66', '\uFF9F')
                .withChars(" \u3000ー・")
                .ofMinLength(1).ofMaxLength(40);
    }

    @Property(tries = 500)
    void kanaNameKeysAgreeWithTheInput(@ForAll("kanaSpellings") String input) {
        ParseResult<String> result = checked(KanaName::parse, input);
        result.toOptional().ifPresent(v -> assertEquals(SearchKeys.kanaKey(input), SearchKeys.kanaKey(v)));
    }

    private void assertValidBirthDate(LocalDate date) {
        assertFalse(date.isBefore(BirthDates.EARLIEST));
        assertFalse(date.isAfter(LocalDate.now(CLOCK)));
        assertEquals(date, BirthDates.parse(date.toString(), CLOCK).orElseThrow());
        assertEquals(date, BirthDates.parse(Wareki.format(date), CLOCK).orElseThrow());
        assertEquals(date, BirthDates.parse(Wareki.formatShort(date), CLOCK).orElseThrow());
        assertNotNull(BirthDates.display(date));
    }

    /**
     * Runs a parser (any exception fails the property), checks a rejection's reason and message,
     * and checks an accepted value is a fixed point of the parser.
     */
    private static <T> ParseResult<T> checked(Function<String, ParseResult<T>> parser, String input) {
        ParseResult<T> result = parser.apply(input);
        assertNotNull(result);
        result.rejection().ifPresent(r -> {
            assertNotNull(r.error());
            assertEquals(r.error().argumentCount(), r.arguments().size());
            String message = r.message();
            assertFalse(message.isBlank());
            assertFalse(message.contains("\u0000"), "no raw NUL echoed into a message");
            assertTrue(message.length() < 300, "a message echoes at most one character of the input");
        });
        result.toOptional().filter(String.class::isInstance).ifPresent(v -> {
            ParseResult<T> again = parser.apply((String) v);
            assertEquals(v, again.orElseThrow(), "idempotent");
        });
        return result;
    }
}
