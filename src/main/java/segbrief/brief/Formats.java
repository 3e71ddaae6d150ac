package segbrief.brief;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place numbers become text. Every renderer formats through this class, so the same figure reads the
 * same in the PDF, the HTML, the email and the CSV tables. {@code compact} is for the executive page
 * ("€165.4k", "$1.52M"); {@code exact} is for the appendix.
 */
public final class Formats {
    private final Locale locale;
    private final Currency currency;
    private final String symbol;

    public Formats(Locale locale, String currencyCode) {
        this.locale = Objects.requireNonNull(locale);
        this.currency = Currency.getInstance(currencyCode);
        this.symbol = currency.getSymbol(locale.getCountry().isEmpty() ? Locale.US : locale);
    }

    public Locale locale() { return locale; }

    public String currencySymbol() { return symbol; }

    /** Short form for headline figures: three significant digits and a k/M/B suffix from 10,000 up. */
    public String compact(double value, ValueKind kind) {
        if (Double.isNaN(value)) return "–";
        return switch (kind) {
            case SHARE -> percent(value);
            case MONEY -> money(abbreviate(value, true));
            case COUNT -> abbreviate(value, Math.abs(value) >= 10_000);
            case NUMBER -> Math.abs(value) >= 10_000 ? abbreviate(value, true) : decimals(value, Math.abs(value) < 10 ? 2 : 1);
        };
    }

    /** Full form for tables: grouped digits, cents for money, two decimals for plain numbers. */
    public String exact(double value, ValueKind kind) {
        if (Double.isNaN(value)) return "–";
        return switch (kind) {
            case SHARE -> percent(value);
            case MONEY -> money(decimals(value, 2));
            case COUNT -> decimals(value, 0);
            case NUMBER -> decimals(value, 2);
        };
    }

    /** A share 0..1 as a percentage with one decimal: 0.2034 → "20.3%". */
    public String percent(double share) {
        if (Double.isNaN(share)) return "–";
        return decimals(share * 100, 1) + "%";
    }

    /** A relative change with its sign: 0.052 → "+5.2%". */
    public String change(double relative) {
        if (Double.isNaN(relative) || Double.isInfinite(relative)) return "–";
        String s = percent(Math.abs(relative));
        return (relative >= 0 ? "+" : "−") + s;
    }

    public String decimals(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setGroupingUsed(true);
        return f.format(value + 0.0);
    }

    private String money(String amount) {
        return amount.startsWith("-") ? "-" + symbol + amount.substring(1) : symbol + amount;
    }

    private String abbreviate(double value, boolean allowSuffix) {
        double a = Math.abs(value);
        if (!allowSuffix || a < 1_000) {
            return decimals(value, a < 1_000 && a != Math.rint(a) ? (a < 100 ? 2 : 1) : 0);
        }
        String[] suffix = {"k", "M", "B", "T"};
        double scaled = value;
        int i = -1;
        while (Math.abs(scaled) >= 1_000 && i < suffix.length - 1) {
            scaled /= 1_000;
            i++;
        }
        double s = Math.abs(scaled);
        int digits = s >= 100 ? 1 : s >= 10 ? 1 : 2;
        if (i == 0) digits = 1;
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(scaled) + suffix[i];
    }
}
