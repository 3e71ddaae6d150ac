package segbrief.metrics;

import static segbrief.metrics.CustomerSql.given;
import static segbrief.metrics.CustomerSql.q;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import segbrief.brief.RfmSummary;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/** Recency, frequency and monetary quintile scores per customer, and the named RFM segments, all in SQL. */
public final class Rfm {
    public static final String CHAMPIONS = "Champions";
    public static final String LOYAL = "Loyal";
    public static final String POTENTIAL = "Potential loyalists";
    public static final String NEW = "New customers";
    public static final String PROMISING = "Promising";
    public static final String NEED_ATTENTION = "Need attention";
    public static final String ABOUT_TO_SLEEP = "About to sleep";
    public static final String AT_RISK = "At risk";
    public static final String CANT_LOSE = "Can't lose them";
    public static final String HIBERNATING = "Hibernating";
    public static final String LOST = "Lost";

    /** Segments in the order the brief lists them: most valuable first. */
    public static final List<String> SEGMENTS = List.of(CHAMPIONS, LOYAL, POTENTIAL, NEW, PROMISING,
            NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE, HIBERNATING, LOST);

    /**
     * Segment by recency score (row, 1-5) and frequency score (column, 1-5). The R/F grid is the one reproduced
     * in most RFM tutorials (the "seg_map" of regular expressions over "RF": [1-2][1-2] hibernating,
     * [1-2][3-4] at risk, [1-2]5 can't lose them, 3[1-2] about to sleep, 33 need attention, [3-4][4-5] loyal,
     * 41 promising, 51 new customers, [4-5][2-3] potential loyalists, 5[4-5] champions). "Lost" (R1 F1) is
     * carved out of hibernating as in Putler's eleven-segment RFM table, which has lost = lowest R and F.
     */
    static final String[][] SEGMENT_BY_R_F = {
            {LOST, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
            {PROMISING, POTENTIAL, POTENTIAL, LOYAL, LOYAL},
            {NEW, POTENTIAL, POTENTIAL, CHAMPIONS, CHAMPIONS},
    };

    private static final java.util.concurrent.atomic.AtomicLong TEMP_TABLES = new java.util.concurrent.atomic.AtomicLong();

    private Rfm() {}

    /** As {@link #compute(Engine, String, String, String, String, String)} counting rows as orders. */
    public static Optional<RfmResult> compute(Engine c, String table, String customerColumn, String dateColumn,
                                              String amountColumn) {
        return compute(c, table, customerColumn, dateColumn, amountColumn, null);
    }

    /**
     * RFM for every customer, or empty unless customer, date and amount columns are all given. Frequency counts
     * rows, or distinct {@code orderColumn} values when given. Reference date: the latest date plus one day.
     * Scores are quintiles of each customer's rank; customers with equal values share the lower score.
     */
    public static Optional<RfmResult> compute(Engine c, String table, String customerColumn, String dateColumn,
                                              String amountColumn, String orderColumn) {
        if (!given(customerColumn) || !given(dateColumn) || !given(amountColumn)) return Optional.empty();
        CustomerSql.requireColumns(c, table, java.util.Arrays.asList(customerColumn, dateColumn, amountColumn,
                orderColumn));
        // Scored once into a connection-local temporary table, then read twice (per customer, per segment).
        String scored = q("__segbrief_rfm_" + TEMP_TABLES.incrementAndGet());
        Dialect sql = c.dialect();
        c.execute("rfm scores", sql.createTempTable(scored,
                scoredSql(sql, table, customerColumn, dateColumn, amountColumn, orderColumn) + " SELECT * FROM scored"));
        try {
            return read(c, scored, given(orderColumn) ? orderColumn : null);
        } finally {
            c.execute("rfm scores dropped", sql.dropTempTable(scored));
        }
    }

    private static Optional<RfmResult> read(Engine c, String scored, String orderColumn) {
        List<String> ids = new ArrayList<>();
        var r = new IntList();
        var f = new IntList();
        var m = new IntList();
        List<String> segments = new ArrayList<>();
        CustomerSql.query(c, "rfm scores per customer", "SELECT " + c.dialect().text("k") + ", r, f, m FROM " + scored + " ORDER BY k",
                rs -> {
                    ids.add(rs.getString(1));
                    r.add(rs.getInt(2));
                    f.add(rs.getInt(3));
                    m.add(rs.getInt(4));
                    segments.add(segmentOf(r.last(), f.last()));  // the table's segment, without a string per row
                });
        if (ids.isEmpty()) return Optional.empty();

        LocalDate[] reference = new LocalDate[1];
        List<RfmSummary.Segment> rows = new ArrayList<>();
        CustomerSql.query(c, "rfm segments", """
                SELECT segment, count(*), count(*) / sum(count(*)) OVER (), CAST(sum(monetary) AS DOUBLE),
                       CAST(sum(monetary) AS DOUBLE) / nullif(CAST(sum(sum(monetary)) OVER () AS DOUBLE), 0),
                       avg(recency), avg(frequency), CAST(avg(monetary) AS DOUBLE), min(ref)
                FROM %s GROUP BY segment""".formatted(scored), rs -> {
            rows.add(new RfmSummary.Segment(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4),
                    nullable(rs, 5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));
            reference[0] = rs.getDate(9);
        });
        rows.sort(java.util.Comparator.comparingInt(s -> SEGMENTS.indexOf(s.name())));
        // the chart is the insight stage's choice
        var summary = new RfmSummary(reference[0], ids.size(), rows, null, orderColumn);
        return Optional.of(new RfmResult(summary, ids, r.toArray(), f.toArray(), m.toArray(), segments));
    }

    static String scoredSql(Dialect sql, String table, String customer, String date, String amount, String order) {
        // Recency: fewest days → 5. Quintiles of the rank, so tied values share a score (splitting them by customer
        // id would put equal customers in different segments by the order of their ids).
        return """
                WITH src AS (SELECT %1$s AS k, CAST(%2$s AS DATE) AS d, %3$s AS a%4$s FROM %5$s
                             WHERE %1$s IS NOT NULL AND %2$s IS NOT NULL),
                ref AS (SELECT max(d) + 1 AS ref FROM src),
                base AS (SELECT k, %6$s AS recency, %7$s AS frequency, coalesce(sum(a), 0) AS monetary,
                                (SELECT ref FROM ref) AS ref
                         FROM src GROUP BY k),
                quint AS (SELECT *, %8$s AS r, %9$s AS f, %10$s AS m FROM base),
                scored AS (SELECT *, %11$s AS segment FROM quint)""".formatted(q(customer), q(date),
                sql.tryCast(q(amount), "DECIMAL(38, 6)"), given(order) ? ", " + q(order) : "", q(table),
                sql.daysBetween("max(d)", "(SELECT ref FROM ref)"), given(order) ? "count(DISTINCT " + q(order) + ")" : "count(*)",
                quintile("recency DESC"), quintile("frequency"), quintile("monetary"), segmentCase());
    }

    /** 1-5 from the share of customers ranked below: 1 + floor(5 × (rank − 1) / customers); ties take the lowest rank. */
    static String quintile(String order) {
        return "CAST(1 + floor(5 * (rank() OVER (ORDER BY " + order + ") - 1) / count(*) OVER ()) AS INTEGER)";
    }

    private static String segmentCase() {
        StringBuilder s = new StringBuilder("CASE r * 10 + f");
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                s.append(" WHEN ").append(r * 10 + f).append(" THEN '")
                        .append(SEGMENT_BY_R_F[r - 1][f - 1].replace("'", "''")).append('\'');
            }
        }
        return s.append(" END").toString();
    }

    /** The segment of a customer with recency score {@code r} and frequency score {@code f}. */
    public static String segmentOf(int r, int f) {
        return SEGMENT_BY_R_F[r - 1][f - 1];
    }

    private static double nullable(Rows rs, int column) {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** A growable int column, so a million customers are not boxed. */
    private static final class IntList {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() { return java.util.Arrays.copyOf(a, n); }

        int last() { return a[n - 1]; }
    }
}
