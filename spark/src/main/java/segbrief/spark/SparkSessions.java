package segbrief.spark;

import org.apache.spark.sql.SparkSession;

/** The one Spark session of a run, set up so that the shared SQL reads as it does on DuckDB. */
final class SparkSessions {
    private SparkSessions() {}

    /** @param master the master URL; null: spark-submit's (the spark.master property it sets), else local[*] */
    static SparkSession open(String master) {
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("segbrief").master(m)
                // double-quoted names are identifiers, as in DuckDB (needs ANSI mode, Spark 4's default)
                .config("spark.sql.ansi.enabled", "true")
                .config("spark.sql.ansi.doubleQuotedIdentifiers", "true")
                // dates and timestamps read and print the same wherever the driver runs
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                // SELECT ... FROM csv.`/path` reads files from SQL: the brief's SQL never needs to (see SparkSource)
                .config("spark.sql.runSQLOnFiles", "false")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (m.startsWith("local")) {
            // a brief's aggregates are small: a few partitions per core rather than 200 tasks of nothing
            b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * Runtime.getRuntime().availableProcessors())))
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1");
        }
        return b.getOrCreate();
    }
}
