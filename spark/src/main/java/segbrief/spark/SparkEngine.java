package segbrief.spark;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.ListRows;
import segbrief.engine.Rows;

/**
 * The metrics' view of a Spark session: each query's result is collected to the driver (the metrics ask for
 * aggregates and bounded samples only) and read as {@link ListRows}.
 */
public final class SparkEngine implements Engine {
    private final SparkSession spark;

    public SparkEngine(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public String name() { return "spark"; }

    @Override
    public Dialect dialect() { return SparkDialect.INSTANCE; }

    @Override
    public Rows query(String name, String sql) {
        try {
            Dataset<Row> df = spark.sql(sql);
            List<Row> rows = df.collectAsList();
            List<Object[]> values = new ArrayList<>(rows.size());
            for (Row r : rows) {
                Object[] v = new Object[r.size()];
                for (int i = 0; i < v.length; i++) v[i] = plain(r.get(i));
                values.add(v);
            }
            return new ListRows(Arrays.asList(df.columns()), values);
        } catch (Exception e) {
            throw SparkErrors.failure(name, e);
        }
    }

    @Override
    public void execute(String name, String sql) {
        try {
            spark.sql(sql);
        } catch (Exception e) {
            throw SparkErrors.failure(name, e);
        }
    }

    /** The session belongs to the source that opened it. */
    @Override
    public void close() {
        // owned by SparkSource
    }

    /** Spark's values as {@link Rows} documents them: arrays as lists, timestamps as local date-times in UTC. */
    static Object plain(Object o) {
        return switch (o) {
            case null -> null;
            case scala.collection.Seq<?> s -> {
                List<Object> out = new ArrayList<>(s.size());
                for (Object x : scala.jdk.javaapi.CollectionConverters.asJava(s)) out.add(plain(x));
                yield out;
            }
            case Instant t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC);
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case scala.math.BigDecimal b -> b.bigDecimal();
            default -> o;
        };
    }
}
