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
    /**
     * The type role inference judges a sniffed column by: text that is nearly all numbers (one "12.5O" among
     * thousands) is the number column it is, and text that is nearly all dates (one 2023-02-30 among them) the date
     * column it is; anything else keeps its sniffed type.
     *
     * @param present values present; {@code numbers} and {@code dates} of them that read as a number or a date
     */
    public static String judged(String sniffed, long present, long numbers, long dates) {
        if (!sniffed.equals("VARCHAR")) return sniffed;
        if (numbers > 0 && numbers >= 0.5 * present && present - numbers <= Math.max(2, 0.05 * present)) return "DOUBLE";
        if (dates > 0 && present - dates <= Math.max(2, 0.05 * present)) return "DATE";
        return sniffed;
    }

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
