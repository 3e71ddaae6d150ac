package segbrief.generate;

import static segbrief.generate.GroceryCatalog.DEPARTMENTS;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An online grocery (seed analysis 004): the Instacart tables plus a customers table, joined by the spec.
 * {@code rows} is the exact number of order lines; customers, orders and products follow from it (100,000 lines
 * give about 1,500 customers, 20,000 orders and 500 products; products grow to 50,000 at 10 million lines).
 * Customers are streamed one at a time with their orders and lines; only the product catalogue and one
 * customer's purchase history are held in memory.
 *
 * <p>Stories: produce sells most; regions follow the states (the South has the most); loyal customers (more
 * than 40 orders) order every few days, new ones (up to 10) rarely; families buy baby goods, young adults
 * alcohol and snacks, high incomes meat and seafood; orders peak on Sunday and Monday, late morning.
 */
final class GroceryScenario implements Scenario {
    static final List<String> CUSTOMER_HEADER = List.of("user_id", "first_name", "surname", "gender", "state",
            "age", "date_joined", "n_dependants", "fam_status", "income");
    static final List<String> ORDER_HEADER = List.of("order_id", "user_id", "order_number", "orders_day_of_week",
            "order_hour_of_day", "days_since_prior_order", "date");
    static final List<String> LINE_HEADER = List.of("order_id", "product_id", "add_to_cart_order", "reordered");
    static final List<String> PRODUCT_HEADER =
            List.of("product_id", "product_name", "aisle_id", "department_id", "prices");
    static final List<String> DEPARTMENT_HEADER = List.of("department_id", "department");

    private static final long WINDOW_START = LocalDate.of(2019, 1, 1).toEpochDay();
    private static final int WINDOW_DAYS = 731; // 2019 and 2020
    private static final Weighted HOUR = Weighted.ofWeights(GroceryCatalog.HOUR);
    private static final Weighted WEEKDAY = Weighted.ofWeights(GroceryCatalog.WEEKDAY);
    private static final long WINDOW_END = WINDOW_START + WINDOW_DAYS - 1;

    private static final int BABIES = DEPARTMENTS.indexOf("babies");
    private static final int ALCOHOL = DEPARTMENTS.indexOf("alcohol");
    private static final int SNACKS = DEPARTMENTS.indexOf("snacks");
    private static final int PRODUCE = DEPARTMENTS.indexOf("produce");
    private static final int MEAT = DEPARTMENTS.indexOf("meat seafood");
    private static final int PETS = DEPARTMENTS.indexOf("pets");
    private static final int HOUSEHOLD = DEPARTMENTS.indexOf("household");

    @Override public String name() { return "grocery"; }

    @Override public long defaultRows() { return 100_000; }

    @Override public long defaultSeed() { return 4; }

    @Override
    public List<Path> write(long rows, long seed, Path dir) throws IOException {
        Catalogue catalogue = new Catalogue(seed, (int) Math.max(500, Math.min(50_000, rows / 200)));
        Path departments = writeDepartments(dir);
        Path products = catalogue.write(dir.resolve("products.csv"));
        Path customers = dir.resolve("customers.csv");
        Path orders = dir.resolve("orders.csv");
        Path lines = dir.resolve("order_products.csv");
        try (CsvSink c = new CsvSink(customers, CUSTOMER_HEADER.toArray(String[]::new));
             CsvSink o = new CsvSink(orders, ORDER_HEADER.toArray(String[]::new));
             CsvSink l = new CsvSink(lines, LINE_HEADER.toArray(String[]::new))) {
            new Stream(seed, rows, catalogue, c, o, l).run();
        }
        return List.of(lines, orders, customers, products, departments);
    }

    private static Path writeDepartments(Path dir) throws IOException {
        Path file = dir.resolve("departments.csv");
        try (CsvSink out = new CsvSink(file, DEPARTMENT_HEADER.toArray(String[]::new))) {
            for (int d = 0; d < DEPARTMENTS.size(); d++) {
                out.integer(d + 1).text(DEPARTMENTS.get(d));
                out.endRow();
            }
        }
        return file;
    }

    /** Products: department, aisle, name and price; within a department a few products sell most (Zipf). */
    private static final class Catalogue {
        final int size;
        final int[] department;
        final long[] price10;
        final int[][] byDepartment;
        final Weighted[] popularity;
        private final long seed;

        Catalogue(long seed, int size) {
            this.seed = seed;
            this.size = size;
            SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
            Weighted share = Weighted.ofWeights(GroceryCatalog.PRODUCT_SHARE);
            department = new int[size];
            price10 = new long[size];
            int[] count = new int[DEPARTMENTS.size()];
            for (int p = 0; p < size; p++) {
                int d = p < DEPARTMENTS.size() ? p : share.pick(r); // every department has a product
                department[p] = d;
                count[d]++;
                double price = Draw.clamp(Draw.lognormal(r, GroceryCatalog.PRICE[d], d == MEAT ? 0.25 : 0.45), 1, 25);
                price10[p] = Math.round(price * 10);
            }
            byDepartment = new int[count.length][];
            popularity = new Weighted[count.length];
            int[] fill = new int[count.length];
            for (int d = 0; d < count.length; d++) byDepartment[d] = new int[count[d]];
            for (int p = 0; p < size; p++) byDepartment[department[p]][fill[department[p]]++] = p;
            for (int d = 0; d < count.length; d++) {
                double[] w = new double[count[d]];
                for (int i = 0; i < w.length; i++) w[i] = 1.0 / (i + 1);
                popularity[d] = Weighted.ofWeights(w);
            }
        }

        int pick(int dept, SplittableRandom r) {
            return byDepartment[dept][popularity[dept].pick(r)] + 1;
        }

        Path write(Path file) throws IOException {
            SplittableRandom r = new SplittableRandom(seed ^ 0xCA7AL);
            int[] firstAisle = aisleStarts();
            Set<String> names = new HashSet<>();
            try (CsvSink out = new CsvSink(file, PRODUCT_HEADER.toArray(String[]::new))) {
                for (int p = 0; p < size; p++) {
                    int d = department[p];
                    int aisles = firstAisle[d + 1] - firstAisle[d];
                    out.integer(p + 1).text(productName(d, r, names))
                            .integer(firstAisle[d] + Draw.between(r, 0, aisles - 1)).integer(d + 1)
                            .decimal(price10[p], 1);
                    out.endRow();
                }
            }
            return file;
        }

        private static String productName(int d, SplittableRandom r, Set<String> taken) {
            List<String> nouns = GroceryCatalog.NOUNS.get(d);
            List<String> adjectives = GroceryCatalog.ADJECTIVES;
            String base = adjectives.get(Draw.between(r, 0, adjectives.size() - 1)) + " "
                    + nouns.get(Draw.between(r, 0, nouns.size() - 1));
            String name = base;
            for (int n = 2; !taken.add(name); n++) name = base + " No. " + n;
            return name;
        }

        // Aisle ids 1..134 split over departments by their product share, at least one each.
        private static int[] aisleStarts() {
            double total = 0;
            for (double s : GroceryCatalog.PRODUCT_SHARE) total += s;
            int[] start = new int[DEPARTMENTS.size() + 1];
            start[0] = 1;
            int spare = GroceryCatalog.AISLES - DEPARTMENTS.size();
            for (int d = 0; d < DEPARTMENTS.size(); d++) {
                int extra = (int) Math.floor(spare * GroceryCatalog.PRODUCT_SHARE[d] / total);
                start[d + 1] = start[d] + 1 + extra;
            }
            return start;
        }
    }

    /** Customers one after another, each with all their orders and order lines, until the line budget is met. */
    private static final class Stream {
        private final long seed;
        private final SplittableRandom r;
        private final Catalogue catalogue;
        private final CsvSink customers;
        private final CsvSink orders;
        private final CsvSink lines;
        private long linesLeft;
        private long orderId;

        Stream(long seed, long rows, Catalogue catalogue, CsvSink customers, CsvSink orders, CsvSink lines) {
            this.seed = seed;
            this.r = new SplittableRandom(seed);
            this.catalogue = catalogue;
            this.customers = customers;
            this.orders = orders;
            this.lines = lines;
            this.linesLeft = rows;
        }

        void run() throws IOException {
            for (long user = 1; linesLeft > 0; user++) customer(user);
        }

        private void customer(long user) throws IOException {
            SplittableRandom c = Draw.entity(seed, 4, user);
            boolean female = Draw.chance(c, 0.5);
            String state = GroceryCatalog.STATES.get(Draw.between(c, 0, GroceryCatalog.STATES.size() - 1));
            int age = Draw.between(c, 18, 81);
            String family;
            int dependants;
            if (age <= 21) {
                family = "living with parents and siblings";
                dependants = Draw.between(c, 1, 3);
            } else if (Draw.chance(c, age >= 60 ? 0.7 : 0.74)) {
                family = "married";
                dependants = Draw.between(c, 1, 3);
            } else {
                family = age >= 60 ? "divorced/widowed" : "single";
                dependants = 0;
            }
            double median = age < 40 ? 70_000 : age < 60 ? 120_000 : 115_000;
            long income = Math.round(Draw.clamp(Draw.lognormal(c, median, 0.35), 25_903, 593_901));
            String first = female ? pickOf(GroceryCatalog.FEMALE_NAMES, c) : pickOf(GroceryCatalog.MALE_NAMES, c);
            String surname = pickOf(GroceryCatalog.SURNAMES, c);

            // Loyalty: new (up to 10 orders), regular (11-40), loyal (over 40); families come back more often.
            double loyalWeight = 7 * (1 + 0.15 * dependants);
            double u = Draw.uniform(c) * (60 + 32 + loyalWeight);
            int planned;
            double gap;
            if (u < 60) {
                planned = 1 + (int) Math.floor(10 * StrictMath.pow(Draw.uniform(c), 1.5));
                gap = Draw.uniform(c, 15, 30);
            } else if (u < 92) {
                planned = 11 + (int) Math.floor(30 * StrictMath.pow(Draw.uniform(c), 1.4));
                gap = Draw.uniform(c, 9, 16);
            } else {
                planned = 41 + (int) Math.floor(59 * StrictMath.pow(Draw.uniform(c), 2));
                gap = Draw.uniform(c, 4, 8);
            }
            // Customers start at any time, also before the window (their early orders are not in the data), so
            // orders are spread evenly over 2019-2020 with mild growth; order_number still counts from the first.
            gap = Math.min(gap, (WINDOW_DAYS - 30.0) / planned);
            int span = (int) Math.ceil(planned * gap);
            long start = WINDOW_START - span + (long) Math.floor((WINDOW_DAYS + span) * StrictMath.pow(Draw.uniform(c), 0.8));
            long joined = start - Draw.between(c, 0, 400);
            double[] taste = taste(age, dependants, income, c);
            double tasteTotal = 0;
            for (double t : taste) tasteTotal += t;
            double basketScale = dependants > 0 ? 1.2 : 1.0;

            List<Integer> history = new ArrayList<>();
            Set<Integer> bought = new HashSet<>();
            boolean listed = false;
            long day = start;
            for (int n = 1; n <= planned && linesLeft > 0; n++) {
                long previous = day;
                day = n == 1 ? nextDay(day - 1, 1) : nextDay(day, gap);
                if (day > WINDOW_END) break; // the data ends with 2020
                if (day < WINDOW_START) continue;
                if (!listed) {
                    customers.integer(user).text(first).text(surname).text(female ? "Female" : "Male").text(state)
                            .integer(age).date(joined).integer(dependants).text(family).integer(income);
                    customers.endRow();
                    listed = true;
                }
                orderId++;
                orders.integer(orderId).integer(user).integer(n).integer(IsoDate.weekdayFromSunday(day))
                        .integer(HOUR.pick(r));
                if (n == 1) orders.empty(); else orders.integer(Math.min(30, day - previous));
                orders.date(day);
                orders.endRow();
                basket(n, basketScale, taste, tasteTotal, history, bought);
            }
        }

        private void basket(int orderNumber, double scale, double[] taste, double tasteTotal, List<Integer> history,
                            Set<Integer> bought) throws IOException {
            int size = (int) Math.max(1, Math.min(40, Math.round(Draw.lognormal(r, 3.9 * scale, 0.55))));
            double reorder = Math.min(0.75, 0.1 + 0.03 * orderNumber);
            int[] inBasket = new int[size];
            int filled = 0;
            for (int k = 0; k < size && linesLeft > 0; k++) {
                int product = 0;
                boolean fresh = false;
                for (int attempt = 0; attempt < 8 && !fresh; attempt++) {
                    product = !history.isEmpty() && Draw.chance(r, reorder)
                            ? history.get(Draw.between(r, 0, history.size() - 1))
                            : catalogue.pick(Weighted.pick(taste, tasteTotal, r), r);
                    fresh = !contains(inBasket, filled, product);
                }
                if (!fresh) continue; // a product appears once per order, as in Instacart; the basket is smaller
                inBasket[filled++] = product;
                boolean again = !bought.add(product);
                if (!again) history.add(product);
                lines.integer(orderId).integer(product).integer(filled).integer(again ? 1 : 0);
                lines.endRow();
                linesLeft--;
            }
        }

        // The next order comes about `gap` days later, moved to the nearest day of a weekday drawn from the
        // Instacart mix (Sunday and Monday busiest).
        private long nextDay(long day, double gap) {
            long next = day + Math.max(1, Math.round(Draw.lognormal(r, Math.max(1, gap), 0.4)));
            int delta = Math.floorMod(WEEKDAY.pick(r) - IsoDate.weekdayFromSunday(next), 7);
            next += delta > 3 ? delta - 7 : delta;
            return next > day ? next : next + 7;
        }

        private static double[] taste(int age, int dependants, long income, SplittableRandom c) {
            double[] w = GroceryCatalog.LINE_SHARE.clone();
            w[BABIES] *= dependants > 0 && age < 50 ? 3.0 : 0.2;
            w[ALCOHOL] *= age < 21 ? 0 : age <= 35 ? 1.6 : 1.0;
            if (income > 150_000) w[ALCOHOL] *= 1.4;
            w[SNACKS] *= (age < 35 ? 1.25 : 1.0) * (dependants > 0 ? 1.15 : 1.0);
            w[PRODUCE] *= (age >= 60 ? 1.15 : 1.0) * (income > 150_000 ? 1.1 : 1.0);
            w[MEAT] *= income > 150_000 ? 1.4 : income < 60_000 ? 0.8 : 1.0;
            w[PETS] *= Draw.chance(c, 0.25) ? 4.0 : 0.6;
            w[HOUSEHOLD] *= dependants > 0 ? 1.2 : 1.0;
            return w;
        }

        private static boolean contains(int[] values, int n, int value) {
            for (int i = 0; i < n; i++) if (values[i] == value) return true;
            return false;
        }

        private static String pickOf(List<String> values, SplittableRandom r) {
            return values.get(Draw.between(r, 0, values.size() - 1));
        }
    }
}
