package segbrief.source;

import java.nio.file.Path;
import java.util.ServiceLoader;
import segbrief.UserError;

/** Opens the {@link Source} of the engine a run asks for: DuckDB built in, others from their optional modules. */
public final class Sources {
    public static final String DUCKDB = "duckdb";

    private Sources() {}

    /**
     * @param engine      "duckdb" (the default, also for null) or the name of an optional engine ("spark")
     * @param tempDir     where DuckDB spills (null: the system's temporary folder)
     * @param memoryLimit DuckDB's memory limit (e.g. "50%")
     * @param master      the Spark master URL (null: local[*])
     */
    public record Options(String engine, Path tempDir, String memoryLimit, String master) {
        public String engineName() {
            return engine == null ? DUCKDB : engine;
        }
    }

    public static Source open(Options o) {
        if (o.engineName().equals(DUCKDB)) return DuckDbSource.open(o.tempDir(), o.memoryLimit());
        for (SourceProvider p : ServiceLoader.load(SourceProvider.class)) {
            if (p.name().equals(o.engineName())) return p.open(o);
        }
        if (o.engineName().equals("spark")) {
            throw new UserError(UserError.Kind.USAGE, "--engine spark", "the Spark engine is not built",
                    "build it once with ./segbrief build --with-spark; Maven fetches about 400 MB of Spark's jars");
        }
        throw new UserError(UserError.Kind.USAGE, "--engine " + o.engineName(), "no such engine", "use duckdb (the default) or spark");
    }
}
