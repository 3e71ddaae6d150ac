package segbrief.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Donations to a crowdfunding site (seed analysis 000), one row per donation in {@code donations.csv}. Games,
 * Sports and Technology raise the most and are close; Sports has the most entries, Games the largest gifts. iOS
 * has about 65% of donors and of money, slightly more among women; 18-24 gives about three times what 25-34 does.
 * A donor keeps gender, age and device across donations. 2023 is the main year, 2022 the previous period.
 */
final class CrowdfundingScenario implements Scenario {
    static final List<String> HEADER =
            List.of("donation_id", "donor_id", "date", "category", "device", "gender", "age", "amount");

    private static final List<String> CATEGORIES = List.of("Sports", "Games", "Technology", "Environment",
            "Fashion", "Music", "Film", "Art", "Food", "Health", "Education");
    // Entries per category (exact shares: Sports most common) and each category's gift size (Games largest),
    // so Games, Sports and Technology lead by total about 4% apart.
    private static final double[] ENTRIES = {12.8, 12.5, 12.3, 10.5, 10.3, 8.5, 8.2, 7.4, 6.4, 6.0, 5.1};
    private static final double[] GIFT = {1.00, 1.065, 0.995, 1.02, 1.00, 0.95, 0.96, 0.94, 0.93, 0.95, 0.94};

    private static final Weighted GENDER = new Weighted(List.of("F", "M", "U"), 48, 47, 5);
    private static final double[] IOS_SHARE = {0.68, 0.62, 0.65};
    // Age brackets 18-24, 25-34, 35-44, 45-54, 55-64, 65-80: 18-24 has three times the donors of 25-34.
    private static final int[] AGE_FROM = {18, 25, 35, 45, 55, 65};
    private static final int[] AGE_TO = {24, 34, 44, 54, 64, 80};
    private static final Weighted AGE_BRACKET = Weighted.ofWeights(51, 17, 13.5, 10, 6, 2.5);

    private static final Weighted MONTH = Weighted.ofWeights(7, 7, 8, 8, 8, 7.5, 7, 7.5, 8.5, 9, 10.5, 12);
    private static final long FIRST_DAY_2022 = LocalDate.of(2022, 1, 1).toEpochDay();
    private static final long[] MONTH_START = monthStarts();

    @Override public String name() { return "crowdfunding"; }

    @Override public long defaultRows() { return 20_000; }

    @Override public long defaultSeed() { return 0; }

    @Override
    public List<Path> write(long rows, long seed, Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        long donors = Math.max(1, Math.round(rows * 0.62));
        Quota categories = new Quota(rows, ENTRIES);
        Path file = dir.resolve("donations.csv");
        try (CsvSink out = new CsvSink(file, HEADER.toArray(String[]::new))) {
            for (long id = 1; id <= rows; id++) {
                long donor = 1 + (long) Math.floor(Draw.uniform(r) * donors);
                SplittableRandom d = Draw.entity(seed, 1, donor);
                int gender = GENDER.pick(d);
                int bracket = AGE_BRACKET.pick(d);
                int age = Draw.between(d, AGE_FROM[bracket], AGE_TO[bracket]);
                boolean ios = Draw.chance(d, IOS_SHARE[gender]);
                double donorScale = Draw.lognormal(d, 1.0, 0.2);

                int category = categories.pick(r);
                double amount = Math.max(1.0, Draw.lognormal(r, 4.6 * GIFT[category] * donorScale, 0.75));
                out.integer(id).integer(donor).date(day(r)).text(CATEGORIES.get(category))
                        .text(ios ? "iOS" : "Android").text(GENDER.label(gender)).integer(age)
                        .decimal(Draw.cents(amount), 2);
                out.endRow();
            }
        }
        return List.of(file);
    }

    // One donation in five falls in 2022, the previous period; giving peaks in November and December.
    private static long day(SplittableRandom r) {
        int year = Draw.chance(r, 0.2) ? 0 : 1;
        int month = MONTH.pick(r);
        int index = year * 12 + month;
        long start = MONTH_START[index];
        long length = MONTH_START[index + 1] - start;
        return start + (long) Math.floor(Draw.uniform(r) * length);
    }

    private static long[] monthStarts() {
        long[] starts = new long[25];
        LocalDate d = LocalDate.ofEpochDay(FIRST_DAY_2022);
        for (int i = 0; i < 25; i++) starts[i] = d.plusMonths(i).toEpochDay();
        return starts;
    }
}
