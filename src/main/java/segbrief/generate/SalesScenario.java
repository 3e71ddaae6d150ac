package segbrief.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Customer sales in Indian states (seed analysis 002), one row per sale, with the header of the public
 * "Customer Segmentation" file (53,503 sales by about 40,000 customers; Purchase History is the sale date, here
 * ISO). A customer keeps their demographics across sales. Revenue about 161.8M, average sale about 3.0k
 * (500-5,000), average rating about 2.88; 2022 the peak year and 2021 the low; German then French the largest
 * languages; Lakshadweep first by sales and customers; Associate Degree, 20-40, group 5, 80k-110k and Married
 * lead their dimensions.
 */
final class SalesScenario implements Scenario {
    static final List<String> HEADER = List.of("Customer ID", "Age", "Gender", "Marital Status", "Education Level",
            "location", "Occupation", "Income Level", "Rating", "Purchase History", "Sales", "Language",
            "Segmentation Group", "AGE GROUP", "INCOME GROUP");

    private static final long BUNDLED_ROWS = 53_503;
    private static final long BUNDLED_ID_SPACE = 100_000;

    private static final List<String> STATES = List.of("Lakshadweep", "Himachal Pradesh", "Bihar", "Haryana",
            "Andaman and Nicobar Islands", "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Chandigarh",
            "Chhattisgarh", "Dadra and Nagar Haveli and Daman and Diu", "Delhi", "Goa", "Gujarat",
            "Jammu and Kashmir", "Jharkhand", "Karnataka", "Kerala", "Ladakh", "Madhya Pradesh", "Maharashtra",
            "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Puducherry", "Punjab", "Rajasthan", "Sikkim",
            "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal");
    private static final Weighted STATE = new Weighted(STATES, stateWeights());
    private static final Weighted EDUCATION = new Weighted(List.of("Associate Degree", "Doctorate",
            "Bachelor's Degree", "Master's Degree", "High School"), 22.0, 21.9, 19.0, 18.8, 18.3);
    private static final Weighted MARITAL = new Weighted(List.of("Married", "Divorced", "Single", "Widowed",
            "Separated"), 23.7, 21.9, 19.0, 18.0, 17.4);
    private static final Weighted LANGUAGE =
            new Weighted(List.of("German", "French", "English", "Spanish", "Italian"), 26.5, 24.6, 17.5, 16.2, 15.2);
    private static final Weighted OCCUPATION = new Weighted(List.of("Engineer", "Doctor", "Teacher", "Nurse",
            "Salesperson", "Lawyer", "Accountant", "Artist", "Manager"), 13, 10, 12, 11, 13, 8, 11, 9, 13);
    private static final Weighted SEGMENT = Weighted.ofWeights(18.0, 18.5, 19.0, 19.5, 25.0); // groups 1..5
    private static final Weighted GENDER = new Weighted(List.of("Male", "Female"), 50, 50);
    private static final Weighted RATING = Weighted.ofWeights(19, 23, 25, 18, 15); // 1..5
    private static final Weighted YEAR = Weighted.ofWeights(16.75, 16.8, 16.7, 16.0, 17.35, 16.4); // 2018..2023

    private static final List<String> AGE_GROUPS = List.of("20-40", "40-60", "60+");
    private static final Weighted AGE_GROUP = new Weighted(AGE_GROUPS, 38.9, 32.7, 28.4);
    private static final int[] AGE_FROM = {20, 40, 60};
    private static final int[] AGE_TO = {39, 59, 70};

    private static final List<String> INCOME_GROUPS = List.of("20k-50k", "50k-80k", "80k-110k", "110k-150k");
    private static final Weighted INCOME_GROUP = new Weighted(INCOME_GROUPS, 17, 25, 46.5, 11.5);
    private static final int[] INCOME_FROM = {20_001, 50_000, 80_000, 110_000};
    private static final int[] INCOME_TO = {49_999, 79_999, 109_999, 149_999};

    // Expected sale relative to the average, by segment (80k-110k, 20-40, group 5, Divorced, Haryana spend more).
    private static final double[] INCOME_LIFT = {0.90, 1.03, 1.07, 0.90};
    private static final double[] AGE_LIFT = {1.03, 1.0, 0.95};
    private static final double[] SEGMENT_LIFT = {0.98, 0.98, 0.98, 1.02, 1.04};
    private static final double AVERAGE_SALE = 2919;

    private static final long[] YEAR_START = yearStarts();

    @Override public String name() { return "sales"; }

    @Override public long defaultRows() { return BUNDLED_ROWS; }

    @Override public long defaultSeed() { return 2; }

    /** The bundled file is 5.6 MB as plain CSV, over the 5 MiB limit on committed files. */
    @Override public boolean bundledGzip() { return true; }

    @Override
    public List<Path> write(long rows, long seed, Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        // Ids drawn from a space about twice the rows, as in the public file: about 3 in 4 ids are distinct.
        long idSpace = Math.max(1, Math.round((double) rows * BUNDLED_ID_SPACE / BUNDLED_ROWS));
        Path file = dir.resolve("customer_sales.csv");
        try (CsvSink out = new CsvSink(file, HEADER.toArray(String[]::new))) {
            for (long i = 0; i < rows; i++) {
                long id = 1 + (long) Math.floor(Draw.uniform(r) * idSpace);
                SplittableRandom c = Draw.entity(seed, 2, id);
                int ageGroup = AGE_GROUP.pick(c);
                int age = Draw.between(c, AGE_FROM[ageGroup], AGE_TO[ageGroup]);
                String gender = GENDER.draw(c);
                int marital = MARITAL.pick(c);
                String education = EDUCATION.draw(c);
                int state = STATE.pick(c);
                String occupation = OCCUPATION.draw(c);
                int incomeGroup = INCOME_GROUP.pick(c);
                int income = Draw.between(c, INCOME_FROM[incomeGroup], INCOME_TO[incomeGroup]);
                int language = LANGUAGE.pick(c);
                int segment = SEGMENT.pick(c);

                int year = YEAR.pick(r);
                long day = YEAR_START[year] + (long) Math.floor(Draw.uniform(r) * (YEAR_START[year + 1] - YEAR_START[year]));
                double lift = INCOME_LIFT[incomeGroup] * AGE_LIFT[ageGroup] * SEGMENT_LIFT[segment]
                        * (marital == 1 ? 1.07 : 1.0) * stateLift(state) * (language == 0 ? 1.015 : 1.0)
                        * (year == 4 ? 1.01 : 1.0);
                long sales = sale(r, AVERAGE_SALE * lift);

                out.integer(id).integer(age).text(gender).text(MARITAL.label(marital)).text(education)
                        .text(STATES.get(state)).text(occupation).integer(income).integer(1 + RATING.pick(r))
                        .date(day).integer(sales).text(LANGUAGE.label(language)).integer(segment + 1)
                        .text(AGE_GROUPS.get(ageGroup)).text(INCOME_GROUPS.get(incomeGroup));
                out.endRow();
            }
        }
        return List.of(file);
    }

    /** A whole sale in 500..5,000 whose expected value is {@code mean}: 500 + 4,500 U^e, skewed to the top. */
    private static long sale(SplittableRandom r, double mean) {
        double share = Draw.clamp((mean - 500) / 4500, 0.05, 0.95);
        double exponent = 1 / share - 1;
        return 500 + Math.round(4500 * StrictMath.pow(Draw.uniform(r), exponent));
    }

    private static double stateLift(int state) {
        return switch (STATES.get(state)) {
            case "Haryana" -> 1.1;
            case "Bihar" -> 0.93;
            default -> 1.0;
        };
    }

    private static double[] stateWeights() {
        double[] w = new double[STATES.size()];
        java.util.Arrays.fill(w, 2.665);
        w[0] = 3.94; // Lakshadweep
        w[1] = 3.64; // Himachal Pradesh
        w[2] = 3.63; // Bihar
        w[3] = 3.30; // Haryana
        return w;
    }

    private static long[] yearStarts() {
        long[] starts = new long[7];
        for (int i = 0; i < 7; i++) starts[i] = LocalDate.of(2018 + i, 1, 1).toEpochDay();
        return starts;
    }
}
