package segbrief.metrics;

/**
 * How a quantile bin's edge is written in the bin's name ("Q1 (12k to under 20k)"). The words are the insight
 * stage's (locale, compact numbers); the metrics only put the edges in place, so a segment's name is known when
 * its rows are grouped.
 */
@FunctionalInterface
public interface EdgeText {
    String of(double edge);

    /** Plain numbers, for tests and tools without a locale. */
    EdgeText PLAIN = v -> v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
}
