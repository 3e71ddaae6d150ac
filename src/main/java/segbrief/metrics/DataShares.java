package segbrief.metrics;

import java.util.List;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.FarOut;
import segbrief.source.Ingested;
import segbrief.source.Sql;

/**
 * How much the data's problems weigh in the period's headline figure, the primary measure's total: its far
 * outliers' share of the total, the share of rows without a value, the share of rows that repeat another exactly,
 * and the share of the file's rows that could not be read. The insight stage decides whether they are worth a line
 * on the executive page.
 *
 * @param rows         rows in the period
 * @param outliers     values of the primary measure far outside its usual range (see {@link FarOut})
 * @param outlierShare their share of the total (of absolute values, so that refunds cannot hide them); 0 without any
 * @param upperFence   the value above which a value counts as far out; NaN when the quartiles coincide
 * @param missing      rows in the period with no value of the primary measure
 * @param duplicates   rows in the period that repeat an earlier row in every column read (0 when not counted)
 * @param rejected     rows of the files that could not be read, of {@code read + rejected}
 */
public record DataShares(long rows, long outliers, double outlierShare, double upperFence, long missing, long duplicates,
                         long rejected, long read) {
    /** Repeated rows are counted up to this many rows (a pass that groups by every column), as in the ingest's checks. */
    private static final long DUPLICATE_ROWS = 2_000_000;

    public double missingShare() { return rows == 0 ? 0 : (double) missing / rows; }

    public double duplicateShare() { return rows == 0 ? 0 : (double) duplicates / rows; }

    public double rejectedShare() { return read + rejected == 0 ? 0 : (double) rejected / (read + rejected); }

    /** The shares over the period's rows, read from the metrics view ({@link MetricsEngine#VIEW}, created by compute()). */
    public static DataShares measure(Engine engine, Ingested data, String primary) {
        String c = engine.dialect().toDouble(Sql.id(primary));
        String view = MetricsEngine.VIEW;
        {
            long rows;
            long missing;
            long outliers = 0;
            double share = 0;
            double fence = Double.NaN;
            try (Rows r = engine.query("missing values", "SELECT count(*), count(*) - count(" + c + ") FROM " + view)) {
                r.next();
                rows = r.getLong(1);
                missing = r.getLong(2);
            }
            try (Rows r = engine.query("far outliers", "WITH " + FarOut.fences(engine.dialect(), c, view) + " SELECT count(*) FILTER (WHERE " + FarOut.isFar(c)
                    + "), COALESCE(sum(abs(" + c + ")) FILTER (WHERE " + FarOut.isFar(c) + "), 0) / any_value(__total), any_value(__hi), "
                    + "any_value(__spread) FROM " + view + ", __q")) {
                if (r.next() && r.getBoolean(4)) {
                    outliers = r.getLong(1);
                    share = outliers == 0 ? 0 : r.getDouble(2);
                    fence = r.getDouble(3);
                }
            }
            return new DataShares(rows, outliers, share, fence, missing, duplicates(engine, data, rows), data.rowsRejected(),
                    data.rowsRead());
        }
    }

    private static long duplicates(Engine engine, Ingested data, long rows) {
        List<String> names = data.columns().keySet().stream().filter(n -> !n.startsWith("__")).toList();
        if (names.isEmpty() || rows > DUPLICATE_ROWS) return 0;
        String cols = String.join(", ", names.stream().map(Sql::id).toList());
        return engine.scalar("duplicate rows", "SELECT COALESCE(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM " + MetricsEngine.VIEW
                + " GROUP BY " + cols + " HAVING count(*) > 1)");
    }
}
