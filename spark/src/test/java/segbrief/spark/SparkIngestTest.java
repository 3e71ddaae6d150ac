package segbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.DuckDbSource;
import segbrief.source.Ingested;
import segbrief.source.Source;
import segbrief.source.Sources;
import segbrief.spec.BriefSpec;
import segbrief.spec.ColumnResolver;
import segbrief.spec.ImpliedRoles;
import segbrief.spec.SpecLoader;

/**
 * Each bundled brief ingested by Spark holds what DuckDB's ingest holds: the same columns and types, rows, sources,
 * notes and dates (the figures over them are compared brief by brief in {@link SparkBriefsTest}).
 */
class SparkIngestTest {
    static final Path DATA = Path.of("../data");

    /** The two that exercise most of the ingest: five joined files with derived columns, and a gzipped CSV with dates. */
    @ParameterizedTest
    @ValueSource(strings = {"grocery", "sales"})
    void the_ingested_table_is_the_same_on_both_engines(String brief) {
        BriefSpec raw = SpecLoader.load(DATA.resolve(brief).resolve("brief.yaml"));
        try (Source duck = DuckDbSource.open(null, "25%");
             Source spark = SparkSource.open(new Sources.Options("spark", null, null, null))) {
            Ingested a = ingest(duck, raw);
            Ingested b = ingest(spark, raw);
            assertThat(b.columns()).isEqualTo(a.columns());
            assertThat(b.rowsRead()).isEqualTo(a.rowsRead());
            assertThat(b.dateColumn()).isEqualTo(a.dateColumn());
            assertThat(b.yearsOnly()).isEqualTo(a.yearsOnly());
            assertThat(b.notes()).isEqualTo(a.notes());
            assertThat(b.sources()).isEqualTo(a.sources());
            if (a.dateColumn() != null) {
                String sql = "SELECT count(__date), min(datediff_days), max(datediff_days) FROM (SELECT __date, "
                        + "CAST(" + duck.engine().dialect().daysBetween("DATE '2000-01-01'", "__date") + " AS BIGINT) AS datediff_days FROM facts_all) AS d";
                assertThat(row(spark.engine(), sql.replace(duck.engine().dialect().daysBetween("DATE '2000-01-01'", "__date"),
                        spark.engine().dialect().daysBetween("DATE '2000-01-01'", "__date")))).containsExactly(row(duck.engine(), sql));
            }
        }
    }

    static Ingested ingest(Source source, BriefSpec raw) {
        Set<String> columns = new LinkedHashSet<>();
        for (var s : raw.sources()) columns.addAll(source.describe(s.file()).keySet());
        raw.derive().forEach(d -> columns.add(d.column()));
        BriefSpec spec = ImpliedRoles.complete(new ColumnResolver(raw.origin(), columns).apply(raw));
        Set<String> available = new LinkedHashSet<>();
        for (var s : spec.sources()) available.addAll(source.describe(s.file()).keySet());
        return source.ingest(spec, ImpliedRoles.numeric(spec), ImpliedRoles.text(spec), ImpliedRoles.used(spec, available));
    }

    static double[] row(Engine engine, String sql) {
        try (Rows r = engine.query("test", sql)) {
            r.next();
            double[] out = new double[r.columnCount()];
            for (int i = 0; i < out.length; i++) out[i] = r.getDouble(i + 1);
            return out;
        }
    }
}
