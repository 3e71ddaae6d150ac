package segbrief.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the brief is about and how to print it.
 *
 * @param name        the brief's short name, used for the output folder ("crowdfunding")
 * @param periodLabel "2023", "2023-Q4", "2023-11" or "All data"
 * @param dataFrom    first date in the data of the period (null when there is no date column)
 * @param dataTo      last date in the data of the period (null when there is no date column)
 * @param pageSize    "A4" or "LETTER"
 * @param seed        the seed used for every random choice (sampling, k-means, bootstrap)
 * @param previousPeriodLabel the period KPI changes compare with ("2022"), or null
 */
public record Meta(
        String name,
        String title,
        String subtitle,
        String periodLabel,
        LocalDate dataFrom,
        LocalDate dataTo,
        String currency,
        String localeTag,
        String pageSize,
        List<SourceInfo> sources,
        String productVersion,
        long seed,
        String previousPeriodLabel) {

    public Meta {
        sources = List.copyOf(sources);
    }

    /** A brief with no earlier period to compare with. */
    public Meta(String name, String title, String subtitle, String periodLabel, LocalDate dataFrom, LocalDate dataTo,
                String currency, String localeTag, String pageSize, List<SourceInfo> sources, String productVersion, long seed) {
        this(name, title, subtitle, periodLabel, dataFrom, dataTo, currency, localeTag, pageSize, sources, productVersion, seed, null);
    }

    /** "vs 2022" when the KPIs compare with a named period, else "vs previous period". */
    public String versusPrevious() {
        return previousPeriodLabel == null ? "vs previous period" : "vs " + previousPeriodLabel;
    }

    public Formats formats() { return new Formats(Locale.forLanguageTag(localeTag), currency); }
}
