package segbrief.generate;

import java.util.List;
import java.util.SplittableRandom;

/** A categorical distribution over labels, drawn by binary search on cumulative weights (stable order). */
final class Weighted {
    private final List<String> labels;
    private final double[] cumulative;

    Weighted(List<String> labels, double... weights) {
        if (labels.size() != weights.length) {
            throw new IllegalArgumentException(labels.size() + " labels but " + weights.length + " weights");
        }
        this.labels = List.copyOf(labels);
        this.cumulative = cumulate(weights);
    }

    /** Indices 0..n-1 with these weights (labels are the indices). */
    static Weighted ofWeights(double... weights) {
        String[] names = new String[weights.length];
        for (int i = 0; i < names.length; i++) names[i] = Integer.toString(i);
        return new Weighted(List.of(names), weights);
    }

    int pick(SplittableRandom r) {
        return pick(cumulative, r);
    }

    String label(int index) { return labels.get(index); }

    String draw(SplittableRandom r) { return labels.get(pick(r)); }

    int size() { return labels.size(); }

    /** Draws from weights that change per row (base × factors), without building a new object. */
    static int pick(double[] weights, double total, SplittableRandom r) {
        double x = Draw.uniform(r) * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    private static int pick(double[] cumulative, SplittableRandom r) {
        double x = Draw.uniform(r) * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static double[] cumulate(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            sum += weights[i];
            c[i] = sum;
        }
        if (sum <= 0) throw new IllegalArgumentException("weights sum to " + sum);
        return c;
    }
}
