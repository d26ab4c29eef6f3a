package jp.mamori.db.text;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 生年月日 (date of birth): the input rule and the display form.
 *
 * <p>Accepted, in half-width or full-width characters:
 * <ul>
 *   <li>和暦 with an initial or the era name: {@code S50.4.1}, {@code s50/4/1}, {@code Ｓ５０．４．１},
 *       {@code 昭和50年4月1日}, {@code 平成元年1月8日}, {@code H1-1-8}, {@code ㍼50年4月1日};</li>
 *   <li>西暦: {@code 1975-04-01}, {@code 1975/4/1}, {@code 1975.4.1}, {@code 1975年4月1日},
 *       {@code 19750401}.</li>
 * </ul>
 * The separators {@code . / -} must be the same twice; {@code 年 月 日} go together (日 optional).
 * A date must exist in the calendar, lie within the era it is written in (boundaries as in
 * {@link Era}: {@code H31.5.1}, {@code S64.1.8} and {@code H1.1.7} are refused), not be before
 * 明治 (1868-01-25) and not be after today according to the given clock.
 */
public final class BirthDates {

    /** The earliest date accepted: the first day of 明治. */
    public static final LocalDate EARLIEST = Era.MEIJI.firstDay();

    /** Longer input cannot be a date; refused before any further work. */
    private static final int MAX_INPUT_LENGTH = 64;

    private static final String TAIL = "\\s*(?:(?<sep>[./-])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<d>\\d{1,2})"
            + "|年\\s*(?<mk>\\d{1,2})\\s*月\\s*(?<dk>\\d{1,2})\\s*日?)";
    private static final Pattern JAPANESE = Pattern.compile(
            "(?<era>[MTSHRmtshr]|明治|大正|昭和|平成|令和)\\s*(?<y>元|\\d{1,3})" + TAIL);
    private static final Pattern GREGORIAN = Pattern.compile("(?<y>\\d{4})" + TAIL);
    private static final Pattern GREGORIAN_COMPACT = Pattern.compile("(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})");
    /** Dashes people type between numbers; NFKC leaves these alone. */
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC]");

    private BirthDates() {
    }

    /**
     * Parses a date of birth.
     *
     * @param input what was typed; may be null
     * @param clock the clock that says what "today" is (use the municipality's zone, Asia/Tokyo)
     * @return the date, or the reason it was refused
     */
    public static ParseResult<LocalDate> parse(String input, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (input == null || input.isBlank()) {
            return ParseResult.rejected(InputError.BIRTH_DATE_EMPTY);
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            return ParseResult.rejected(InputError.BIRTH_DATE_FORMAT);
        }
        String text = DASHES.matcher(Normalizer.normalize(input, Normalizer.Form.NFKC)).replaceAll("-").strip();
        if (text.isEmpty()) {
            return ParseResult.rejected(InputError.BIRTH_DATE_EMPTY);
        }
        Matcher m = JAPANESE.matcher(text);
        if (m.matches()) {
            return japanese(m, clock);
        }
        m = GREGORIAN.matcher(text);
        if (!m.matches()) {
            m = GREGORIAN_COMPACT.matcher(text);
            if (!m.matches()) {
                return ParseResult.rejected(InputError.BIRTH_DATE_FORMAT);
            }
        }
        int year = Integer.parseInt(m.group("y"));
        int month = Integer.parseInt(group(m, "m", "mk"));
        int day = Integer.parseInt(group(m, "d", "dk"));
        String typed = year + "年" + month + "月" + day + "日";
        Optional<LocalDate> date = dateOf(year, month, day);
        if (date.isEmpty()) {
            return ParseResult.rejected(InputError.BIRTH_DATE_NO_SUCH_DATE, typed);
        }
        if (date.get().isBefore(EARLIEST)) {
            return ParseResult.rejected(InputError.BIRTH_DATE_BEFORE_MEIJI, typed, gregorian(EARLIEST));
        }
        return notInFuture(date.get(), typed, clock);
    }

    /**
     * Both calendars for display, e.g. {@code 1975-04-01（昭和50年4月1日）}; a date before 明治 (which
     * the parser never accepts) shows the ISO form only.
     */
    public static String display(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (Era.of(date).isEmpty()) {
            return date.toString();
        }
        return date + "（" + Wareki.format(date) + "）";
    }

    private static ParseResult<LocalDate> japanese(Matcher m, Clock clock) {
        String eraText = m.group("era");
        Era era = (eraText.length() == 1 ? Era.byLetter(eraText.charAt(0)) : Era.byKanji(eraText))
                .orElseThrow(); // the pattern only matches known eras
        String yearText = m.group("y");
        int eraYear = "元".equals(yearText) ? 1 : Integer.parseInt(yearText);
        int month = Integer.parseInt(group(m, "m", "mk"));
        int day = Integer.parseInt(group(m, "d", "dk"));
        String typed = era.kanji() + ("元".equals(yearText) ? "元" : String.valueOf(eraYear)) + "年"
                + month + "月" + day + "日";
        Optional<LocalDate> date = eraYear < 1
                ? Optional.empty() : dateOf(era.firstYear() + eraYear - 1, month, day);
        if (date.isEmpty()) {
            return ParseResult.rejected(InputError.BIRTH_DATE_NO_SUCH_DATE, typed);
        }
        if (!era.contains(date.get())) {
            return ParseResult.rejected(InputError.BIRTH_DATE_OUTSIDE_ERA, typed, era.kanji(), range(era));
        }
        return notInFuture(date.get(), typed, clock);
    }

    private static ParseResult<LocalDate> notInFuture(LocalDate date, String typed, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            return ParseResult.rejected(InputError.BIRTH_DATE_IN_FUTURE, typed, gregorian(today));
        }
        return ParseResult.accepted(date);
    }

    private static Optional<LocalDate> dateOf(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** e.g. 1989年1月8日から2019年4月30日まで; 2019年5月1日から. */
    private static String range(Era era) {
        String from = gregorian(era.firstDay()) + "（" + Wareki.format(era.firstDay()) + "）から";
        return era.lastDay()
                .map(last -> from + gregorian(last) + "（" + Wareki.format(last) + "）まで")
                .orElse(from);
    }

    private static String gregorian(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String group(Matcher m, String separated, String kanji) {
        String value = m.group(separated);
        return value != null ? value : m.group(kanji);
    }
}
