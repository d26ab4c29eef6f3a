package jp.mamori.db.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * 元号: the eras a living person's 生年月日 can be written in, with their exact first and last days
 * in the Gregorian calendar.
 *
 * <p>明治 is taken to begin on 1868-01-25, the Gregorian date of 慶応4年1月1日, from which the
 * 改元の詔 (1868-10-23) applied 明治 retroactively. Dates of 明治1–5年 are read as Gregorian dates,
 * which the Japanese calendar only became on 明治6年1月1日; for the birth date of a living person
 * this never matters, and it keeps every accepted date expressible in both calendars.
 */
public enum Era {
    /** 明治 */
    MEIJI("明治", 'M', LocalDate.of(1868, 1, 25), LocalDate.of(1912, 7, 29)),
    /** 大正 */
    TAISHO("大正", 'T', LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
    /** 昭和 */
    SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
    /** 平成 */
    HEISEI("平成", 'H', LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
    /** 令和 (open-ended) */
    REIWA("令和", 'R', LocalDate.of(2019, 5, 1), null);

    private final String kanji;
    private final char letter;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    Era(String kanji, char letter, LocalDate firstDay, LocalDate lastDay) {
        this.kanji = kanji;
        this.letter = letter;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** The era name, e.g. 昭和. */
    public String kanji() {
        return kanji;
    }

    /** The initial used in short forms, e.g. S. */
    public char letter() {
        return letter;
    }

    /** The first day of the era. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day of the era; empty for the current era. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(lastDay);
    }

    /** The Gregorian year in which era year 1 (元年) falls. */
    public int firstYear() {
        return firstDay.getYear();
    }

    /** True if the date lies within this era, boundaries included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && (lastDay == null || !date.isAfter(lastDay));
    }

    /** The era of a date; empty before 明治. */
    public static Optional<Era> of(LocalDate date) {
        for (Era era : values()) {
            if (era.contains(date)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    /** The era for an initial (M, T, S, H, R; either case). */
    public static Optional<Era> byLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (Era era : values()) {
            if (era.letter == upper) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    /** The era for its name (明治, 大正, 昭和, 平成, 令和). */
    public static Optional<Era> byKanji(String kanji) {
        for (Era era : values()) {
            if (era.kanji.equals(kanji)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
