package jp.mamori.db.text;

import java.time.LocalDate;

/**
 * 和暦 display of a date: {@code 昭和50年4月1日} (long, with 元年 for year 1) and {@code S50.4.1}
 * (short). Both forms are accepted back by {@link BirthDates#parse}.
 */
public final class Wareki {

    private Wareki() {
    }

    /**
     * The long form, e.g. {@code 昭和50年4月1日}, {@code 平成元年1月8日}.
     *
     * @throws IllegalArgumentException if the date is before 明治 (see {@link Era})
     */
    public static String format(LocalDate date) {
        Era era = eraOf(date);
        int year = eraYear(era, date);
        return era.kanji() + (year == 1 ? "元" : String.valueOf(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * The short form, e.g. {@code S50.4.1}, {@code H1.1.8}.
     *
     * @throws IllegalArgumentException if the date is before 明治
     */
    public static String formatShort(LocalDate date) {
        Era era = eraOf(date);
        return era.letter() + String.valueOf(eraYear(era, date)) + "."
                + date.getMonthValue() + "." + date.getDayOfMonth();
    }

    /** The year within its era: 1 for 元年. */
    static int eraYear(Era era, LocalDate date) {
        return date.getYear() - era.firstYear() + 1;
    }

    private static Era eraOf(LocalDate date) {
        return Era.of(date).orElseThrow(() -> new IllegalArgumentException(
                "a date before " + Era.MEIJI.firstDay() + " has no era"));
    }
}
