package segbrief.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import segbrief.brief.Claim;
import segbrief.metrics.SegmentUnits;

class StatTestsTest {
    // R's sleep data (Cushny & Peebles, 1905), the textbook example of Welch's test:
    // t.test(extra ~ group, data = sleep) gives t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval -3.3654832 0.2054832
    static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void welch_from_summaries_gives_the_textbook_t_df_and_p() {
        StatTests.Result r = StatTests.welch(10, mean(DRUG1), variance(DRUG1), 10, mean(DRUG2), variance(DRUG2));
        assertThat(r.statistic()).isCloseTo(-1.8608, within(1e-4));
        assertThat(r.df()).isCloseTo(17.776, within(1e-3));
        assertThat(r.p()).isCloseTo(0.07939, within(1e-5));
        assertThat(r.estimate()).isCloseTo(-1.58, within(1e-12));
        // the interval uses 17 degrees of freedom, not 17.776: a little wider than R's, never narrower
        assertThat(r.low()).isLessThan(-3.3654832).isCloseTo(-3.3654832, within(0.02));
        assertThat(r.high()).isGreaterThan(0.2054832).isCloseTo(0.2054832, within(0.02));
    }

    @Test
    void welch_agrees_with_a_permutation_test_written_here() {
        Random rnd = new Random(11);
        double[] a = new double[60];
        double[] b = new double[80];
        for (int i = 0; i < a.length; i++) a[i] = 50 + 12 * rnd.nextGaussian() + 4;
        for (int i = 0; i < b.length; i++) b[i] = 50 + 12 * rnd.nextGaussian();
        double observed = Math.abs(mean(a) - mean(b));
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        int extreme = 0;
        int rounds = 20_000;
        for (int k = 0; k < rounds; k++) {
            for (int i = all.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                double t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            double sa = 0;
            double sb = 0;
            for (int i = 0; i < all.length; i++) if (i < a.length) sa += all[i]; else sb += all[i];
            if (Math.abs(sa / a.length - sb / b.length) >= observed) extreme++;
        }
        double permutationP = (double) extreme / rounds;
        double p = StatTests.welch(a.length, mean(a), variance(a), b.length, mean(b), variance(b)).p();
        assertThat(p).isCloseTo(permutationP, within(0.01));
    }

    @Test
    void benjamini_hochberg_matches_the_hand_computed_q_values() {
        // sorted p 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04, already monotone
        double[] q = StatTests.benjaminiHochberg(new double[]{0.01, 0.04, 0.03, 0.005, Double.NaN});
        assertThat(q[0]).isCloseTo(0.02, within(1e-12));
        assertThat(q[1]).isCloseTo(0.04, within(1e-12));
        assertThat(q[2]).isCloseTo(0.04, within(1e-12));
        assertThat(q[3]).isCloseTo(0.02, within(1e-12));
        assertThat(q[4]).isNaN();
        // p·m/rank: 0.04·3/1 = 0.12, 0.5·3/2 = 0.75, 0.9·3/3 = 0.9; each already below the one above it
        double[] q2 = StatTests.benjaminiHochberg(new double[]{0.9, 0.04, 0.5});
        assertThat(q2).containsExactly(new double[]{0.9, 0.12, 0.75}, within(1e-12));
    }

    @Test
    void the_normal_p_value_is_the_textbook_one() {
        assertThat(StatTests.normalTwoSided(1.959963984540054)).isCloseTo(0.05, within(1e-12));
        assertThat(StatTests.normalTwoSided(-2.575829303548901)).isCloseTo(0.01, within(1e-12));
    }

    /**
     * The lead of one segment's total over another's: its standard error from per-customer sums against the spread
     * of the lead over customers resampled with replacement (a bootstrap written here).
     */
    @Test
    void the_lead_test_has_the_spread_of_a_bootstrap_over_customers() {
        Random rnd = new Random(5);
        int n = 600;
        int[] segment = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            segment[i] = rnd.nextInt(3);
            value[i] = Math.exp(3 + rnd.nextGaussian()) * (segment[i] == 0 ? 1.2 : 1);
        }
        SegmentUnits[] u = new SegmentUnits[3];
        for (int s = 0; s < 3; s++) u[s] = new SegmentUnits(0, 0, 0);
        for (int i = 0; i < n; i++) u[segment[i]] = u[segment[i]].plus(new SegmentUnits(1, value[i], value[i] * value[i]));
        Claim c = ClaimTests.leads("x", "a", u[0], u[0].n(), "b", u[1], u[1].n(), n, "customers");
        double productSe = (c.estimate() - c.low()) / 1.959963984540054;

        List<Double> leads = new ArrayList<>();
        Random boot = new Random(8);
        for (int k = 0; k < 4000; k++) {
            double lead = 0;
            for (int i = 0; i < n; i++) {
                int j = boot.nextInt(n);
                lead += segment[j] == 0 ? value[j] : segment[j] == 1 ? -value[j] : 0;
            }
            leads.add(lead);
        }
        double m = leads.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(leads.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (leads.size() - 1));
        assertThat(c.estimate()).isCloseTo(u[0].sum() - u[1].sum(), within(1e-9));
        assertThat(productSe).isCloseTo(sd, within(0.05 * sd));
    }

    /** The lift's delta-method interval against the percentiles of a bootstrap of the ratio of means. */
    @Test
    void the_lift_interval_matches_a_bootstrap_of_the_ratio() {
        Random rnd = new Random(3);
        double[] a = new double[200];
        double[] b = new double[900];
        for (int i = 0; i < a.length; i++) a[i] = Math.exp(4 + 0.8 * rnd.nextGaussian()) * 1.5;
        for (int i = 0; i < b.length; i++) b[i] = Math.exp(4 + 0.8 * rnd.nextGaussian());
        StatTests.Result r = StatTests.lift(a.length, mean(a), variance(a), b.length, mean(b), variance(b));
        assertThat(r.estimate()).isCloseTo(mean(a) / mean(b), within(1e-12));
        double[] ratios = new double[4000];
        Random boot = new Random(4);
        for (int k = 0; k < ratios.length; k++) {
            double sa = 0;
            double sb = 0;
            for (int i = 0; i < a.length; i++) sa += a[boot.nextInt(a.length)];
            for (int i = 0; i < b.length; i++) sb += b[boot.nextInt(b.length)];
            ratios[k] = (sa / a.length) / (sb / b.length);
        }
        java.util.Arrays.sort(ratios);
        assertThat(r.low()).isCloseTo(ratios[100], within(0.04));
        assertThat(r.high()).isCloseTo(ratios[3899], within(0.04));
    }

    @Test
    void claims_fail_below_the_minimum_size_or_when_the_interval_crosses_no_effect() {
        ClaimBook book = new ClaimBook(0.05, 30);
        SegmentUnits big = new SegmentUnits(100, 100 * 20.0, 100 * (20.0 * 20 + 4));
        SegmentUnits small = new SegmentUnits(10, 10 * 40.0, 10 * (40.0 * 40 + 4));
        SegmentUnits rest = new SegmentUnits(500, 500 * 10.0, 500 * (10.0 * 10 + 4));
        book.add(ClaimTests.lift("x", "big", big, 100, rest, 500, "customers"));
        book.add(ClaimTests.lift("x", "small", small, 10, rest, 500, "customers"));
        book.add(ClaimTests.lift("x", "same", rest, 500, rest, 500, "customers"));
        book.judge();
        assertThat(book.passed("lift:x:big")).isTrue();
        assertThat(book.get("lift:x:small").p()).isLessThan(1e-6);
        assertThat(book.passed("lift:x:small")).as("10 customers are fewer than 30").isFalse();
        assertThat(book.passed("lift:x:same")).isFalse();
    }

    @Test
    void cramers_v_is_the_phi_coefficient_on_two_by_two_and_one_when_one_determines_the_other() {
        // 2 × 2: V = |ad − bc| / √((a+b)(c+d)(a+c)(b+d)) = 200 / √(30·70·40·60)
        assertThat(StatTests.cramersV(new long[][]{{10, 20}, {30, 40}})).isCloseTo(200 / Math.sqrt(30.0 * 70 * 40 * 60), within(1e-12));
        assertThat(StatTests.cramersV(new long[][]{{5, 0, 0}, {0, 7, 0}, {0, 0, 9}, {0, 0, 0}})).isCloseTo(1, within(1e-12));
        assertThat(StatTests.cramersV(new long[][]{{10, 10}, {20, 20}})).isCloseTo(0, within(1e-12));
        assertThat(StatTests.cramersV(new long[][]{{10, 10}})).isNaN();
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }
}
