package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    private static final String OUR_PID = "pid " + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void theHolderWritesItsPidAndDeletesTheLockFileWhenDone() throws Exception {
        Path out = dir.resolve("site");
        Path file = dir.resolve(".site.lock");
        try (OutputLock lock = OutputLock.acquire(out, OutputLock.Waiting.NEVER)) {
            assertEquals("pid=" + ProcessHandle.current().pid() + "\n", Files.readString(file));
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void aSecondLockOfTheSameFolderIsRefusedNamingTheHolder() throws Exception {
        Path out = dir.resolve("site");
        try (OutputLock first = OutputLock.acquire(out, OutputLock.Waiting.NEVER)) {
            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class,
                    () -> OutputLock.acquire(dir.resolve("./site"), OutputLock.Waiting.NEVER));
            assertEquals(OUR_PID, busy.holder());
            assertEquals(dir.resolve("./site") + " is being built by another Versus process (" + OUR_PID + ")",
                    busy.getMessage());
        }
        // Released: the folder can be locked again.
        OutputLock.acquire(out, OutputLock.Waiting.NEVER).close();
    }

    @Test
    void aStaleLockFileLeftByAKilledBuildIsTakenOver() throws Exception {
        Files.writeString(dir.resolve(".site.lock"), "pid=999999\n");
        try (OutputLock lock = OutputLock.acquire(dir.resolve("site"), OutputLock.Waiting.NEVER)) {
            assertEquals("pid=" + ProcessHandle.current().pid() + "\n", Files.readString(dir.resolve(".site.lock")));
        }
        assertFalse(Files.exists(dir.resolve(".site.lock")));
    }

    @Test
    void aWaitingBuildGetsTheLockOnceTheHolderIsDone() throws Exception {
        Path out = dir.resolve("site");
        OutputLock first = OutputLock.acquire(out, OutputLock.Waiting.NEVER);
        CountDownLatch waited = new CountDownLatch(1);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try (OutputLock lock = OutputLock.acquire(out, busy -> {
                waited.countDown();
                return true;
            })) {
                return Files.isRegularFile(dir.resolve(".site.lock"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(waited.await(60, TimeUnit.SECONDS), "the second build was told the folder is busy");
        assertFalse(second.isDone());
        first.close();
        assertTrue(second.get(60, TimeUnit.SECONDS), "the second build held the lock file");
        assertFalse(Files.exists(dir.resolve(".site.lock")));
    }
}
