package dev.versus.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test-only pause, so that a test can kill a build at an exact moment of its swap. With the
 * system property {@code versus.test.pauseBeforeSwap=M} set, before step 1 (rename output to
 * previous-*), step 2 (rename staging to output) and step 3 (delete previous-*) the build creates
 * the file {@code M.<n>} and waits until the test deletes it (at most a minute). Without the
 * property it does nothing.
 */
final class SwapPause {
    static final String PROPERTY = "versus.test.pauseBeforeSwap";
    private static final long LIMIT_MILLIS = 60_000;

    private SwapPause() {
    }

    static void before(int rename) throws IOException {
        String marker = System.getProperty(PROPERTY);
        if (marker == null) {
            return;
        }
        Path file = Path.of(marker + "." + rename);
        Files.createFile(file);
        long until = System.currentTimeMillis() + LIMIT_MILLIS;
        while (Files.exists(file) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
