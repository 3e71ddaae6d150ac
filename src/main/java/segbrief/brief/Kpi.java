package segbrief.brief;

/**
 * A headline figure.
 *
 * @param key    stable machine name ("rows", "customers", "amount.sum")
 * @param change relative change against the previous period of the same length, or NaN when there is none
 */
public record Kpi(String key, String label, double value, ValueKind kind, double change) {}
