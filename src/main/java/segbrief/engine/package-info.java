/**
 * The seam between the metrics and the engine that runs them. The metrics stage speaks SQL through {@link
 * segbrief.engine.Engine} (a named query in, {@link segbrief.engine.Rows} out) and asks the engine's {@link
 * segbrief.engine.Dialect} for the few constructs engines spell differently; everything else is shared SQL. Nothing
 * here touches a database library: DuckDB's implementation lives in {@code segbrief.source}, Spark's in the optional
 * {@code spark} module.
 */
package segbrief.engine;
