package jp.mamori.db.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Plans the synthetic registrations of one person, deterministically from the seed and the
 * person's index. Each person is registered by 1 to 3 distinct holding sections (the count is
 * 1 + Binomial(2, (average − 1) / 2), so its mean is the requested average); input dates fall in
 * the six years up to {@code today}; a share of registrations is released on a later date; and
 * in a few sections an earlier, released registration precedes the current one, as after a
 * release and a new registration. A person therefore never has two active registrations in one
 * section.
 */
public final class RegistrationPlanner {

    /** Share of section slots that also carry an earlier, released registration. */
    public static final double EARLIER_REGISTRATION_SHARE = 0.03;

    /** Share of registrations whose basis is 本人の申出; the rest are EVIDENT_NEED. */
    public static final double APPLICATION_SHARE = 0.8;

    private static final long STREAM_SALT = 0x2545F4914F6CDD1DL;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final List<String> holdingSections;
    private final double averageRegistrations;
    private final double releasedShare;
    private final LocalDate today;
    private final LocalDate earliestInput;

    /**
     * @param seed                 seed shared with {@link SyntheticPersons}
     * @param holdingSections      codes of the 保有課 to choose from, in a fixed order
     * @param averageRegistrations mean number of sections per person, 1.0 to 3.0 (capped by the
     *                             number of holding sections)
     * @param releasedShare        share of registrations that are released, 0.0 to 1.0
     * @param today                the day the data is generated for
     */
    public RegistrationPlanner(long seed, List<String> holdingSections, double averageRegistrations,
            double releasedShare, LocalDate today) {
        if (holdingSections.isEmpty()) {
            throw new IllegalArgumentException("no holding section to register persons in");
        }
        if (!(averageRegistrations >= 1.0 && averageRegistrations <= 3.0)) {
            throw new IllegalArgumentException("average registrations must be 1.0 to 3.0");
        }
        if (!(releasedShare >= 0.0 && releasedShare <= 1.0)) {
            throw new IllegalArgumentException("released share must be 0.0 to 1.0");
        }
        this.seed = seed;
        this.holdingSections = List.copyOf(holdingSections);
        this.averageRegistrations = averageRegistrations;
        this.releasedShare = releasedShare;
        this.today = Objects.requireNonNull(today, "today");
        this.earliestInput = today.minusYears(6);
    }

    /** The registrations of the person with the given index, earlier ones first per section. */
    public List<PlannedRegistration> plan(long personIndex) {
        SplittableRandom random = new SplittableRandom((seed ^ STREAM_SALT) * GOLDEN_GAMMA + personIndex);
        int count = Math.min(sectionCount(random), holdingSections.size());
        List<String> sections = distinctSections(random, count);
        List<PlannedRegistration> rows = new ArrayList<>(count + 1);
        for (String section : sections) {
            LocalDate input = dayBetween(random, earliestInput, today);
            if (random.nextDouble() < EARLIER_REGISTRATION_SHARE
                    && ChronoUnit.DAYS.between(earliestInput, input) >= 2) {
                LocalDate earlierInput = dayBetween(random, earliestInput, input.minusDays(2));
                LocalDate earlierRelease = dayBetween(random, earlierInput.plusDays(1), input.minusDays(1));
                rows.add(new PlannedRegistration(section, earlierInput, earlierRelease, basis(random)));
            }
            LocalDate release = null;
            if (random.nextDouble() < releasedShare && input.isBefore(today)) {
                release = dayBetween(random, input.plusDays(1), today);
            }
            rows.add(new PlannedRegistration(section, input, release, basis(random)));
        }
        return rows;
    }

    private int sectionCount(SplittableRandom random) {
        double p = (averageRegistrations - 1.0) / 2.0;
        int extra = (random.nextDouble() < p ? 1 : 0) + (random.nextDouble() < p ? 1 : 0);
        return 1 + extra;
    }

    private List<String> distinctSections(SplittableRandom random, int count) {
        List<String> pool = new ArrayList<>(holdingSections);
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static String basis(SplittableRandom random) {
        return random.nextDouble() < APPLICATION_SHARE ? "APPLICATION" : "EVIDENT_NEED";
    }

    private static LocalDate dayBetween(SplittableRandom random, LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        return first.plusDays(random.nextLong(span));
    }
}
