package dev.versus.build;

import dev.versus.write.Cancellation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the build's steps, adds up the time of each stage, and names the stage that failed. */
final class StageClock {
    private final Map<String, Duration> times = new LinkedHashMap<>();
    private final Cancellation cancellation;

    StageClock(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    /** A step of a stage; it may throw anything, which becomes a {@link BuildFailure}. */
    interface Step<T> {
        T run() throws Exception;
    }

    /** Runs a step unless the build was cancelled: a signal stops the build between steps too. */
    <T> T time(String stage, Step<T> step) throws BuildFailure {
        if (cancellation.isCancelled()) {
            throw new BuildFailure(stage, "cancelled", BuildFailure.Kind.CANCELLED, null);
        }
        long start = System.nanoTime();
        try {
            return step.run();
        } catch (Exception e) {
            throw new BuildFailure(stage, describe(e), Failures.kindOf(stage, e), e);
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    Map<String, Duration> times() {
        return times;
    }

    private static String describe(Exception e) {
        Throwable cause = Failures.rootOfWrite(e);
        String message = cause.getMessage();
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + message;
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
