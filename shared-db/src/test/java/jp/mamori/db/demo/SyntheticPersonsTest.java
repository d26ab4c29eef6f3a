package jp.mamori.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticPersonsTest {

    private static final int MANY = 100_000;

    @Test
    void sameSeedGivesSamePersonsAndAnyRangeAgreesWithTheWhole() {
        List<SyntheticPerson> first = new SyntheticPersons(42).generate(0, 2_000);
        assertEquals(first, new SyntheticPersons(42).generate(0, 2_000));
        assertEquals(first.subList(500, 700), new SyntheticPersons(42).generate(500, 200));
        assertEquals(first.get(1_234), new SyntheticPersons(42).person(1_234));
        assertEquals(first.subList(0, 10), new SyntheticPersons(42).stream(0, 10).toList());

        List<SyntheticPerson> other = new SyntheticPersons(43).generate(0, 2_000);
        long differing = 0;
        for (int i = 0; i < first.size(); i++) {
            differing += first.get(i).equals(other.get(i)) ? 0 : 1;
        }
        assertTrue(differing > 1_900, "another seed must give other persons: " + differing);
    }

    @Test
    void namesComeOnlyFromTheFictionalListsWithMatchingReadings() {
        Map<String, SyntheticPersons.NamePart> surnames = SyntheticPersons.SURNAMES.stream()
                .collect(Collectors.toMap(SyntheticPersons.NamePart::kanji, Function.identity()));
        Set<String> surnamesSeen = new HashSet<>();
        for (SyntheticPerson person : new SyntheticPersons(7).generate(0, 20_000)) {
            String[] kanji = person.nameKanji().split(SyntheticPersons.NAME_SEPARATOR, -1);
            String[] kana = person.nameKana().split(SyntheticPersons.NAME_SEPARATOR, -1);
            assertEquals(2, kanji.length, person.nameKanji());
            assertEquals(2, kana.length, person.nameKana());
            SyntheticPersons.NamePart surname = surnames.get(kanji[0]);
            assertTrue(surname != null, "surname not from the list: " + kanji[0]);
            assertEquals(surname.kana(), kana[0]);
            assertTrue(SyntheticPersons.FICTIONAL_WORDS.stream().anyMatch(kanji[0]::contains), kanji[0]);
            assertTrue(SyntheticPersons.givenNames(person.sex()).contains(
                    new SyntheticPersons.NamePart(kanji[1], kana[1])), person.nameKanji());
            assertTrue(person.nameKana().chars().allMatch(c -> c == '\u3000' || (c >= 0x30A1 && c <= 0x30FC)),
                    person.nameKana());
            surnamesSeen.add(kanji[0]);
        }
        assertTrue(surnamesSeen.containsAll(List.of("髙見本", "﨑試験", "齋藤架空", "\uD842\uDFB7仮野",
                "高見本", "崎試験", "斎藤架空", "吉仮野")), "itaiji pairs must occur");
    }

    @Test
    void hundredThousandPersonsQuicklyWithUniqueFifteenDigitNumbersAndSpreadAttributes() {
        long started = System.nanoTime();
        List<SyntheticPerson> persons = new SyntheticPersons(42).generate(0, MANY);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(elapsed.toSeconds() < 10, "generation took " + elapsed);

        Set<String> numbers = new HashSet<>();
        Map<String, Long> bySex = persons.stream()
                .collect(Collectors.groupingBy(SyntheticPerson::sex, Collectors.counting()));
        for (SyntheticPerson person : persons) {
            assertTrue(person.addresseeNumber().matches("^9[0-9]{14}$"), person.addresseeNumber());
            assertTrue(numbers.add(person.addresseeNumber()), "duplicate " + person.addresseeNumber());
            assertTrue(!person.birthDate().isBefore(SyntheticPersons.EARLIEST_BIRTH)
                    && !person.birthDate().isAfter(SyntheticPersons.LATEST_BIRTH), person.birthDate().toString());
        }
        assertEquals(Set.of("M", "F", "U"), bySex.keySet());
        assertTrue(bySex.get("U") > 500 && bySex.get("F") > bySex.get("M"), bySex.toString());
        Set<Integer> years = persons.stream().map(p -> p.birthDate().getYear()).collect(Collectors.toSet());
        assertEquals(95, years.size(), "every year 1930-2024 should occur");
    }

    @Test
    void addresseeNumbersRoundTripAndRejectOutOfRange() {
        assertEquals("900000000000000", SyntheticPersons.addresseeNumber(0));
        assertEquals("999999999999999", SyntheticPersons.addresseeNumber(SyntheticPersons.MAX_INDEX));
        assertEquals(OptionalLong.of(123_456), SyntheticPersons.indexOf(SyntheticPersons.addresseeNumber(123_456)));
        assertEquals(OptionalLong.empty(), SyntheticPersons.indexOf("100000000000001"));
        assertEquals(OptionalLong.empty(), SyntheticPersons.indexOf("90000"));
        assertThrows(IllegalArgumentException.class, () -> SyntheticPersons.addresseeNumber(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new SyntheticPersons(1).generate(SyntheticPersons.MAX_INDEX, 2));
        assertNotEquals(new SyntheticPersons(1).person(0), new SyntheticPersons(1).person(1));
    }
}
