package segbrief.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import segbrief.brief.Continuity;

/** Holm's step-down correction: the k-th smallest of m p-values is multiplied by (m − k + 1), kept monotone, capped at 1. */
final class Holm {
    private Holm() {}

    static List<WhatChanged.Tested> adjust(List<WhatChanged.Tested> in) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) if (!Double.isNaN(in.get(i).change().p())) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> in.get(i).change().p()).thenComparing(i -> i));
        double[] adjusted = new double[in.size()];
        java.util.Arrays.fill(adjusted, Double.NaN);
        int m = order.size();
        double running = 0;
        for (int k = 0; k < m; k++) {
            int i = order.get(k);
            running = Math.max(running, Math.min(1, (m - k) * in.get(i).change().p()));
            adjusted[i] = running;
        }
        List<WhatChanged.Tested> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Continuity.Change c = in.get(i).change();
            boolean significant = !Double.isNaN(adjusted[i]) && adjusted[i] < ChangeTest.ALPHA;
            out.add(new WhatChanged.Tested(new Continuity.Change(c.key(), c.group(), c.label(), c.kind(), c.previous(), c.current(),
                    c.difference(), c.low(), c.high(), c.test(), c.p(), significant, adjusted[i]), in.get(i).sentence(), in.get(i).rank()));
        }
        return out;
    }
}
