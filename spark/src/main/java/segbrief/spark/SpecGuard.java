package segbrief.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.SubqueryAlias;
import org.apache.spark.sql.catalyst.plans.logical.View;
import scala.jdk.javaapi.CollectionConverters;
import segbrief.UserError;
import segbrief.engine.EngineException;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.DeriveSpec;
import segbrief.source.Sql;

/**
 * The spec's own SQL ({@code derive:}, {@code filter:}) on Spark. Spark has no switch that takes file access away
 * from a session, as DuckDB's locked configuration does, so three guards hold the line instead:
 * <ol>
 *   <li>the spec's check ({@code SqlExpression}, at load): one scalar expression of allowed functions, no subquery,
 *       statement or separator;</li>
 *   <li>the session reads no files from SQL ({@code spark.sql.runSQLOnFiles=false}: no {@code csv.`/path`}), and the
 *       expressions run inside one SELECT over the loaded rows, where a second statement does not parse;</li>
 *   <li>before anything runs, the analysed plan of the expressions is refused if it holds a subquery, a call by
 *       reflection ({@code reflect}, {@code java_method}) or anything not deterministic (input file names, chance).</li>
 * </ol>
 */
final class SpecGuard {
    private SpecGuard() {}

    /** Adds the derived columns and keeps the filter's rows; returns the view that holds them ({@code facts_spec}). */
    static String apply(SparkSession spark, SparkEngine engine, String from, BriefSpec spec, long before, List<String> notes) {
        String where = spec.filter() == null ? "" : " WHERE (" + spec.filter().expr() + ")";
        String sql = "SELECT * FROM (SELECT " + SparkIngest.derived(spec.derive()) + " FROM " + from + ") AS derived" + where;
        Dataset<Row> df;
        try {
            df = spark.sql(sql);
            check(df.queryExecution().analyzed());
            df.createOrReplaceTempView("facts_spec");
            if (spec.filter() != null) {
                long kept = engine.scalar("filter", "SELECT count(*) FROM facts_spec");
                notes.add(String.format(Locale.ROOT, "Filter (%s line %d: %s) kept %,d of %,d rows", shortName(spec.origin()),
                        spec.filter().line(), spec.filter().expr(), kept, before));
            } else {
                engine.scalar("derived columns", "SELECT count(*) FROM facts_spec");
            }
            return "facts_spec";
        } catch (Exception e) {
            throw culprit(spark, from, spec, e);
        }
    }

    /** Refused: the expression reaches outside the loaded rows. */
    static final class Refused extends RuntimeException {
        Refused(String what) {
            super(what);
        }
    }

    static void check(LogicalPlan plan) {
        // the loaded rows (our own view) end the walk; everything above them is the spec's
        if (plan instanceof View || plan instanceof SubqueryAlias a && a.child() instanceof View) return;
        for (Expression e : CollectionConverters.asJava(plan.expressions())) check(e);
        for (LogicalPlan child : CollectionConverters.asJava(plan.children())) check(child);
    }

    private static void check(Expression e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof SubqueryExpression) throw new Refused("a subquery");
        if (name.contains("Reflection") || name.contains("Reflect")) throw new Refused("a call by reflection");
        if (!e.deterministic()) throw new Refused(name);
        for (Expression child : CollectionConverters.asJava(e.children())) check(child);
    }

    /** Finds which expression failed, running each alone, and says why in the user's words. */
    private static UserError culprit(SparkSession spark, String from, BriefSpec spec, Throwable first) {
        String derived = "";
        for (DeriveSpec d : spec.derive()) {
            Throwable e = tryRun(spark, "SELECT count((" + d.expr() + ")) FROM " + from);
            if (e != null) return error(spec.origin() + " line " + d.line() + " (derive " + d.column() + ")", e);
            derived += ", (" + d.expr() + ") AS " + Sql.id(d.column());
        }
        if (spec.filter() != null) {
            Throwable e = tryRun(spark, "SELECT count(*) FROM (SELECT *" + derived + " FROM " + from + ") AS derived WHERE ("
                    + spec.filter().expr() + ")");
            if (e != null) return error(spec.origin() + " line " + spec.filter().line() + " (filter)", e);
        }
        int line = spec.derive().isEmpty() ? spec.filter().line() : spec.derive().getFirst().line();
        return error(spec.origin() + " line " + line, first);
    }

    private static Throwable tryRun(SparkSession spark, String sql) {
        try {
            Dataset<Row> df = spark.sql(sql);
            check(df.queryExecution().analyzed());
            df.collectAsList();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    /** The engine's reason in the user's words, from Spark's error condition and its parameters (never its message). */
    static UserError error(String where, Throwable e) {
        String what;
        if (e instanceof Refused) {
            what = "the expression tries to reach outside the data (" + e.getMessage() + "), which is not allowed";
        } else {
            SparkThrowable st = e instanceof SparkThrowable s ? s : e.getCause() instanceof SparkThrowable s ? s : null;
            String condition = st == null || st.getCondition() == null ? "" : st.getCondition();
            Map<String, String> p = st == null ? Map.of() : st.getMessageParameters();
            if (condition.startsWith("UNRESOLVED_COLUMN")) {
                what = "column \"" + unquote(p.getOrDefault("objectName", "?")) + "\" does not exist in the sources";
            } else if (condition.startsWith("UNRESOLVED_ROUTINE")) {
                what = "function \"" + unquote(p.getOrDefault("routineName", "?")) + "\" does not exist";
            } else if (condition.startsWith("DATATYPE_MISMATCH") && condition.contains("FILTER")) {
                what = "the filter must be a condition (true or false for each row)";
            } else if (condition.startsWith("CAST_INVALID_INPUT")) {
                what = "the value " + p.getOrDefault("expression", "?") + " cannot be read as "
                        + unquote(p.getOrDefault("targetType", "?")).toLowerCase(Locale.ROOT);
            } else if (condition.startsWith("DIVIDE_BY_ZERO") || condition.contains("OVERFLOW")) {
                what = "the expression overflows or divides by zero on some rows";
            } else if (condition.startsWith("PARSE_")) {
                what = "the expression is not valid SQL";
            } else if (e instanceof EngineException x && x.failure() == EngineException.Failure.SYNTAX) {
                what = "the expression is not valid SQL";
            } else {
                what = "the expression could not be computed over the data";
            }
        }
        return new UserError(UserError.Kind.SPEC, where, what, "with --engine spark, expressions are Spark SQL over the sources' columns", e);
    }

    private static String unquote(String s) {
        return s.replaceAll("^[`\"]+|[`\"]+$", "").replace("`.`", ".");
    }

    private static String shortName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return slash < 0 ? origin : origin.substring(slash + 1);
    }
}
