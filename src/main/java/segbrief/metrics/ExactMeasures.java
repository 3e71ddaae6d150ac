package segbrief.metrics;

import java.util.HashMap;
import java.util.Map;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Ingested;
import segbrief.source.Sql;

/**
 * A measure as exact decimals for sums and means. Engines add floating-point values in whatever order their threads
 * finish, so a sum of doubles can differ in its last digits from run to run (the grocery brief's totals did);
 * decimals add exactly, in any order. Six decimal places; 18 digits when every value fits (as fast as doubles on
 * DuckDB), 38 otherwise, which query "largest value of COLUMN" decides once per column, over every row (the previous
 * period is summed the same way). Integer and decimal columns are exact already and pass through.
 */
final class ExactMeasures {
    private final Engine engine;
    private final Ingested data;
    private final Map<String, String> known = new HashMap<>();
    private final Map<String, Double> largest = new HashMap<>();

    ExactMeasures(Engine engine, Ingested data) {
        this.engine = engine;
        this.data = data;
    }

    String of(String column) {
        String sql = known.get(column);
        if (sql != null) return sql;
        String c = Sql.id(column);
        String type = data.columns().getOrDefault(column, "");
        sql = c;
        if (type.equals("DOUBLE") || type.equals("FLOAT") || type.equals("REAL")) {
            double max;
            try (Rows r = engine.query("largest value of " + column, "SELECT max(abs(" + c + ")) FROM " + data.table())) {
                r.next();
                max = r.getDouble(1);
            }
            sql = engine.dialect().decimal(c, max < 1e11 ? 18 : 38, 6);
            largest.put(column, max);
        }
        known.put(column, sql);
        return sql;
    }

    /**
     * The aggregate sum of the squares of {@code column} over at most {@code rows} rows: exact (decimal squares of
     * the six-place decimals, twelve places) when the total surely fits 38 digits, else a sum of doubles. Amounts in
     * cents square to four places, so their sums of squares often end in a 5 where twelve significant digits round
     * them: a sum of doubles, off in its last bit by the order threads add in, then rounds either way from run to run.
     */
    String sumOfSquares(String column, long rows) {
        String e = of(column);
        Double max = largest.get(column);
        var sql = engine.dialect();
        if (max != null && max < 1e11 && max * max * Math.max(1, rows) < 1e24) {
            // 38 digits for the product: an 18-digit decimal's square overflows its 64 bits
            String wide = sql.decimal(Sql.id(column), 38, 6);
            return "sum(" + wide + " * " + wide + ")";
        }
        return sql.floatSum(sql.toDouble(e) + " * " + sql.toDouble(e));
    }
}
