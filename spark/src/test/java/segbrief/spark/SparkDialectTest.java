package segbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.DuckDbSource;

/**
 * Every Dialect method, spelled for Spark and for DuckDB, gives on its engine the value worked out here by hand
 * (x = 1, 2, 3, 4, 10; quantiles interpolate linearly between the two nearest of the sorted values).
 */
class SparkDialectTest {
    static DuckDbSource duck;
    static Engine spark;

    @BeforeAll
    static void open() {
        duck = DuckDbSource.open(null, "10%");
        spark = new SparkEngine(SparkSessions.open(null));
        for (Engine e : engines()) {
            e.execute("data", e.dialect().createView("dialect_t",
                    "SELECT * FROM (VALUES (1, 'a', 'b1'), (2, 'a', 'b2'), (3, 'b', 'b1'), (4, 'b', 'b2'), (10, 'b', 'b1')) AS v(x, g, h)"));
        }
    }

    @AfterAll
    static void close() {
        duck.close();
    }

    static List<Engine> engines() {
        return List.of(duck.engine(), spark);
    }

    static Stream<Arguments> both() {
        return Stream.of(Arguments.of("duckdb"), Arguments.of("spark"));
    }

    static Engine engine(String name) {
        return name.equals("spark") ? spark : duck.engine();
    }

    static Object one(Engine e, String expr) {
        try (Rows r = e.query("test", "SELECT " + expr + " FROM dialect_t")) {
            r.next();
            return r.getObject(1);
        }
    }

    @ParameterizedTest
    @MethodSource("both")
    void quantiles_interpolate_between_the_nearest_values(String name) {
        Engine e = engine(name);
        Dialect d = e.dialect();
        assertThat(((Number) one(e, d.quantile("x", 0.25))).doubleValue()).isEqualTo(2.0);  // position 4 * 0.25 = 1
        assertThat(((Number) one(e, d.median("x"))).doubleValue()).isEqualTo(3.0);
        assertThat(((Number) one(e, d.quantile("x", 0.9))).doubleValue()).isCloseTo(7.6, org.assertj.core.data.Offset.offset(1e-12));  // 4 + 0.6 * 6
        List<?> qs = (List<?>) one(e, d.quantiles("x", List.of(0.25, 0.75)));
        assertThat(qs.stream().map(v -> ((Number) v).doubleValue()).toList()).containsExactly(2.0, 4.0);
    }

    @ParameterizedTest
    @MethodSource("both")
    void dates_truncate_to_the_first_day_and_days_count_between(String name) {
        Engine e = engine(name);
        Dialect d = e.dialect();
        String day = "DATE '2023-05-17'";  // a Wednesday
        assertThat(date(e, d.truncDate("week", day))).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(date(e, d.truncDate("month", day))).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(date(e, d.truncDate("quarter", day))).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(date(e, d.truncDate("year", day))).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(date(e, d.truncDate("day", day))).isEqualTo(LocalDate.of(2023, 5, 17));
        assertThat(((Number) one(e, d.daysBetween("DATE '2023-01-01'", "DATE '2023-03-01'"))).longValue()).isEqualTo(59);
    }

    private static LocalDate date(Engine e, String expr) {
        try (Rows r = e.query("test", "SELECT " + expr + " FROM dialect_t")) {
            r.next();
            return r.getDate(1);
        }
    }

    @ParameterizedTest
    @MethodSource("both")
    void grouping_masks_name_the_columns_aggregated_away_first_column_highest(String name) {
        Engine e = engine(name);
        Dialect d = e.dialect();
        String sql = "SELECT " + d.groupingId(List.of("g", "h")) + " AS both_, " + d.groupingId(List.of("h")) + " AS h_only, count(*)"
                + " FROM dialect_t GROUP BY GROUPING SETS ((g, h), (g), ()) ORDER BY 1, 3";
        try (Rows r = e.query("test", sql)) {
            StringBuilder s = new StringBuilder();
            while (r.next()) s.append(r.getLong(1)).append('/').append(r.getLong(2)).append('/').append(r.getLong(3)).append(' ');
            // (g, h): 4 groups, mask 0; (g): 2 groups, h away (1); (): everything away (3), h away (1)
            assertThat(s.toString().strip()).isEqualTo("0/0/1 0/0/1 0/0/1 0/0/2 1/1/2 1/1/3 3/1/5");
        }
    }

    @ParameterizedTest
    @MethodSource("both")
    void text_casts_prefixes_flags_and_buckets(String name) {
        Engine e = engine(name);
        Dialect d = e.dialect();
        assertThat(one(e, d.text("12"))).isEqualTo("12");
        assertThat(one(e, d.tryCast("'x1'", "DOUBLE"))).isNull();
        assertThat(((Number) one(e, d.tryCast("'2.5'", "DOUBLE"))).doubleValue()).isEqualTo(2.5);
        assertThat(one(e, d.startsWith("'abc'", "'ab'"))).isEqualTo(true);
        assertThat(one(e, d.startsWith("'abc'", "'b'"))).isEqualTo(false);
        assertThat(((Number) one(e, d.flag("1 < 2"))).intValue()).isEqualTo(1);
        assertThat(((Number) one(e, d.flag("1 > 2"))).intValue()).isEqualTo(0);
        try (Rows r = e.query("test", "SELECT min(" + d.hashBucket("x", 10) + "), max(" + d.hashBucket("x", 10) + ") FROM dialect_t")) {
            r.next();
            assertThat(r.getLong(1)).isBetween(0L, 9L);
            assertThat(r.getLong(2)).isBetween(0L, 9L);
        }
        assertThat(((Number) one(e, d.decimal("1.005", 18, 2))).doubleValue()).isIn(1.0, 1.01);
    }

    @ParameterizedTest
    @MethodSource("both")
    void a_temp_table_is_read_back_and_dropped(String name) {
        Engine e = engine(name);
        Dialect d = e.dialect();
        e.execute("test", d.dropTempTable("dialect_tmp"));
        e.execute("test", d.createTempTable("dialect_tmp", "SELECT g, sum(x) AS s FROM dialect_t GROUP BY g"));
        assertThat(e.scalar("test", "SELECT sum(s) FROM dialect_tmp")).isEqualTo(20);
        e.execute("test", d.dropTempTable("dialect_tmp"));
    }
}
