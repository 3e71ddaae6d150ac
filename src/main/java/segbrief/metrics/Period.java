package segbrief.metrics;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import segbrief.UserError;

/**
 * A reporting period: a year, a quarter or a month, half-open [start, end), with the period of the same length
 * just before it for comparisons. {@link #ALL} means every row.
 */
public record Period(String label, String folder, LocalDate start, LocalDate end, LocalDate previousStart, String grain) {
    public static final Period ALL = new Period("All data", "all", null, null, null, null);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public boolean isAll() { return start == null; }

    /** Parses 2023, 2023-Q4 or 2023-11; null or blank gives {@link #ALL}. */
    public static Period parse(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("all")) return ALL;
        String t = text.strip();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return new Period(t, t, s, s.plusYears(1), s.minusYears(1), "year");
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int q = Integer.parseInt(m.group(2));
            LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 3 * (q - 1) + 1, 1);
            String label = m.group(1) + "-Q" + q;
            return new Period(label, label, s, s.plusMonths(3), s.minusMonths(3), "quarter");
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
                return new Period(t, t, s, s.plusMonths(1), s.minusMonths(1), "month");
            }
        }
        throw new UserError(UserError.Kind.USAGE, "--period " + t, "not a period",
                "use a year (2023), a quarter (2023-Q4) or a month (2023-11)");
    }
}
