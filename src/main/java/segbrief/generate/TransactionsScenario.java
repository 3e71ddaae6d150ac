package segbrief.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's transactions file: the columns and distributions of the pandas peer's
 * {@code gen_transactions.py} (../shared/bench/peer), written by a Java stream instead of numpy chunks, so
 * {@code bench/run} works without numpy. Not bundled. About one customer per ten rows; a customer keeps gender,
 * age, city (Zipf over 30), education, marital status (by age), income (by education and age), language, a
 * preferred device, an activity weight (lognormal) and an active window (a third churn). Dates grow over
 * 2018-2023 with a November/December peak, a weekend lift and a spring-2020 dip.
 *
 * <p>Memory does not grow with the rows: a customer's attributes are recomputed from the seed and the id, and
 * busy customers are drawn by a closed form for lognormal activity (a customer's rank in activity, mapped to an
 * id by a fixed permutation).
 */
final class TransactionsScenario implements Scenario {
    static final List<String> HEADER = List.of("transaction_id", "customer_id", "date", "category", "device",
            "gender", "age", "city", "education", "marital_status", "income", "language", "amount", "items",
            "rating");

    private static final List<String> CATEGORIES = List.of("Electronics", "Clothing", "Groceries", "Home & Garden",
            "Beauty", "Sports", "Toys", "Books", "Automotive", "Health", "Jewelry", "Music");
    private static final Weighted CATEGORY = new Weighted(CATEGORIES, 22, 18, 15, 10, 8, 7, 5, 5, 4, 3, 2, 1);
    private static final double[] CATEGORY_MEDIAN = {180, 45, 30, 75, 25, 60, 28, 18, 95, 22, 220, 15};
    private static final Weighted DEVICE = new Weighted(List.of("iOS", "Android", "Web"), 0.38, 0.42, 0.20);
    private static final Weighted GENDER = new Weighted(List.of("Female", "Male", "Other"), 0.51, 0.47, 0.02);
    private static final List<String> CITIES = List.of("New York", "Los Angeles", "Chicago", "Houston", "Phoenix",
            "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville",
            "Fort Worth", "Columbus", "Charlotte", "San Francisco", "Indianapolis", "Seattle", "Denver",
            "Washington", "Boston", "El Paso", "Nashville", "Detroit", "Oklahoma City", "Portland", "Las Vegas",
            "Memphis", "Louisville", "Baltimore");
    private static final Weighted CITY = new Weighted(CITIES, zipf(CITIES.size(), 1.07));
    private static final Weighted EDUCATION =
            new Weighted(List.of("High School", "Associate", "Bachelor", "Master", "PhD"), 30, 15, 33, 17, 5);
    private static final double[] EDUCATION_INCOME = {0.75, 0.9, 1.1, 1.3, 1.5};
    private static final List<String> MARITAL = List.of("Single", "Married", "Divorced", "Widowed");
    private static final Weighted LANGUAGE = new Weighted(
            List.of("English", "Spanish", "Chinese", "French", "German", "Arabic"), 62, 20, 7, 5, 4, 2);
    private static final Weighted RATING = Weighted.ofWeights(5, 7, 15, 33, 40);

    private static final long FIRST_DAY = LocalDate.of(2018, 1, 1).toEpochDay();
    private static final double[] DAY_CDF = dayCdf();
    private static final double ACTIVITY_SIGMA = 1.0;
    private static final double[] BUSY_RANK = busyRank();

    @Override public String name() { return "transactions"; }

    @Override public long defaultRows() { return 1_000_000; }

    @Override public long defaultSeed() { return 20_240_501; }

    @Override public boolean bundled() { return false; }

    @Override
    public List<Path> write(long rows, long seed, Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        long customers = Math.max(1, rows / 10);
        long step = coprimeStep(customers);
        Path file = dir.resolve("transactions.csv");
        try (CsvSink out = new CsvSink(file, HEADER.toArray(String[]::new))) {
            for (long id = 1; id <= rows; id++) {
                long rank = Math.min(customers - 1, (long) Math.floor(busyRank(Draw.uniform(r)) * customers));
                long customer = (Math.floorMod(rank * step, customers) + Math.floorMod(seed, customers)) % customers;
                SplittableRandom c = Draw.entity(seed, 9, customer);
                int gender = GENDER.pick(c);
                int age = (int) Draw.clamp(18 + Math.rint(Draw.gamma(c, 2.2, 8.5)), 18, 80);
                int city = CITY.pick(c);
                int education = EDUCATION.pick(c);
                int marital = marital(age, Draw.uniform(c));
                double ageFactor = 0.7 + 0.6 * Draw.clamp((age - 18) / 30.0, 0, 1);
                long income = Math.round(Draw.lognormal(c, 42_000, 0.55) * EDUCATION_INCOME[education] * ageFactor / 10)
                        * 10;
                int language = LANGUAGE.pick(c);
                int device = DEVICE.pick(c);
                double start = kumaraswamy(Draw.uniform(c), 1.2, 1.7);
                double end = Draw.chance(c, 0.35) ? start + (1 - start) * Draw.uniform(c) : 1.0;

                long day = day(start + (end - start) * Draw.uniform(r));
                int category = CATEGORY.pick(r);
                if (Draw.uniform(r) >= 0.8) device = DEVICE.pick(r);
                double mu = StrictMath.log(CATEGORY_MEDIAN[category]) + 0.25 * StrictMath.log(income / 42_000.0);
                double amount = Math.max(0.5, StrictMath.exp(mu + 0.75 * Draw.normal(r)));
                int items = 1 + Draw.poisson(r, 1.6);
                if (Draw.chance(r, 0.05)) items += Draw.between(r, 0, 11);
                items = Math.min(20, items);

                out.integer(id).integer(100_001 + customer).date(day).text(CATEGORIES.get(category))
                        .text(DEVICE.label(device)).text(GENDER.label(gender)).integer(age)
                        .text(CITIES.get(city)).text(EDUCATION.label(education)).text(MARITAL.get(marital))
                        .integer(income).text(LANGUAGE.label(language)).decimal(Draw.cents(amount), 2)
                        .integer(items).integer(1 + RATING.pick(r));
                out.endRow();
            }
        }
        return List.of(file);
    }

    // Married grows with age, divorced from 28, widowed from 55 (the peer's rule).
    private static int marital(int age, double u) {
        double married = Draw.clamp((age - 20) / 35.0, 0.02, 0.65);
        double divorced = Draw.clamp((age - 28) / 120.0, 0, 0.18);
        double widowed = Draw.clamp((age - 55) / 100.0, 0, 0.2);
        if (u < married) return 1;
        if (u < married + divorced) return 2;
        if (u < married + divorced + widowed) return 3;
        return 0;
    }

    /** A customer drawn in proportion to a lognormal activity has activity rank Phi(Phi^-1(u) + sigma). */
    private static double busyRank(double u) {
        double t = u * (BUSY_RANK.length - 1);
        int i = Math.min((int) t, BUSY_RANK.length - 2);
        return BUSY_RANK[i] + (t - i) * (BUSY_RANK[i + 1] - BUSY_RANK[i]);
    }

    private static double[] busyRank() {
        int n = 4097;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double u = Draw.clamp(i / (double) (n - 1), 1e-9, 1 - 1e-9);
            g[i] = normalCdf(Draw.normalQuantile(u) + ACTIVITY_SIGMA);
        }
        g[0] = 0;
        g[n - 1] = 1;
        return g;
    }

    // Phi by the complementary error function (Numerical Recipes erfcc, relative error below 1.2e-7).
    private static double normalCdf(double x) {
        double z = Math.abs(x) / StrictMath.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }

    /** Kumaraswamy(a, b) by inversion: a closed-form stand-in for the peer's Beta(1.2, 1.6) join times. */
    private static double kumaraswamy(double u, double a, double b) {
        return StrictMath.pow(1 - StrictMath.pow(1 - u, 1 / b), 1 / a);
    }

    /** A step coprime with n, so rank -> rank * step mod n shuffles activity ranks over ids one to one. */
    private static long coprimeStep(long n) {
        long step = 2_654_435_761L % n;
        if (step == 0) step = 1;
        while (gcd(step, n) != 1) step++;
        return step;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long day(double u) {
        int lo = 0, hi = DAY_CDF.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (DAY_CDF[mid] > u) hi = mid; else lo = mid + 1;
        }
        return FIRST_DAY + lo;
    }

    // Growth (x2.8 over six years), November/December peak, Friday-Saturday lift, spring-2020 dip.
    private static double[] dayCdf() {
        double[] season = {0.85, 0.8, 0.9, 0.95, 1.0, 0.95, 0.95, 1.0, 0.95, 1.0, 1.25, 1.55};
        double[] weekday = {0.95, 0.95, 0.97, 1.0, 1.1, 1.2, 1.05}; // Monday first
        long last = LocalDate.of(2023, 12, 31).toEpochDay();
        long dipFrom = LocalDate.of(2020, 3, 15).toEpochDay();
        long dipTo = LocalDate.of(2020, 6, 15).toEpochDay();
        int n = (int) (last - FIRST_DAY + 1);
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.ofEpochDay(FIRST_DAY + i);
            double w = (1 + 1.8 * i / (n - 1.0)) * season[d.getMonthValue() - 1]
                    * weekday[d.getDayOfWeek().getValue() - 1];
            if (FIRST_DAY + i >= dipFrom && FIRST_DAY + i <= dipTo) w *= 0.7;
            sum += w;
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    private static double[] zipf(int n, double exponent) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = 1 / StrictMath.pow(i + 1, exponent);
        return w;
    }
}
