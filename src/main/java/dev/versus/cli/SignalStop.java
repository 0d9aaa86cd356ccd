package dev.versus.cli;

import dev.versus.write.Cancellation;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops a build cleanly on SIGTERM or Ctrl-C: a shutdown hook cancels it, waits for it to remove
 * its staging folder and release its lock, and says which site the output folder now holds. The
 * JVM then exits by itself with 143 (SIGTERM) or 130 (SIGINT).
 */
final class SignalStop implements AutoCloseable {
    /** Long enough for a cancelled build to delete a large staging folder. */
    private static final long WAIT_SECONDS = 20;

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);

    private SignalStop(String command, Path out, Cancellation cancellation) {
        this.hook = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("versus " + command + ": interrupted; " + out
                    + (cancellation.state() == Cancellation.State.SWAPPED ? " is the new site"
                            : " is the previous site, unchanged"));
        }, "versus-signal");
    }

    static SignalStop install(String command, Path out, Cancellation cancellation) {
        SignalStop stop = new SignalStop(command, out, cancellation);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** The build is over, cleanup included; a signal from now on has nothing to stop. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and prints its line.
        }
    }
}
