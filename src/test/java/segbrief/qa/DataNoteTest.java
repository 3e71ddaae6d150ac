package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executive page's data note: a data problem that moves the headline figure by more than 3% is said in one line
 * there (figures worked out here), one that does not is left to the appendix.
 */
class DataNoteTest {
    @TempDir
    Path dir;

    /** Rows 1..n with amounts {@code amounts} (NaN: left empty), three regions, a customer per row. */
    private static String csv(double[] amounts) {
        StringBuilder s = new StringBuilder("id,customer,amount,region\n");
        for (int i = 0; i < amounts.length; i++) {
            s.append(i + 1).append(",C").append(i + 1).append(',')
                    .append(Double.isNaN(amounts[i]) ? "" : String.format(Locale.ROOT, "%.0f", amounts[i]))
                    .append(',').append(new String[] {"North", "South", "East"}[i % 3]).append('\n');
        }
        return s.toString();
    }

    /** Linear interpolation between order statistics (R's type 7, DuckDB's quantile_cont). */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    }

    private static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", 100 * share);
    }

    @Test
    void outliersAndMissingValuesThatMoveTheTotalAreOnTheExecutivePage() {
        double[] amounts = new double[42];
        for (int i = 0; i < 37; i++) amounts[i] = 11 + i;
        amounts[37] = 5000;
        amounts[38] = 6000;
        amounts[39] = 7000;
        amounts[40] = Double.NaN;
        amounts[41] = Double.NaN;
        double[] present = Arrays.stream(amounts).filter(a -> !Double.isNaN(a)).sorted().toArray();
        double q1 = quantile(present, 0.25);
        double q3 = quantile(present, 0.75);
        double fence = q3 * Math.pow(q3 / q1, 3);  // all positive: three interquartile ranges on the log scale
        double total = Arrays.stream(present).sum();
        double far = Arrays.stream(present).filter(a -> a > fence).sum();
        assertThat(Arrays.stream(present).filter(a -> a > fence).count()).isEqualTo(3);

        Qa.Brief b = Qa.run("run", Qa.write(dir, "orders.csv", csv(amounts)).toString(), "--out", dir.resolve("out").toString()).ok();
        String note = b.metrics().get("quality").get("data_note").asText();
        assertThat(note).startsWith("3 far-out values above ")
                .contains("make " + percent(far / total) + " of ")
                .contains(percent(2.0 / 42) + " of rows have no ")
                .endsWith(": see the appendix");
        assertThat(b.pdfText("executive.pdf")).contains("Data note: 3 far-out values");
        assertThat(b.text("summary.html")).contains("Data note: 3 far-out values");
    }

    @Test
    void problemsBelowTheThresholdStayInTheAppendix() {
        // one missing amount in 41 rows (2.4%) and no far-out value
        double[] amounts = new double[41];
        for (int i = 0; i < 40; i++) amounts[i] = 11 + i;
        amounts[40] = Double.NaN;
        assertThat(1.0 / 41).isLessThan(0.03);

        Qa.Brief b = Qa.run("run", Qa.write(dir, "orders.csv", csv(amounts)).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("quality").has("data_note")).isFalse();
        assertThat(b.pdfText("executive.pdf")).doesNotContain("Data note");
    }
}
