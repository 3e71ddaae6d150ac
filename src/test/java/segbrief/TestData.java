package segbrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small hand-made inputs for tests, written into a test's temporary folder. */
public final class TestData {
    private TestData() {}

    public static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One donation: the same fields the crowdfunding spec reads. */
    public record Donation(int id, String donor, String date, String category, String device, String gender, Integer age, Double amount) {}

    /** A seeded set of donations with a few missing values, to check every metric against plain Java arithmetic. */
    public static List<Donation> donations(int n, long seed) {
        Random r = new Random(seed);
        String[] cats = {"Games", "Sports", "Technology", "Art", "Music"};
        List<Donation> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String cat = i % 17 == 0 ? null : cats[r.nextInt(cats.length)];
            String device = r.nextDouble() < 0.6 ? "iOS" : "Android";
            String gender = r.nextBoolean() ? "Female" : "Male";
            Integer age = i % 23 == 0 ? null : 18 + r.nextInt(55);
            double amount = Math.round(r.nextDouble() * 20000) / 100.0;
            int month = 1 + r.nextInt(12);
            int year = i % 5 == 0 ? 2022 : 2023;
            out.add(new Donation(i, "D" + (1 + r.nextInt(n / 3)), String.format("%d-%02d-%02d", year, month, 1 + r.nextInt(28)),
                    cat, device, gender, age, amount));
        }
        return out;
    }

    public static String csv(List<Donation> rows) {
        StringBuilder s = new StringBuilder("donation_id,donor_id,date,category,device,gender,age,amount\n");
        for (Donation d : rows) {
            s.append(d.id()).append(',').append(d.donor()).append(',').append(d.date()).append(',')
                    .append(d.category() == null ? "" : d.category()).append(',').append(d.device()).append(',')
                    .append(d.gender()).append(',').append(d.age() == null ? "" : d.age()).append(',')
                    .append(d.amount()).append('\n');
        }
        return s.toString();
    }

    public static final String SPEC = """
            title: Test donations
            currency: EUR
            locale: en-IE
            sources:
              - file: donations.csv
            customer_id: donor_id
            date: date
            measures:
              - column: amount
                label: Donations
                kind: money
            dimensions: [category, device, gender]
            bins:
              - column: age
                label: Age bracket
                edges: [18, 25, 35, 45, 55, 65]
            crosstabs:
              - {rows: device, columns: gender}
            questions:
              - dimension: category
                top: 3
              - dimension: device
                split: gender
              - dimension: age
                split: gender
            """;
}
