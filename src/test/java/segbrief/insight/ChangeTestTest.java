package segbrief.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from scipy 1.17 (stats.t.sf, stats.norm.sf, stats.t.ppf), computed outside this code. */
class ChangeTestTest {
    @Test
    void welch_from_n_mean_and_variance() {
        // n 10, mean 5, variance 4 against n 12, mean 7, variance 9: se = sqrt(0.4 + 0.75), df 19.19 by
        // Welch–Satterthwaite; the interval uses the t quantile of 19 degrees of freedom (scipy: t.ppf(0.975, 19))
        ChangeTest t = ChangeTest.welch(10, 5, 4, 12, 7, 9);
        assertThat(t.test()).isEqualTo("welch-t");
        assertThat(t.difference()).isEqualTo(2.0);
        assertThat(t.p()).isCloseTo(0.07754643868205859, within(1e-8));
        assertThat(t.low()).isCloseTo(2 - 2.0930240544083087 * 1.0723805294763609, within(1e-6));
        assertThat(t.high()).isCloseTo(2 + 2.0930240544083087 * 1.0723805294763609, within(1e-6));
        assertThat(t.passed()).isFalse();
        assertThat(ChangeTest.welch(1, 5, Double.NaN, 12, 7, 9).test()).isEqualTo("none");
    }

    @Test
    void two_proportions_pooled_for_p_unpooled_for_the_interval() {
        // 10 of 20 against 30 of 40: pooled 40/60, z = 0.25 / sqrt(2/3 * 1/3 * (1/20 + 1/40))
        ChangeTest t = ChangeTest.proportions(10, 20, 30, 40);
        double z = 0.25 / Math.sqrt(2.0 / 3 * 1.0 / 3 * (1.0 / 20 + 1.0 / 40));
        assertThat(z).isCloseTo(1.9364916731037085, within(1e-12));
        assertThat(t.p()).isCloseTo(0.05280751141611358, within(2e-7)); // scipy: 2 * norm.sf(1.9364916731037085)
        double se = Math.sqrt(0.5 * 0.5 / 20 + 0.75 * 0.25 / 40);
        assertThat(t.low()).isCloseTo(0.25 - 1.959963984540054 * se, within(1e-12));
        assertThat(t.previous()).isEqualTo(0.5);
        assertThat(t.current()).isEqualTo(0.75);
    }

    @Test
    void counts_and_totals() {
        // 100 against 144: z = 44 / sqrt(244)
        assertThat(ChangeTest.counts(100, 144).p()).isCloseTo(0.004850300457042105, within(2e-7)); // scipy: 2 * norm.sf(44 / sqrt(244))
        // totals 20 x 8 = 160 against 30 x 8 = 240; Var = n (σ² + μ²) = 20 x 68 + 30 x 68
        ChangeTest t = ChangeTest.totals(20, 8, 4, 30, 8, 4);
        assertThat(t.difference()).isEqualTo(80.0);
        assertThat(t.high() - t.difference()).isCloseTo(1.959963984540054 * Math.sqrt(50 * 68), within(1e-9));
    }

    @Test
    void changes_are_judged_by_their_benjamini_hochberg_q() {
        var a = tested("a", 0.01);
        var b = tested("b", 0.04);
        var c = tested("c", 0.03);
        var n = tested("n", Double.NaN);
        var out = WhatChanged.judged(java.util.List.of(a, b, c, n));
        // m = 3: 0.01 x 3 / 1 = 0.03; 0.03 x 3 / 2 = 0.045; 0.04 x 3 / 3 = 0.04, so 0.045 drops to 0.04 (monotone)
        assertThat(out.get(0).change().q()).isCloseTo(0.03, within(1e-12));
        assertThat(out.get(2).change().q()).isCloseTo(0.04, within(1e-12));
        assertThat(out.get(1).change().q()).isCloseTo(0.04, within(1e-12));
        assertThat(out.get(3).change().q()).isNaN();
        assertThat(out.stream().map(t -> t.change().significant()).toList()).containsExactly(true, true, true, false);
    }

    private static WhatChanged.Tested tested(String key, double p) {
        return new WhatChanged.Tested(new segbrief.brief.Continuity.Change(key, "kpi", key, segbrief.brief.ValueKind.COUNT, 0, 0,
                0, 0, 0, "poisson-z", p, false, Double.NaN), key, 1);
    }
}
