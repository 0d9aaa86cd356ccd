package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelPagesTest {

    @Test
    void everyItemIsHandledExactlyOnce() throws Exception {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        ParallelPages.forEach(IntStream.range(0, 10_000).iterator(), 4, i -> {
            if (!seen.add(i)) {
                throw new IllegalStateException("twice: " + i);
            }
        });
        assertEquals(10_000, seen.size());
    }

    @Test
    void theFirstFailureStopsTheRunAndIsReported() {
        ParallelPages.PageFailure failure = assertThrows(ParallelPages.PageFailure.class,
                () -> ParallelPages.forEach(IntStream.range(0, 5_000).iterator(), 2, i -> {
                    if (i == 777) {
                        throw new IllegalStateException("page 777 is broken");
                    }
                }));
        assertEquals("page 777 is broken", failure.getMessage());
    }

    /**
     * The caller deletes the staging folder once forEach throws; a page of another batch still
     * being written then would leave files behind (seen: a streamed page's scratch file beside the output
     * after a template error on a 100k-page build). The run returns only when no task runs, and
     * no item begins after the failure.
     */
    @Test
    void aFailedRunReturnsOnlyWhenNoTaskRunsAnyMore() {
        AtomicInteger running = new AtomicInteger();
        Set<Integer> started = ConcurrentHashMap.newKeySet();
        Set<Integer> finished = ConcurrentHashMap.newKeySet();
        CountDownLatch slowPageStarted = new CountDownLatch(1);
        // Batches are 256 items: 0..255 go to one thread, 256..511 to the other.
        assertThrows(ParallelPages.PageFailure.class,
                () -> ParallelPages.forEach(IntStream.range(0, 100_000).iterator(), 2, i -> {
                    running.incrementAndGet();
                    started.add(i);
                    try {
                        if (i == 256) {
                            slowPageStarted.countDown();
                            sleep(400);
                        } else if (i == 1) {
                            await(slowPageStarted);
                            throw new IllegalStateException("page 1 is broken");
                        }
                        finished.add(i);
                    } finally {
                        running.decrementAndGet();
                    }
                }));
        assertEquals(0, running.get(), "a task was still running when the failure was reported");
        assertEquals(Set.of(0, 1, 256), started, "items begun");
        assertEquals(Set.of(0, 256), finished, "the page being written when page 1 failed was finished");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the slow page never started");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }
}
