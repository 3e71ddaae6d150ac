package segbrief.spark;

import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/** Spark's column types under the names DuckDB's ingest reports them by (what the metrics and the spec read). */
final class SparkTypes {
    private SparkTypes() {}

    static String duckdb(DataType t) {
        return switch (t) {
            case StringType _ -> "VARCHAR";
            case LongType _ -> "BIGINT";
            case IntegerType _ -> "INTEGER";
            case ShortType _ -> "SMALLINT";
            case ByteType _ -> "TINYINT";
            case DoubleType _ -> "DOUBLE";
            case FloatType _ -> "FLOAT";
            case DecimalType d -> "DECIMAL(" + d.precision() + "," + d.scale() + ")";
            case DateType _ -> "DATE";
            case TimestampType _, TimestampNTZType _ -> "TIMESTAMP";
            case BooleanType _ -> "BOOLEAN";
            default -> t.sql();
        };
    }

    /** A DuckDB type name (as the probe or the ingest reports it) as Spark spells it. */
    static String spark(String duckdb) {
        String t = duckdb.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.startsWith("TIMESTAMP")) return "TIMESTAMP";
        if (t.startsWith("TIME")) return "STRING";
        return SparkDialect.type(t);
    }
}
