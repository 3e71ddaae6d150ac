package segbrief.metrics;

import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code previous-month} and {@code previous-quarter}: the last whole month or quarter before a date, so that a
 * crontab line can ask for "last month" on the 3rd without knowing which month that is.
 */
public final class RelativePeriod {
    private RelativePeriod() {}

    public static boolean isRelative(String text) {
        if (text == null) return false;
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("previous-month") || t.equals("previous-quarter");
    }

    /** The period label ("2023-11", "2023-Q3") a relative period names as of {@code asOf}; other text unchanged. */
    public static String resolve(String text, LocalDate asOf) {
        if (!isRelative(text)) return text;
        if (text.strip().equalsIgnoreCase("previous-month")) {
            LocalDate m = asOf.withDayOfMonth(1).minusMonths(1);
            return String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue());
        }
        LocalDate quarterStart = asOf.withDayOfMonth(1).withMonth(3 * ((asOf.getMonthValue() - 1) / 3) + 1);
        LocalDate q = quarterStart.minusMonths(3);
        return String.format(Locale.ROOT, "%04d-Q%d", q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
    }
}
