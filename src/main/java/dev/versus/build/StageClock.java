package dev.versus.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the build's steps, adds up the time of each stage, and names the stage that failed. */
final class StageClock {
    private final Map<String, Duration> times = new LinkedHashMap<>();

    /** A step of a stage; it may throw anything, which becomes a {@link BuildFailure}. */
    interface Step<T> {
        T run() throws Exception;
    }

    <T> T time(String stage, Step<T> step) throws BuildFailure {
        long start = System.nanoTime();
        try {
            return step.run();
        } catch (Exception e) {
            throw new BuildFailure(stage, describe(e), SiteBuild.isInvalidInput(stage, e), e);
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    Map<String, Duration> times() {
        return times;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + message;
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
