package segbrief.spec;

import java.nio.file.Path;
import java.util.List;
import segbrief.brief.ValueKind;

/**
 * A checked brief spec: what the data is and what the executive page must answer. Column names here are as the
 * user wrote them until {@link ColumnResolver} maps them onto the real headers.
 *
 * @param origin the spec file (for messages), or the data file when the spec was inferred
 * @param period the period the brief covers unless the command line names one ("2023"), or null for all data
 * @param filter the rows the brief keeps, or null for every row
 * @param minCustomers groups with fewer customers are never headlined or recommended ({@code min_customers:})
 * @param orderId      the order column ({@code order_id:}): RFM frequency and a customer's orders count its distinct
 *                     values (one order of several lines is one purchase); null to look for one in the data
 */
public record BriefSpec(
        String origin,
        Path baseDir,
        String name,
        String title,
        String subtitle,
        String currency,
        String locale,
        String page,
        long seed,
        List<SourceSpec> sources,
        Col customerId,
        Col date,
        List<DeriveSpec> derive,
        List<MeasureSpec> measures,
        List<DimensionSpec> dimensions,
        List<BinSpec> bins,
        List<CrossTabSpec> crossTabs,
        String trend,
        List<Col> distributionColumns,
        Col distributionBy,
        List<QuestionSpec> questions,
        ClusterSpec clusters,
        EmailSpec email,
        String period,
        FilterSpec filter,
        long minCustomers,
        List<RecipientSpec> recipients,
        BrandSpec brand,
        Col orderId,
        List<KpiSpec> kpis) {

    public static final long DEFAULT_MIN_CUSTOMERS = 30;

    /** A spec without recipients or a brand: one brief for the whole data, in the default look. */
    public BriefSpec(String origin, Path baseDir, String name, String title, String subtitle, String currency, String locale,
                     String page, long seed, List<SourceSpec> sources, Col customerId, Col date, List<DeriveSpec> derive,
                     List<MeasureSpec> measures, List<DimensionSpec> dimensions, List<BinSpec> bins,
                     List<CrossTabSpec> crossTabs, String trend, List<Col> distributionColumns, Col distributionBy,
                     List<QuestionSpec> questions, ClusterSpec clusters, EmailSpec email, String period, FilterSpec filter,
                     long minCustomers) {
        this(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date, derive, measures,
                dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters, email, period,
                filter, minCustomers, List.of(), null);
    }

    public BriefSpec(String origin, Path baseDir, String name, String title, String subtitle, String currency, String locale,
                     String page, long seed, List<SourceSpec> sources, Col customerId, Col date, List<DeriveSpec> derive,
                     List<MeasureSpec> measures, List<DimensionSpec> dimensions, List<BinSpec> bins,
                     List<CrossTabSpec> crossTabs, String trend, List<Col> distributionColumns, Col distributionBy,
                     List<QuestionSpec> questions, ClusterSpec clusters, EmailSpec email, String period, FilterSpec filter) {
        this(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date, derive, measures,
                dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters, email, period,
                filter, DEFAULT_MIN_CUSTOMERS, List.of(), null);
    }

    /** A spec without an order column ({@code order_id:}) and with the default KPI tiles. */
    public BriefSpec(String origin, Path baseDir, String name, String title, String subtitle, String currency, String locale,
                     String page, long seed, List<SourceSpec> sources, Col customerId, Col date, List<DeriveSpec> derive,
                     List<MeasureSpec> measures, List<DimensionSpec> dimensions, List<BinSpec> bins,
                     List<CrossTabSpec> crossTabs, String trend, List<Col> distributionColumns, Col distributionBy,
                     List<QuestionSpec> questions, ClusterSpec clusters, EmailSpec email, String period, FilterSpec filter,
                     long minCustomers, List<RecipientSpec> recipients, BrandSpec brand) {
        this(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date, derive, measures,
                dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters, email, period,
                filter, minCustomers, recipients, brand, null, List.of());
    }

    public BriefSpec {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        sources = List.copyOf(sources);
        derive = List.copyOf(derive);
        measures = List.copyOf(measures);
        dimensions = List.copyOf(dimensions);
        bins = List.copyOf(bins);
        crossTabs = List.copyOf(crossTabs);
        distributionColumns = List.copyOf(distributionColumns);
        questions = List.copyOf(questions);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A column reference and the spec line it came from (0 when inferred). */
    public record Col(String name, int line) {
        @Override
        public String toString() { return name; }
    }

    /**
     * @param decimal how the file writes decimals ({@code decimal: comma|point}), or null to judge it per column from
     *                the values
     */
    public record SourceSpec(String name, Path file, Col joinLeft, Col joinRight, int line, DecimalMark decimal) {
        public SourceSpec(String name, Path file, Col joinLeft, Col joinRight, int line) {
            this(name, file, joinLeft, joinRight, line, null);
        }
    }

    /** The decimal separator a spec forces: 1.234,56 (comma) or 1,234.56 (point). */
    public enum DecimalMark { COMMA, POINT }

    public record DeriveSpec(String column, String expr, int line) {}

    /** A condition every row of the brief meets ({@code filter:}), checked like a derive expression. */
    public record FilterSpec(String expr, int line) {}

    public record MeasureSpec(Col column, String label, ValueKind kind, boolean primary) {}

    public record DimensionSpec(Col column, String label) {}

    /** Either fixed {@code edges} (with optional labels) or {@code quantiles} bands. */
    public record BinSpec(Col column, String label, List<Double> edges, List<String> labels, int quantiles) {
        public BinSpec {
            edges = List.copyOf(edges);
            labels = List.copyOf(labels);
        }
    }

    public record CrossTabSpec(Col rows, Col columns) {}

    /**
     * One question of the executive page: about a dimension (its leader, its top N, split by another), or, when
     * {@code trend} is set ("year", "quarter", "month"), about the primary measure over time; then dimension is null.
     */
    public record QuestionSpec(String ask, Col dimension, int top, Col split, int line, String trend) {
        public QuestionSpec(String ask, Col dimension, int top, Col split, int line) {
            this(ask, dimension, top, split, line, null);
        }

        public boolean isTrend() { return trend != null; }
    }

    /** k == null means choose k from {@link #MIN_K} to {@link #MAX_K} by silhouette. */
    public record ClusterSpec(List<Col> features, Integer k, String scaling, int line) {
        /** The numbers of clusters a brief may have, wherever k is given (spec, command line) or chosen. */
        public static final int MIN_K = 2;
        public static final int MAX_K = 10;

        public ClusterSpec {
            features = List.copyOf(features);
        }

        /**
         * A number of clusters as the user writes it: "auto" gives null (chosen by silhouette), a whole number
         * within the limits gives itself; anything else is an {@link IllegalArgumentException} saying what is allowed.
         */
        public static Integer parseK(String text) {
            String t = text == null ? "" : text.strip();
            if (t.equalsIgnoreCase("auto")) return null;
            int k;
            try {
                k = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("k must be auto or a whole number from " + MIN_K + " to " + MAX_K + ", not \"" + t + "\"");
            }
            if (k < MIN_K || k > MAX_K) {
                throw new IllegalArgumentException("k must be auto or a whole number from " + MIN_K + " to " + MAX_K + ", not " + k);
            }
            return k;
        }
    }

    public record EmailSpec(String from, List<String> to, List<String> cc, String subject, boolean attachPdf) {
        public EmailSpec {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }
    }

    /**
     * One KPI tile chosen in {@code kpis:}: {@code what} is "customers", "rows" or "measure"; then {@code measure} is
     * the index in {@link #measures()} and {@code stat} "sum", "mean" or "per_customer".
     */
    public record KpiSpec(String what, int measure, String stat, int line) {}

    /** The same spec with other dimensions. */
    public BriefSpec withDimensions(List<DimensionSpec> dims) {
        return new BriefSpec(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date,
                derive, measures, dims, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters,
                email, period, filter, minCustomers, recipients, brand, orderId, kpis);
    }

    /** The same spec with other questions. */
    public BriefSpec withQuestions(List<QuestionSpec> qs) {
        return new BriefSpec(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date,
                derive, measures, dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, qs, clusters,
                email, period, filter, minCustomers, recipients, brand, orderId, kpis);
    }

    /** The same spec with another clusters section. */
    public BriefSpec withClusters(ClusterSpec c) {
        return new BriefSpec(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date,
                derive, measures, dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, c,
                email, period, filter, minCustomers, recipients, brand, orderId, kpis);
    }

    /** The same spec with another title. */
    public BriefSpec withTitle(String t) {
        return new BriefSpec(origin, baseDir, name, t, subtitle, currency, locale, page, seed, sources, customerId, date,
                derive, measures, dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters,
                email, period, filter, minCustomers, recipients, brand, orderId, kpis);
    }

    /** The same spec with other recipients. */
    public BriefSpec withRecipients(List<RecipientSpec> rs) {
        return new BriefSpec(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date,
                derive, measures, dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters,
                email, period, filter, minCustomers, rs, brand, orderId, kpis);
    }

    /** The same spec with other derived columns. */
    public BriefSpec withDerive(List<DeriveSpec> columns) {
        return new BriefSpec(origin, baseDir, name, title, subtitle, currency, locale, page, seed, sources, customerId, date,
                columns, measures, dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters,
                email, period, filter, minCustomers, recipients, brand, orderId, kpis);
    }

    /** The same spec reading other files. */
    public BriefSpec withSources(List<SourceSpec> files) {
        return new BriefSpec(origin, baseDir, name, title, subtitle, currency, locale, page, seed, files, customerId, date,
                derive, measures, dimensions, bins, crossTabs, trend, distributionColumns, distributionBy, questions, clusters,
                email, period, filter, minCustomers, recipients, brand, orderId, kpis);
    }

    /**
     * The company's look ({@code brand:}): colours are "#RRGGBB", checked for contrast; {@code logo} is an existing
     * PNG or SVG file; null colours and an empty palette keep the defaults.
     */
    public record BrandSpec(String company, Path logo, String accent, String positive, String negative, List<String> palette,
                            String footer, String sender, int line) {
        public BrandSpec {
            palette = List.copyOf(palette);
        }
    }

    public MeasureSpec primary() {
        return measures.stream().filter(MeasureSpec::primary).findFirst().orElseThrow();
    }
}
