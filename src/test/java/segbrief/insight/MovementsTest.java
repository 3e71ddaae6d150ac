package segbrief.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import segbrief.brief.Continuity;
import segbrief.brief.CustomerScores;
import segbrief.brief.Formats;
import segbrief.brief.PreviousScores;

class MovementsTest {
    /**
     * 100 Loyal customers then: 70 stay, 30 become At risk. 100 Champions: 95 stay, 3 become Loyal, 2 At risk. One
     * customer is new, one has left. At risk gathers 32 of 200, so independence expects 100 x 32 / 200 = 16 of the
     * Loyal there: z = (30 − 16) / √16 = 3.5, p = 0.000465, times 4 off-diagonal cells = 0.0019 < 0.05.
     */
    @Test
    void the_largest_movement_beyond_chance_is_stated() {
        List<String> ids = new ArrayList<>();
        List<String> now = new ArrayList<>();
        Map<String, String> then = new HashMap<>();
        Map<String, Integer> clustersThen = new HashMap<>();
        for (int i = 0; i < 100; i++) add(ids, now, then, "L" + i, "Loyal", i < 70 ? "Loyal" : "At risk");
        for (int i = 0; i < 100; i++) add(ids, now, then, "C" + i, "Champions", i < 95 ? "Champions" : i < 98 ? "Loyal" : "At risk");
        ids.add("NEW");
        now.add("New customers");
        then.put("GONE", "Loyal");
        int n = ids.size();
        int[] clusters = new int[n];
        for (int i = 0; i < n; i++) {
            clusters[i] = i < 150 ? 1 : 2;
            if (!ids.get(i).equals("NEW")) clustersThen.put(ids.get(i), i < 100 ? 1 : 2);
        }
        List<String> names = java.util.Collections.nCopies(n, "x");
        CustomerScores scores = new CustomerScores(ids, clusters, names, new int[n], new int[n], new int[n], now);
        var moves = Movements.of(scores, new PreviousScores("2023-11", clustersThen, then), new Formats(Locale.UK, "EUR"));

        Continuity.Movement rfm = moves.get(0);
        assertThat(rfm.kind()).isEqualTo("rfm");
        assertThat(rfm.flows()).containsExactly(
                new Continuity.Flow("Champions", "Champions", 95), new Continuity.Flow("Loyal", "Loyal", 70),
                new Continuity.Flow("Loyal", "At risk", 30), new Continuity.Flow("Champions", "Loyal", 3),
                new Continuity.Flow("Champions", "At risk", 2));
        assertThat(rfm.largest()).isEqualTo("30 Loyal customers became At risk (of 100 Loyal in 2023-11)");
        assertThat(2 * (1 - Normal.cdf(3.5)) * 4).isLessThan(0.05);

        // clusters: 100 stay in 1, 50 move from 2 to 1 (rows 100..149), 50 stay in 2
        Continuity.Movement c = moves.get(1);
        assertThat(c.flows()).containsExactly(new Continuity.Flow("1", "1", 100), new Continuity.Flow("2", "1", 50),
                new Continuity.Flow("2", "2", 50));
        // 2 → 1: expected 100 x 150 / 200 = 75 > 50: fewer than chance, so nothing is stated
        assertThat(c.largest()).isNull();
    }

    private static void add(List<String> ids, List<String> now, Map<String, String> then, String id, String was, String is) {
        ids.add(id);
        now.add(is);
        then.put(id, was);
    }

    /** The standard normal CDF by Simpson's rule, independent of the code under test. */
    static final class Normal {
        static double cdf(double z) {
            int n = 20_000;
            double h = z / n;
            double s = 0;
            for (int i = 0; i <= n; i++) {
                double x = i * h;
                s += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * Math.exp(-x * x / 2);
            }
            return 0.5 + s * h / 3 / Math.sqrt(2 * Math.PI);
        }
    }
}
