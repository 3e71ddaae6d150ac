package segbrief.pipeline;

import java.util.concurrent.CompletableFuture;
import segbrief.chart.ChartRenderer;
import segbrief.render.data.JsonMetricsWriter;
import segbrief.render.html.HtmlRenderer;
import segbrief.render.pdf.JasperPdfRenderer;
import segbrief.source.DuckDbSource;

/**
 * Loads the libraries a brief needs (DuckDB's engine, the PDF templates and fonts, FreeMarker's templates, Java2D's
 * text pipeline, Jackson) on a background thread, in the order a run needs them, while the main thread reads the
 * command line, the spec and the data: in a small brief that start-up work is as long as the brief's own work, and
 * the second core is otherwise idle then. Nothing here changes an output; each library is only started earlier.
 * Failures are ignored: the stage that needs the library reports them.
 */
public final class Warmup {
    private static CompletableFuture<Void> engine;
    private static CompletableFuture<Void> all;

    private Warmup() {}

    /** Starts the warm-up once per JVM; later calls do nothing. */
    public static synchronized void start() {
        if (all != null) return;
        CompletableFuture<Void> duckdb = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = Thread.ofPlatform().name("segbrief warm-up").daemon().unstarted(() -> {
            try {
                DuckDbSource.warmUp();
            } catch (RuntimeException | Error e) {
                // the stage that needs the library reports it
            } finally {
                duckdb.complete(null);
            }
            try {
                JsonMetricsWriter.warmUp();
                JasperPdfRenderer.warmUp();
                ChartRenderer.warmUp();
                HtmlRenderer.warmUp();
            } catch (RuntimeException | Error e) {
                // the stage that needs the library reports it
            } finally {
                done.complete(null);
            }
        });
        engine = duckdb;
        all = done;
        t.start();
    }

    /**
     * Waits until the warm-up (if one was started) is done, so that no library is started by two threads at once
     * (the PDF font extension, for one, would then load every font twice).
     */
    public static void await() {
        join(false);
    }

    /**
     * Waits until the warm-up (if one was started) is out of DuckDB's native start-up, which a process must not
     * exit in the middle of; the rest is plain Java that exiting may cut short (a brief that fails early, on a spec
     * error say, then exits without waiting for the PDF fonts).
     */
    public static void awaitEngine() {
        join(true);
    }

    private static void join(boolean engineOnly) {
        CompletableFuture<Void> f;
        synchronized (Warmup.class) {
            f = engineOnly ? engine : all;
        }
        if (f != null) f.join();
    }
}
