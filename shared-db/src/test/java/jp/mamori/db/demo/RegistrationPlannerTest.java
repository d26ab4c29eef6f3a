package jp.mamori.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final List<String> HOLDERS = List.of("AA", "BB", "CC", "DD", "EE", "FF");

    @Test
    void personsGetOneToThreeDistinctSectionsWithTheRequestedMean() {
        RegistrationPlanner planner = new RegistrationPlanner(42, HOLDERS, 1.6, 0.10, TODAY);
        long sectionsTotal = 0;
        long rows = 0;
        long released = 0;
        long earlier = 0;
        int persons = 50_000;
        for (long index = 0; index < persons; index++) {
            List<PlannedRegistration> plan = planner.plan(index);
            Set<String> sections = new HashSet<>();
            Set<String> active = new HashSet<>();
            for (PlannedRegistration row : plan) {
                sections.add(row.sectionCode());
                assertTrue(HOLDERS.contains(row.sectionCode()));
                assertTrue(!row.inputDate().isBefore(TODAY.minusYears(6)) && !row.inputDate().isAfter(TODAY));
                if (row.active()) {
                    assertTrue(active.add(row.sectionCode()), "two active rows in one section");
                } else {
                    assertTrue(row.releaseDate().isAfter(row.inputDate()) && !row.releaseDate().isAfter(TODAY));
                    released++;
                }
            }
            assertTrue(sections.size() >= 1 && sections.size() <= 3, plan.toString());
            sectionsTotal += sections.size();
            rows += plan.size();
            earlier += plan.size() - sections.size();
        }
        double mean = (double) sectionsTotal / persons;
        assertTrue(Math.abs(mean - 1.6) < 0.02, "mean sections per person " + mean);
        double releasedShare = (double) (released - earlier) / (rows - earlier);
        assertTrue(Math.abs(releasedShare - 0.10) < 0.01, "released share " + releasedShare);
        assertTrue(earlier > 0, "some sections must show an earlier, released registration");
    }

    @Test
    void planIsAFunctionOfSeedAndIndex() {
        RegistrationPlanner a = new RegistrationPlanner(42, HOLDERS, 2.0, 0.10, TODAY);
        RegistrationPlanner b = new RegistrationPlanner(42, HOLDERS, 2.0, 0.10, TODAY);
        assertEquals(a.plan(999), b.plan(999));
        RegistrationPlanner c = new RegistrationPlanner(43, HOLDERS, 2.0, 0.10, TODAY);
        long differing = 0;
        for (long i = 0; i < 100; i++) {
            differing += a.plan(i).equals(c.plan(i)) ? 0 : 1;
        }
        assertTrue(differing > 90);
    }

    @Test
    void extremesAndBadArguments() {
        RegistrationPlanner one = new RegistrationPlanner(1, HOLDERS, 1.0, 0.0, TODAY);
        RegistrationPlanner three = new RegistrationPlanner(1, List.of("AA", "BB"), 3.0, 1.0, TODAY);
        for (long i = 0; i < 1_000; i++) {
            assertEquals(1, one.plan(i).stream().map(PlannedRegistration::sectionCode).distinct().count());
            assertEquals(2, three.plan(i).stream().map(PlannedRegistration::sectionCode).distinct().count());
        }
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPlanner(1, List.of(), 1.5, 0.1, TODAY));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPlanner(1, HOLDERS, 3.5, 0.1, TODAY));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPlanner(1, HOLDERS, 1.5, -0.1, TODAY));
        assertThrows(IllegalArgumentException.class,
                () -> new PlannedRegistration("AA", TODAY, TODAY, "APPLICATION"));
    }
}
