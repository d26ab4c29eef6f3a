package jp.mamori.db.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Deterministic generator of plainly fictional 対象者. Person {@code i} depends only on the seed
 * and {@code i}, so any range can be generated again, in any order, with the same result.
 *
 * <p>Every surname contains one of the words in {@link #FICTIONAL_WORDS} (見本, 試験, 架空 …);
 * some surnames and given names come in two spellings that differ only by an itaiji
 * (高/髙, 崎/﨑, 斎/齋, 浜/濱, 辺/邊, 吉/𠮷, 沢/澤, 桜/櫻) with the same reading, so that name search
 * folding is exercised. The 団体内統合宛名番号 is {@code 9} followed by the zero-padded index
 * (15 digits), which no real numbering produces in this order.
 */
public final class SyntheticPersons {

    /** Length of every generated 団体内統合宛名番号. */
    public static final int ADDRESSEE_NUMBER_LENGTH = 15;

    /** Largest index that fits behind the leading 9. */
    public static final long MAX_INDEX = 99_999_999_999_999L;

    /** Earliest 生年月日 generated. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);

    /** Latest 生年月日 generated. */
    public static final LocalDate LATEST_BIRTH = LocalDate.of(2024, 12, 31);

    /** Words of which every generated surname contains one; none is a real person's name. */
    public static final List<String> FICTIONAL_WORDS =
            List.of("見本", "試験", "架空", "仮野", "例田", "模擬", "検証", "練習", "標本", "想定");

    /** A name part and its reading in full-width katakana. */
    public record NamePart(String kanji, String kana) {
        public NamePart {
            Objects.requireNonNull(kanji, "kanji");
            Objects.requireNonNull(kana, "kana");
        }
    }

    /** Surnames: plain, compound and itaiji pairs (the pairs share their reading). */
    public static final List<NamePart> SURNAMES = List.of(
            part("見本", "ミホン"), part("試験", "シケン"), part("架空", "カクウ"),
            part("仮野", "カリノ"), part("例田", "レイダ"), part("模擬", "モギ"),
            part("検証", "ケンショウ"), part("練習", "レンシュウ"), part("標本", "ヒョウホン"),
            part("想定", "ソウテイ"),
            part("見本山", "ミホンヤマ"), part("試験川", "シケンガワ"), part("架空田", "カクウダ"),
            part("仮野原", "カリノハラ"), part("例田村", "レイダムラ"), part("模擬谷", "モギタニ"),
            part("検証島", "ケンショウジマ"), part("練習坂", "レンシュウザカ"),
            part("標本森", "ヒョウホンモリ"), part("想定沢", "ソウテイザワ"),
            part("高見本", "タカミホン"), part("髙見本", "タカミホン"),
            part("崎試験", "サキシケン"), part("﨑試験", "サキシケン"),
            part("斎藤架空", "サイトウカクウ"), part("齋藤架空", "サイトウカクウ"),
            part("浜模擬", "ハマモギ"), part("濱模擬", "ハマモギ"),
            part("渡辺例田", "ワタナベレイダ"), part("渡邊例田", "ワタナベレイダ"),
            part("吉仮野", "ヨシカリノ"), part("\uD842\uDFB7仮野", "ヨシカリノ"),
            part("沢検証", "サワケンショウ"), part("澤検証", "サワケンショウ"));

    /** Given names used for sex M. */
    public static final List<NamePart> MALE_GIVEN_NAMES = List.of(
            part("太郎", "タロウ"), part("一郎", "イチロウ"), part("次郎", "ジロウ"),
            part("三郎", "サブロウ"), part("四郎", "シロウ"), part("五郎", "ゴロウ"));

    /** Given names used for sex F; 桜子 and 櫻子 are an itaiji pair. */
    public static final List<NamePart> FEMALE_GIVEN_NAMES = List.of(
            part("花子", "ハナコ"), part("桜子", "サクラコ"), part("櫻子", "サクラコ"),
            part("梅子", "ウメコ"), part("春子", "ハルコ"), part("夏子", "ナツコ"),
            part("秋子", "アキコ"), part("冬子", "フユコ"));

    /** Given names used for sex U (不明・その他). */
    public static final List<NamePart> NEUTRAL_GIVEN_NAMES = List.of(
            part("光", "ヒカル"), part("薫", "カオル"), part("渚", "ナギサ"));

    /** Separator between surname and given name, in kanji and kana alike. */
    public static final String NAME_SEPARATOR = "\u3000";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FIRST_BIRTH_DAY = EARLIEST_BIRTH.toEpochDay();
    private static final long BIRTH_DAY_SPAN = LATEST_BIRTH.toEpochDay() - FIRST_BIRTH_DAY + 1;

    private final long seed;

    /** A generator whose output is fixed by {@code seed}. */
    public SyntheticPersons(long seed) {
        this.seed = seed;
    }

    /** The seed this generator was built with. */
    public long seed() {
        return seed;
    }

    /** The person with the given index ({@code 0 <= index <= MAX_INDEX}). */
    public SyntheticPerson person(long index) {
        SplittableRandom random = randomFor(index);
        String sex = sex(random.nextInt(100));
        NamePart surname = pick(random, SURNAMES);
        NamePart given = pick(random, givenNames(sex));
        LocalDate birth = LocalDate.ofEpochDay(FIRST_BIRTH_DAY + random.nextLong(BIRTH_DAY_SPAN));
        return new SyntheticPerson(addresseeNumber(index),
                surname.kanji() + NAME_SEPARATOR + given.kanji(),
                surname.kana() + NAME_SEPARATOR + given.kana(), sex, birth);
    }

    /** Persons {@code firstIndex} to {@code firstIndex + count - 1}, lazily. */
    public Stream<SyntheticPerson> stream(long firstIndex, long count) {
        checkRange(firstIndex, count);
        return LongStream.range(firstIndex, firstIndex + count).mapToObj(this::person);
    }

    /** Persons {@code firstIndex} to {@code firstIndex + count - 1} in a list. */
    public List<SyntheticPerson> generate(long firstIndex, int count) {
        checkRange(firstIndex, count);
        List<SyntheticPerson> persons = new ArrayList<>(count);
        for (long i = firstIndex; i < firstIndex + count; i++) {
            persons.add(person(i));
        }
        return persons;
    }

    /** The given names used for a sex code. */
    public static List<NamePart> givenNames(String sex) {
        return switch (sex) {
            case "M" -> MALE_GIVEN_NAMES;
            case "F" -> FEMALE_GIVEN_NAMES;
            case "U" -> NEUTRAL_GIVEN_NAMES;
            default -> throw new IllegalArgumentException("sex must be M, F or U: " + sex);
        };
    }

    /** {@code 9} followed by the index, zero-padded to 15 digits in all. */
    public static String addresseeNumber(long index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
        return String.format("9%014d", index);
    }

    /** The index of a generated 団体内統合宛名番号, or empty if it is not one. */
    public static OptionalLong indexOf(String addresseeNumber) {
        if (addresseeNumber == null || addresseeNumber.length() != ADDRESSEE_NUMBER_LENGTH
                || addresseeNumber.charAt(0) != '9' || !addresseeNumber.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(addresseeNumber.substring(1)));
    }

    private SplittableRandom randomFor(long index) {
        return new SplittableRandom(seed * GOLDEN_GAMMA + index);
    }

    private static String sex(int percentile) {
        if (percentile < 55) {
            return "F";
        }
        return percentile < 98 ? "M" : "U";
    }

    private static NamePart pick(SplittableRandom random, List<NamePart> parts) {
        return parts.get(random.nextInt(parts.size()));
    }

    private static void checkRange(long firstIndex, long count) {
        if (count < 0 || firstIndex < 0 || firstIndex + count - 1 > MAX_INDEX) {
            throw new IllegalArgumentException("index range out of bounds: " + firstIndex + " + " + count);
        }
    }

    private static NamePart part(String kanji, String kana) {
        return new NamePart(kanji, kana);
    }
}
