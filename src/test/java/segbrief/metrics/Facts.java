package segbrief.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.DuckDbDialect;
import segbrief.source.DuckDbEngine;
import segbrief.source.Ingested;
import segbrief.spec.BriefSpec;
import segbrief.spec.SpecLoader;

/**
 * Eight facts small enough to work every figure out by hand, in an in-memory DuckDB: table {@code facts_all} (as
 * ingested) and view {@code facts} over all of it (the metrics' period view). Customer NULL on one row, region NULL on one, amount NULL on one:
 * <pre>
 * cust  region amount items day
 * a     N      10     1     2023-01-05
 * a     N      20     2     2023-02-10
 * b     N      30     1     2023-01-20
 * b     S      40     3     2023-03-01
 * c     S      50     1     2023-03-15
 * c     NULL   60     2     2023-03-20
 * d     S      NULL   1     2023-01-25
 * NULL  N      5      1     2023-01-01
 * </pre>
 * Engines: DuckDB's dialect, and a portable one (the {@link Dialect} defaults: CASE lookups, count DISTINCT per
 * key, plain casts), which is how an engine without DuckDB's tricks runs the same queries.
 */
final class Facts implements AutoCloseable {
    final Connection conn;
    final Engine duckdb;
    final Engine portable;

    Facts() throws SQLException {
        conn = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = conn.createStatement()) {
            st.execute("""
                    CREATE TABLE facts_all AS SELECT * FROM (VALUES
                      ('a', 'N', 10.0, 1, DATE '2023-01-05'),
                      ('a', 'N', 20.0, 2, DATE '2023-02-10'),
                      ('b', 'N', 30.0, 1, DATE '2023-01-20'),
                      ('b', 'S', 40.0, 3, DATE '2023-03-01'),
                      ('c', 'S', 50.0, 1, DATE '2023-03-15'),
                      ('c', NULL, 60.0, 2, DATE '2023-03-20'),
                      ('d', 'S', NULL, 1, DATE '2023-01-25'),
                      (NULL, 'N', 5.0, 1, DATE '2023-01-01')
                    ) AS t(cust, region, amount, items, day)""");
            st.execute("ALTER TABLE facts_all ALTER amount TYPE DOUBLE");
            st.execute("CREATE VIEW facts AS SELECT * FROM facts_all");
        }
        duckdb = new DuckDbEngine(conn);
        portable = withDialect(duckdb, new Portable());
    }

    Engine engine(boolean duck) {
        return duck ? duckdb : portable;
    }

    void sql(String statement) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(statement);
        }
    }

    static final Map<String, String> COLUMNS = new LinkedHashMap<>(Map.of());

    static {
        COLUMNS.put("cust", "VARCHAR");
        COLUMNS.put("region", "VARCHAR");
        COLUMNS.put("amount", "DOUBLE");
        COLUMNS.put("items", "INTEGER");
        COLUMNS.put("day", "DATE");
    }

    /** The table as ingested data: {@code day} is the date column. */
    static Ingested ingested() {
        return new Ingested("facts_all", "*", COLUMNS, "day", false, List.of(), 8, 0, List.of(), List.of());
    }

    /** A spec over the table: customer cust, measures amount (primary, money) and items, dimension region. */
    static BriefSpec spec(Path dir) throws java.io.IOException {
        Files.writeString(dir.resolve("facts.csv"), "cust,region,amount,items,day\n");
        Path spec = Files.writeString(dir.resolve("brief.yaml"), """
                title: Facts
                sources:
                  - file: facts.csv
                customer_id: cust
                date: day
                measures:
                  - {column: amount, label: Amount, kind: money, primary: true}
                  - {column: items, label: Items, kind: count}
                dimensions: [region]
                """);
        return SpecLoader.load(spec);
    }

    /** region as text, the way the metrics key a plain dimension. */
    static Dim region() {
        return new Dim("region", "Region", "CAST(\"region\" AS VARCHAR)", false, List.of(), null);
    }

    /** amount in two bins: under 25, and 25 and over. */
    static Dim band() {
        Dim.Case c = new Dim.Case("\"amount\"", List.of("25.0"), true, List.of("Under 25"), "25+");
        return new Dim("amount", "Amount band", c.sql(), true, List.of("Under 25", "25+"), c);
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }

    static Engine withDialect(Engine e, Dialect d) {
        return new Engine() {
            @Override public String name() { return e.name(); }
            @Override public Dialect dialect() { return d; }
            @Override public Rows query(String name, String sql) { return e.query(name, sql); }
            @Override public void execute(String name, String sql) { e.execute(name, sql); }
            @Override public void close() { e.close(); }
        };
    }

    /** Only what has no portable spelling is DuckDB's; every default of {@link Dialect} is kept. */
    static final class Portable implements Dialect {
        private final Dialect duck = DuckDbDialect.INSTANCE;

        @Override public String text(String expr) { return duck.text(expr); }
        @Override public String tryCast(String expr, String type) { return duck.tryCast(expr, type); }
        @Override public String quantile(String expr, double q) { return duck.quantile(expr, q); }
        @Override public String quantiles(String expr, List<Double> qs) { return duck.quantiles(expr, qs); }
        @Override public String hashBucket(String expr, long buckets) { return duck.hashBucket(expr, buckets); }
        @Override public String truncDate(String grain, String date) { return duck.truncDate(grain, date); }
        @Override public String daysBetween(String from, String to) { return duck.daysBetween(from, to); }
        @Override public String groupingId(List<String> columns) { return duck.groupingId(columns); }
        @Override public String startsWith(String text, String prefix) { return duck.startsWith(text, prefix); }
    }
}
