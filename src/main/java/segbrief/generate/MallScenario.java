package segbrief.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mall customers (seed analysis 003) with the Kaggle header. Five groups as in the public data: low income with
 * low or high spending, an average middle, high income with high or low spending. 56% women (112 of 200), mean
 * age about 39, income about 60.6 k$, score about 50. Group sizes and the gender split are exact at any size.
 */
final class MallScenario implements Scenario {
    static final List<String> HEADER =
            List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)");

    /** One customer group: its share and the centre and spread of income, score and age. */
    private record Group(double share, double income, double incomeSd, double score, double scoreSd,
                         double age, double ageSd) {}

    private static final List<Group> GROUPS = List.of(
            new Group(23, 26, 7, 20, 10, 46, 12),   // low income, low spending
            new Group(22, 25, 7, 79, 9, 25, 5),     // low income, high spending
            new Group(81, 55, 8, 50, 6, 44, 14),    // average income, average spending
            new Group(39, 87, 14, 82, 8, 33, 4),    // high income, high spending
            new Group(35, 88, 14, 17, 10, 41, 11)); // high income, low spending

    @Override public String name() { return "mall"; }

    @Override public long defaultRows() { return 200; }

    @Override public long defaultSeed() { return 3; }

    @Override
    public List<Path> write(long rows, long seed, Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        Quota gender = new Quota(rows, 112, 88);
        Quota group = new Quota(rows, GROUPS.stream().mapToDouble(Group::share).toArray());
        Path file = dir.resolve("customers.csv");
        try (CsvSink out = new CsvSink(file, HEADER.toArray(String[]::new))) {
            for (long id = 1; id <= rows; id++) {
                boolean female = gender.pick(r) == 0;
                Group g = GROUPS.get(group.pick(r));
                long income = Math.round(Draw.clamp(Draw.normal(r, g.income(), g.incomeSd()), 15, 137));
                long score = Math.round(Draw.clamp(Draw.normal(r, g.score(), g.scoreSd()), 1, 99));
                long age = Math.round(Draw.clamp(Draw.normal(r, g.age(), g.ageSd()), 18, 70));
                out.integer(id).text(female ? "Female" : "Male").integer(age).integer(income).integer(score);
                out.endRow();
            }
        }
        return List.of(file);
    }
}
