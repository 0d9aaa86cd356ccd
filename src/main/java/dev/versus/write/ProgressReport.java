package dev.versus.write;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Progress on a terminal (a bar redrawn in place: pages done of total, rate, time left) or, when
 * there is no terminal (CI logs), a plain line every few seconds. A reporter thread reads a
 * counter the workers add to, so the workers never wait on printing.
 */
public final class ProgressReport implements Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalMillis;
    private final LongAdder done = new LongAdder();
    private ScheduledExecutorService reporter;
    private long total;
    private long startNanos;

    public ProgressReport(PrintStream out, boolean terminal) {
        this(out, terminal, terminal ? 200 : 5000);
    }

    ProgressReport(PrintStream out, boolean terminal, long intervalMillis) {
        this.out = out;
        this.terminal = terminal;
        this.intervalMillis = intervalMillis;
    }

    /** A bar when standard output is a terminal, else a line every five seconds. */
    public static Progress forConsole() {
        return new ProgressReport(System.err, System.console() != null);
    }

    @Override
    public void start(long total) {
        this.total = total;
        this.startNanos = System.nanoTime();
        reporter = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "versus-progress");
            thread.setDaemon(true);
            return thread;
        });
        reporter.scheduleAtFixedRate(this::print, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void pageDone() {
        done.increment();
    }

    private void print() {
        String line = line(done.sum(), total, (System.nanoTime() - startNanos) / 1e9);
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** "[#######.....]  52% 115,000 of 221,167 pages, 2,750 pages/s, 38 s left" */
    static String line(long done, long total, double seconds) {
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * 24);
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? String.format(Locale.ROOT, "%.0f s left", (total - done) / rate) : "";
        return String.format(Locale.ROOT, "[%s%s] %3.0f%% %,d of %,d pages, %,.0f pages/s, %s",
                "#".repeat(filled), ".".repeat(24 - filled), fraction * 100, done, total, rate, left).stripTrailing();
    }

    @Override
    public void close() {
        if (reporter == null) {
            return;
        }
        reporter.shutdownNow();
        try {
            // A print already under way must finish before the bar is erased.
            reporter.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reporter = null;
        if (terminal) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
