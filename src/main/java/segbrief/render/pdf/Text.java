package segbrief.render.pdf;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import segbrief.brief.Brief;
import segbrief.brief.Meta;
import segbrief.brief.ValueKind;

/** Small wordings both PDFs share. */
final class Text {
    private Text() {}

    /** "1 Jan 2023 – 31 Dec 2023" in the brief's locale, or null without a date column. */
    static String dataRange(Meta meta) {
        if (meta.dataFrom() == null || meta.dataTo() == null) return null;
        DateTimeFormatter d = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(meta.formats().locale());
        return d.format(meta.dataFrom()) + " – " + d.format(meta.dataTo());
    }

    /** "Source: donations.csv, 20,000 rows" (several sources are listed). */
    static String sourcesLine(Brief brief) {
        if (brief.meta().sources().isEmpty()) return "";
        return (brief.meta().sources().size() == 1 ? "Source: " : "Sources: ") + brief.meta().sources().stream()
                .map(s -> s.file() + ", " + brief.formats().exact(s.rows(), ValueKind.COUNT) + " rows")
                .collect(Collectors.joining("; "));
    }

    /** Escapes text placed inside JasperReports' styled markup. */
    static String xml(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
