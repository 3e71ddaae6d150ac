package segbrief.chart;

import java.io.Serial;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import segbrief.brief.Formats;
import segbrief.brief.ValueKind;

/**
 * Axis tick labels through {@link Formats#compact}: JFreeChart asks a NumberFormat, this one answers with the
 * brief's wording. Ticks are round numbers, so trailing zeros after the decimal point are dropped
 * ("€25.0k" → "€25k", "20.0%" → "20%"); value labels keep the full compact form.
 */
final class CompactNumberFormat extends NumberFormat {
    @Serial
    private static final long serialVersionUID = 1L;
    private final transient Formats formats;
    private final ValueKind kind;
    private final char decimalSeparator;

    CompactNumberFormat(Formats formats, ValueKind kind) {
        this.formats = formats;
        this.kind = kind;
        this.decimalSeparator = DecimalFormatSymbols.getInstance(formats.locale()).getDecimalSeparator();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(tick(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(tick(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are written, never read");
    }

    String tick(double value) {
        // -0.0 from axis arithmetic would read as "-0"
        double v = Math.abs(value) < 1e-12 ? 0.0 : value;
        return trimZeros(formats.compact(v, kind));
    }

    private String trimZeros(String text) {
        int dot = text.indexOf(decimalSeparator);
        if (dot < 0) return text;
        int end = dot + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
        int last = end - 1;
        while (last > dot && text.charAt(last) == '0') last--;
        int keepTo = last == dot ? dot : last + 1;
        return text.substring(0, keepTo) + text.substring(end);
    }
}
