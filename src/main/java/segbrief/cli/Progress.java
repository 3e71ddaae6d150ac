package segbrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import segbrief.pipeline.Timings;

/**
 * A one-line progress indicator on stderr for runs longer than a second, only when stderr is a terminal (so logs
 * and pipes stay clean). It rewrites its line in place and clears it when the run ends.
 */
final class Progress implements AutoCloseable {
    private final Thread thread;
    private final PrintWriter err;
    private volatile boolean shown;

    private Progress(Timings timings, PrintWriter err) {
        this.err = err;
        this.thread = Thread.ofPlatform().daemon().name("segbrief-progress").unstarted(() -> loop(timings));
    }

    /** Starts the indicator when stderr is a terminal; otherwise does nothing. */
    static Progress start(Timings timings, PrintWriter err) {
        Progress p = new Progress(timings, err);
        if (System.console() != null && System.getenv("CI") == null) p.thread.start();
        return p;
    }

    private void loop(Timings timings) {
        try {
            Thread.sleep(1000);
            while (!Thread.currentThread().isInterrupted()) {
                String done = timings.lastStage();
                synchronized (err) {
                    err.print(String.format(Locale.ROOT, "\rsegbrief: %5.1f s%s\u001b[K", timings.elapsed(),
                            done == null ? ", reading the data" : ", done: " + done));
                    err.flush();
                }
                shown = true;
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
