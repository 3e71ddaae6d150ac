package segbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.cli.Main;

/**
 * The acceptance test of the second engine: each bundled brief run on Spark (local mode) gives the metrics.json that
 * DuckDB gives. Every number agrees to 1e-9 relative, every text (segment order, claims, notes) exactly; only the
 * fields that name the engine may differ.
 */
class SparkBriefsTest {
    /** Fields that name the engine that computed the brief. */
    static final Set<String> ENGINE_FIELDS = Set.of("engine");
    static final double RELATIVE = 1e-9;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mall", "ecommerce", "crowdfunding", "sales", "grocery"})
    void a_bundled_brief_gives_the_same_metrics_on_spark_as_on_duckdb(String brief) throws Exception {
        Path spec = SparkIngestTest.DATA.resolve(brief).resolve("brief.yaml");
        JsonNode duck = run(spec, dir.resolve("duckdb"), "duckdb");
        JsonNode spark = run(spec, dir.resolve("spark"), "spark");
        List<String> differences = new ArrayList<>();
        compare("", duck, spark, differences);
        assertThat(differences).as(brief).isEmpty();
    }

    static JsonNode run(Path spec, Path out, String engine) throws Exception {
        return runOn(spec, out, engine);
    }

    /** Runs a spec, or a data file or folder whose roles are inferred, and reads the metrics.json written. */
    static JsonNode runOn(Path spec, Path out, String engine) throws Exception {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"run", spec.toString(), "--out", out.toString(), "--engine", engine},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(engine + ": " + err).isZero();
        try (var files = Files.walk(out)) {
            Path metrics = files.filter(p -> p.getFileName().toString().equals("metrics.json")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(metrics.toFile());
        }
    }

    /** Collects every difference (path: expected vs actual), so that one failure shows them all. */
    static void compare(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() > 40) return;
        if (a.isNumber() && b.isNumber()) {
            double x = a.asDouble();
            double y = b.asDouble();
            if (Math.abs(x - y) > RELATIVE * Math.max(Math.abs(x), Math.abs(y)) && Math.abs(x - y) > 1e-12) {
                out.add(path + ": " + x + " vs " + y);
            }
            return;
        }
        if (a.getNodeType() != b.getNodeType()) {
            out.add(path + ": " + a + " vs " + b);
            return;
        }
        if (a.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            List<String> other = new ArrayList<>();
            b.fieldNames().forEachRemaining(other::add);
            if (!names.equals(other)) out.add(path + ": fields " + names + " vs " + other);
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                var e = it.next();
                if (ENGINE_FIELDS.contains(e.getKey()) || !b.has(e.getKey())) continue;
                compare(path + "." + e.getKey(), e.getValue(), b.get(e.getKey()), out);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) out.add(path + ": " + a.size() + " items vs " + b.size());
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) compare(path + "[" + i + "]", a.get(i), b.get(i), out);
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " vs " + b);
        }
    }
}
