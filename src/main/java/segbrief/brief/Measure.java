package segbrief.brief;

/** A numeric column summed and averaged per segment; {@code column} is the header as written in the source. */
public record Measure(String column, String label, ValueKind kind, boolean primary) {}
