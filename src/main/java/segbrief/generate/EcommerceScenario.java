package segbrief.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * E-commerce customers (seed analysis 001), one row per customer, with the header of the public Kaggle file
 * "E-commerce Customer Behavior". Six cities of equal size; membership follows the city (San Francisco mostly
 * Gold, Houston mostly Bronze), so San Francisco spends most. Men spend about 1.5 times what women do; spend
 * rises with age to a plateau at 30-50. Spend lies in 410.80-1,520.10; items and rating follow spend and
 * membership; a few satisfaction levels are blank.
 */
final class EcommerceScenario implements Scenario {
    static final List<String> HEADER = List.of("Customer ID", "Gender", "Age", "City", "Membership Type",
            "Total Spend", "Items Purchased", "Average Rating", "Discount Applied", "Days Since Last Purchase",
            "Satisfaction Level");

    private static final List<String> CITIES =
            List.of("New York", "Los Angeles", "Chicago", "San Francisco", "Miami", "Houston");
    private static final List<String> MEMBERSHIP = List.of("Gold", "Silver", "Bronze");
    // Membership mix per city, in CITIES order.
    private static final Weighted[] MEMBERSHIP_BY_CITY = {
            new Weighted(MEMBERSHIP, 60, 35, 5), new Weighted(MEMBERSHIP, 25, 65, 10),
            new Weighted(MEMBERSHIP, 10, 50, 40), new Weighted(MEMBERSHIP, 85, 15, 0),
            new Weighted(MEMBERSHIP, 5, 45, 50), new Weighted(MEMBERSHIP, 0, 20, 80)};
    private static final double[] SPEND_BY_MEMBERSHIP = {1.28, 0.96, 0.76};
    private static final double[] CITY_SPEND = {1.06, 1.03, 1.0, 1.10, 0.93, 0.95};
    private static final double[] RATING_BY_MEMBERSHIP = {4.6, 4.05, 3.45};
    private static final double MIN_SPEND = 410.80;
    private static final double MAX_SPEND = 1520.10;

    @Override public String name() { return "ecommerce"; }

    @Override public long defaultRows() { return 350; }

    @Override public long defaultSeed() { return 1; }

    @Override
    public List<Path> write(long rows, long seed, Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        Quota gender = new Quota(rows, 1, 1);
        Quota city = new Quota(rows, 1, 1, 1, 1, 1, 1);
        Quota blank = new Quota(rows, 2, 348);
        Path file = dir.resolve("ecommerce_customers.csv");
        try (CsvSink out = new CsvSink(file, HEADER.toArray(String[]::new))) {
            for (long i = 0; i < rows; i++) {
                boolean female = gender.pick(r) == 0;
                int c = city.pick(r);
                int m = MEMBERSHIP_BY_CITY[c].pick(r);
                int age = (int) Math.round(Draw.clamp(Draw.normal(r, 33.6, 6.8), 19, 58));
                double spend = 855 * SPEND_BY_MEMBERSHIP[m] * CITY_SPEND[c] * (female ? 0.8 : 1.22)
                        * ageEffect(age) * Draw.lognormal(r, 1.0, 0.1);
                spend = Draw.clamp(Math.round(spend * 10) / 10.0, MIN_SPEND, MAX_SPEND);
                double position = (spend - MIN_SPEND) / (MAX_SPEND - MIN_SPEND);
                int items = (int) Math.round(Draw.clamp(7 + 14 * position + Draw.normal(r, 0, 1.4), 7, 21));
                double rating = Draw.clamp(Draw.normal(r, RATING_BY_MEMBERSHIP[m], 0.18), 3.0, 4.9);
                long rating10 = Math.round(rating * 10);
                boolean discount = Draw.chance(r, m == 0 ? 0.35 : m == 1 ? 0.55 : 0.6);
                int days = (int) Math.round(Draw.clamp(Draw.normal(r, 20 + 8 * m, 10), 9, 63));

                out.integer(101 + i).text(female ? "Female" : "Male").integer(age).text(CITIES.get(c))
                        .text(MEMBERSHIP.get(m)).decimal(Math.round(spend * 100), 2).integer(items)
                        .decimal(rating10, 1).bool(discount).integer(days);
                if (blank.pick(r) == 0) out.empty(); else out.text(satisfaction(rating10, r));
                out.endRow();
            }
        }
        return List.of(file);
    }

    // Under 25 spends less; 30-50 spends most.
    private static double ageEffect(int age) {
        if (age < 25) return 0.72;
        if (age < 30) return 0.72 + 0.28 * (age - 25) / 5.0;
        if (age <= 50) return 1.0 + 0.004 * (age - 30);
        return 0.98;
    }

    private static String satisfaction(long rating10, SplittableRandom r) {
        double u = Draw.uniform(r);
        if (rating10 >= 44) return u < 0.9 ? "Satisfied" : "Neutral";
        if (rating10 >= 38) return u < 0.25 ? "Satisfied" : u < 0.85 ? "Neutral" : "Unsatisfied";
        return u < 0.15 ? "Neutral" : "Unsatisfied";
    }
}
