package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WarekiTest {

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of("1868-01-25", "明治元年1月25日", "M1.1.25"),
                Arguments.of("1912-07-29", "明治45年7月29日", "M45.7.29"),
                Arguments.of("1912-07-30", "大正元年7月30日", "T1.7.30"),
                Arguments.of("1926-12-24", "大正15年12月24日", "T15.12.24"),
                Arguments.of("1926-12-25", "昭和元年12月25日", "S1.12.25"),
                Arguments.of("1975-04-01", "昭和50年4月1日", "S50.4.1"),
                Arguments.of("1989-01-07", "昭和64年1月7日", "S64.1.7"),
                Arguments.of("1989-01-08", "平成元年1月8日", "H1.1.8"),
                Arguments.of("2019-04-30", "平成31年4月30日", "H31.4.30"),
                Arguments.of("2019-05-01", "令和元年5月1日", "R1.5.1"),
                Arguments.of("2024-05-01", "令和6年5月1日", "R6.5.1"));
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void formatsLongAndShort(String iso, String longForm, String shortForm) {
        LocalDate date = LocalDate.parse(iso);
        assertEquals(longForm, Wareki.format(date));
        assertEquals(shortForm, Wareki.formatShort(date));
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void bothFormsParseBack(String iso, String longForm, String shortForm) {
        LocalDate date = LocalDate.parse(iso);
        assertEquals(date, BirthDates.parse(longForm, BirthDatesTest.CLOCK).orElseThrow());
        assertEquals(date, BirthDates.parse(shortForm, BirthDatesTest.CLOCK).orElseThrow());
    }

    @Test
    void beforeMeijiHasNoEra() {
        assertThrows(IllegalArgumentException.class, () -> Wareki.format(LocalDate.of(1868, 1, 24)));
        assertThrows(IllegalArgumentException.class, () -> Wareki.formatShort(LocalDate.of(1700, 1, 1)));
    }

    @Test
    void erasAreContiguousAndOrdered() {
        Era[] eras = Era.values();
        for (int i = 1; i < eras.length; i++) {
            assertEquals(eras[i - 1].lastDay().orElseThrow().plusDays(1), eras[i].firstDay(), eras[i].toString());
        }
        assertTrue(Era.REIWA.lastDay().isEmpty());
        assertEquals(Era.SHOWA, Era.byLetter('s').orElseThrow());
        assertEquals(Era.HEISEI, Era.byKanji("平成").orElseThrow());
        assertTrue(Era.byLetter('X').isEmpty());
        assertTrue(Era.of(LocalDate.of(1868, 1, 24)).isEmpty());
    }

    @Test
    void agreesWithTheJdkJapaneseChronologyFromMeiji6() {
        // The JDK's chronology is exact from 明治6年 (1873-01-01) on; it must agree with ours.
        java.time.format.DateTimeFormatter jdk = java.time.format.DateTimeFormatter.ofPattern("GGGGy年M月d日", java.util.Locale.JAPAN)
                .withChronology(java.time.chrono.JapaneseChronology.INSTANCE);
        for (LocalDate d = LocalDate.of(1873, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(13)) {
            assertEquals(jdk.format(d).replace("元年", "1年"), Wareki.format(d).replace("元年", "1年"), d.toString());
        }
    }
}
