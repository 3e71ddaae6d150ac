package segbrief.brief;

/** One input file: its name in the spec, its file name, format, SHA-256 of its bytes and rows read. */
public record SourceInfo(String name, String file, String format, String sha256, long rows, int columns) {}
