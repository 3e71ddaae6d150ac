package segbrief.generate;

import java.util.SplittableRandom;

/**
 * Draws without replacement from fixed counts, one row at a time: the file gets exactly the counts (112 female
 * of 200) in a random order, and nothing is held per row.
 */
final class Quota {
    private final long[] left;
    private long total;

    /** Counts proportional to shares, rounded so they add up to {@code rows}. */
    Quota(long rows, double... shares) {
        double sum = 0;
        for (double s : shares) sum += s;
        left = new long[shares.length];
        long assigned = 0;
        double running = 0;
        for (int i = 0; i < shares.length; i++) {
            running += shares[i];
            long upTo = Math.round(rows * running / sum);
            left[i] = upTo - assigned;
            assigned = upTo;
        }
        total = rows;
    }

    int pick(SplittableRandom r) {
        if (total <= 0) throw new IllegalStateException("quota exhausted");
        long x = (long) Math.floor(Draw.uniform(r) * total);
        for (int i = 0; i < left.length; i++) {
            x -= left[i];
            if (x < 0) {
                left[i]--;
                total--;
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
