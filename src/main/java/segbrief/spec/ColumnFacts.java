package segbrief.spec;

/**
 * What role inference knows of one column: its header, its sniffed type and a few counts.
 *
 * @param type     the DuckDB type ("VARCHAR", "BIGINT", "DOUBLE", "DATE", "BOOLEAN", ...)
 * @param distinct distinct non-missing values (approximate for large files)
 * @param integral true for a numeric column whose values are all whole numbers
 */
public record ColumnFacts(String name, String type, long rows, long nonMissing, long distinct, double min, double max,
                          boolean integral) {
    public boolean numeric() {
        return type.startsWith("DECIMAL") || type.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL)");
    }

    public boolean temporal() {
        return type.startsWith("DATE") || type.startsWith("TIMESTAMP");
    }

    public boolean text() {
        return type.equals("VARCHAR") || type.equals("BOOLEAN");
    }
}
