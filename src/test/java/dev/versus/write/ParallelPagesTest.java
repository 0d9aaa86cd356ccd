package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
}
