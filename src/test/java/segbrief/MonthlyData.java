package segbrief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Donations by month with a known shape, for the monthly loop's tests: each day of a month gets {@code perDay}
 * rows; donor i gives on day d when (i + d) % donorsPerDay == 0 style rules keep every figure countable by hand.
 */
public final class MonthlyData {
    private MonthlyData() {}

    /** A row of the test data. */
    public record Row(String donor, LocalDate date, String category, double amount) {}

    /** {@code perDay} rows on every day from {@code from} up to and including {@code to}; donors D1..D{donors}. */
    public static List<Row> days(LocalDate from, LocalDate to, int perDay, int donors, String category, double amount) {
        List<Row> out = new ArrayList<>();
        int k = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (int i = 0; i < perDay; i++) out.add(new Row("D" + (1 + (k++ % donors)), d, category, amount));
        }
        return out;
    }

    public static String csv(List<Row> rows) {
        StringBuilder s = new StringBuilder("donor_id,date,category,amount\n");
        for (Row r : rows) s.append(r.donor()).append(',').append(r.date()).append(',').append(r.category()).append(',').append(r.amount()).append('\n');
        return s.toString();
    }

    public static final String SPEC = """
            title: Monthly donations
            name: monthly
            currency: EUR
            locale: en-IE
            seed: 7
            sources:
              - file: donations.csv
            customer_id: donor_id
            date: date
            measures:
              - column: amount
                label: Donations
                kind: money
            dimensions: [category]
            trend: none
            questions:
              - dimension: category
                top: 3
            """;
}
