package jp.mamori.db.text;

import static jp.mamori.db.text.Results.assertAccepted;
import static jp.mamori.db.text.Results.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BirthDatesTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2025-06-01 09:00 in Tokyo. */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2025, 6, 1, 9, 0, 0, 0, TOKYO).toInstant(), TOKYO);

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("S50.4.1", "1975-04-01"),
                Arguments.of("s50.4.1", "1975-04-01"),
                Arguments.of("Ｓ５０．４．１", "1975-04-01"),
                Arguments.of("ｓ５０／４／１", "1975-04-01"),
                Arguments.of("S50-04-01", "1975-04-01"),
                Arguments.of("S50ー4ー1", "1975-04-01"),
                Arguments.of(" S 50 . 4 . 1 ", "1975-04-01"),
                Arguments.of("昭和50年4月1日", "1975-04-01"),
                Arguments.of("昭和５０年４月１日", "1975-04-01"),
                Arguments.of("昭和50年4月1", "1975-04-01"),
                Arguments.of("昭和 50年 4月 1日", "1975-04-01"),
                Arguments.of("\u337C50年4月1日", "1975-04-01"),    // ㍼ squared era name
                Arguments.of("S50年4月1日", "1975-04-01"),
                Arguments.of("H1.1.8", "1989-01-08"),
                Arguments.of("平成元年1月8日", "1989-01-08"),
                Arguments.of("H元.1.8", "1989-01-08"),
                Arguments.of("H31.4.30", "2019-04-30"),
                Arguments.of("R1.5.1", "2019-05-01"),
                Arguments.of("令和元年5月1日", "2019-05-01"),
                Arguments.of("R6.5.1", "2024-05-01"),
                Arguments.of("令和6年5月1日", "2024-05-01"),
                Arguments.of("\u32FF6年5月1日", "2024-05-01"),     // ㋿
                Arguments.of("R7.6.1", "2025-06-01"),              // today
                Arguments.of("T15.12.24", "1926-12-24"),
                Arguments.of("T1.7.30", "1912-07-30"),
                Arguments.of("S1.12.25", "1926-12-25"),
                Arguments.of("S64.1.7", "1989-01-07"),
                Arguments.of("M45.7.29", "1912-07-29"),
                Arguments.of("明治元年1月25日", "1868-01-25"),
                Arguments.of("1975-04-01", "1975-04-01"),
                Arguments.of("1975/4/1", "1975-04-01"),
                Arguments.of("1975.4.1", "1975-04-01"),
                Arguments.of("19750401", "1975-04-01"),
                Arguments.of("１９７５０４０１", "1975-04-01"),
                Arguments.of("1975年4月1日", "1975-04-01"),
                Arguments.of("１９７５年４月１日", "1975-04-01"),
                Arguments.of("2000-02-29", "2000-02-29"),
                Arguments.of("1868-01-25", "1868-01-25"));
    }

    @ParameterizedTest
    @MethodSource
    void accepted(String input, String expected) {
        assertAccepted(LocalDate.parse(expected), BirthDates.parse(input, CLOCK));
    }

    static Stream<Arguments> outsideEra() {
        return Stream.of(
                Arguments.of("H31.5.1", "平成31年5月1日", "平成",
                        "1989年1月8日（平成元年1月8日）から2019年4月30日（平成31年4月30日）まで"),
                Arguments.of("S64.1.8", "昭和64年1月8日", "昭和",
                        "1926年12月25日（昭和元年12月25日）から1989年1月7日（昭和64年1月7日）まで"),
                Arguments.of("H1.1.7", "平成1年1月7日", "平成",
                        "1989年1月8日（平成元年1月8日）から2019年4月30日（平成31年4月30日）まで"),
                Arguments.of("平成元年1月7日", "平成元年1月7日", "平成",
                        "1989年1月8日（平成元年1月8日）から2019年4月30日（平成31年4月30日）まで"),
                Arguments.of("R1.4.30", "令和1年4月30日", "令和", "2019年5月1日（令和元年5月1日）から"),
                Arguments.of("T15.12.25", "大正15年12月25日", "大正",
                        "1912年7月30日（大正元年7月30日）から1926年12月24日（大正15年12月24日）まで"),
                Arguments.of("T1.7.29", "大正1年7月29日", "大正",
                        "1912年7月30日（大正元年7月30日）から1926年12月24日（大正15年12月24日）まで"),
                Arguments.of("M45.7.30", "明治45年7月30日", "明治",
                        "1868年1月25日（明治元年1月25日）から1912年7月29日（明治45年7月29日）まで"),
                Arguments.of("M1.1.24", "明治1年1月24日", "明治",
                        "1868年1月25日（明治元年1月25日）から1912年7月29日（明治45年7月29日）まで"),
                Arguments.of("S99.1.1", "昭和99年1月1日", "昭和",
                        "1926年12月25日（昭和元年12月25日）から1989年1月7日（昭和64年1月7日）まで"));
    }

    @ParameterizedTest
    @MethodSource
    void outsideEra(String input, String typed, String era, String range) {
        assertRejected(InputError.BIRTH_DATE_OUTSIDE_ERA, List.of(typed, era, range), BirthDates.parse(input, CLOCK));
    }

    @Test
    void outsideEraMessageNamesTheValidRange() {
        String message = BirthDates.parse("H31.5.1", CLOCK).rejection().orElseThrow().message();
        assertEquals("平成31年5月1日は平成の期間外です。平成は1989年1月8日（平成元年1月8日）から"
                + "2019年4月30日（平成31年4月30日）までです。", message);
    }

    static Stream<Arguments> noSuchDate() {
        return Stream.of(
                Arguments.of("1975-02-30", "1975年2月30日"),
                Arguments.of("19750230", "1975年2月30日"),
                Arguments.of("2001-02-29", "2001年2月29日"),
                Arguments.of("1975/13/1", "1975年13月1日"),
                Arguments.of("1975/0/1", "1975年0月1日"),
                Arguments.of("1975/4/31", "1975年4月31日"),
                Arguments.of("1975/4/0", "1975年4月0日"),
                Arguments.of("S50.2.30", "昭和50年2月30日"),
                Arguments.of("S0.4.1", "昭和0年4月1日"),
                Arguments.of("平成元年2月29日", "平成元年2月29日"));
    }

    @ParameterizedTest
    @MethodSource
    void noSuchDate(String input, String typed) {
        assertRejected(InputError.BIRTH_DATE_NO_SUCH_DATE, List.of(typed), BirthDates.parse(input, CLOCK));
    }

    @Test
    void futureRelativeToTheClock() {
        assertRejected(InputError.BIRTH_DATE_IN_FUTURE, List.of("2025年6月2日", "2025年6月1日"),
                BirthDates.parse("2025-06-02", CLOCK));
        assertRejected(InputError.BIRTH_DATE_IN_FUTURE, List.of("令和7年6月2日", "2025年6月1日"),
                BirthDates.parse("R7.6.2", CLOCK));
        assertRejected(InputError.BIRTH_DATE_IN_FUTURE, BirthDates.parse("R99.1.1", CLOCK));
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(1));
        assertAccepted(LocalDate.of(2025, 6, 2), BirthDates.parse("2025-06-02", later));
    }

    @Test
    void todayIsTakenInTheClocksZone() {
        // 2025-06-01 23:30 UTC is already 2025-06-02 in Tokyo.
        Clock utcEvening = Clock.fixed(ZonedDateTime.of(2025, 6, 1, 23, 30, 0, 0, ZoneId.of("UTC")).toInstant(), TOKYO);
        assertAccepted(LocalDate.of(2025, 6, 2), BirthDates.parse("2025-06-02", utcEvening));
    }

    @Test
    void beforeMeijiIsRefused() {
        assertRejected(InputError.BIRTH_DATE_BEFORE_MEIJI, List.of("1868年1月24日", "1868年1月25日"),
                BirthDates.parse("1868-01-24", CLOCK));
        assertRejected(InputError.BIRTH_DATE_BEFORE_MEIJI, List.of("1800年1月1日", "1868年1月25日"),
                BirthDates.parse("18000101", CLOCK));
        assertRejected(InputError.BIRTH_DATE_BEFORE_MEIJI, BirthDates.parse("0000-01-01", CLOCK));
    }

    static Stream<String> badFormat() {
        return Stream.of("S50", "S50.4", "S50.4.1.2", "X50.4.1", "S50.4/1", "1975-4/1", "1975年4/1",
                "75/4/1", "1975 4 1", "197541", "1975041", "昭和50年4月1日生", "S500401", "S１０００.1.1",
                "1975-04-01T00:00", "2025-06-01'; DROP TABLE x; --", "S50.4.1\u0000", "٢٠٢٠-٠١-٠١",
                "1".repeat(65), "S50.4.1" + " ".repeat(80), "大化1.1.1", "昭50.4.1");
    }

    @ParameterizedTest
    @MethodSource
    void badFormat(String input) {
        assertRejected(InputError.BIRTH_DATE_FORMAT, List.of(), BirthDates.parse(input, CLOCK));
    }

    @Test
    void emptyInputs() {
        for (String input : new String[] {null, "", "   ", "\u3000"}) {
            assertRejected(InputError.BIRTH_DATE_EMPTY, BirthDates.parse(input, CLOCK));
        }
    }

    static Stream<Arguments> display() {
        return Stream.of(
                Arguments.of("1975-04-01", "1975-04-01（昭和50年4月1日）"),
                Arguments.of("1989-01-08", "1989-01-08（平成元年1月8日）"),
                Arguments.of("1989-01-07", "1989-01-07（昭和64年1月7日）"),
                Arguments.of("2019-05-01", "2019-05-01（令和元年5月1日）"),
                Arguments.of("1912-07-30", "1912-07-30（大正元年7月30日）"),
                Arguments.of("1868-01-25", "1868-01-25（明治元年1月25日）"),
                Arguments.of("1868-01-24", "1868-01-24"));
    }

    @ParameterizedTest
    @MethodSource
    void display(String date, String expected) {
        assertEquals(expected, BirthDates.display(LocalDate.parse(date)));
    }
}
