package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageCacheTest {
    /** An entry whose cost is exactly {@code cost} bytes for a one-character file name. */
    private static PageCache.Entry entry(int cost) {
        int size = cost - 2 - PageCache.ENTRY_OVERHEAD;
        return new PageCache.Entry(new byte[32], new Answer.Body(new byte[size], "\"e\"", "text/plain"));
    }

    @Test
    void theLeastRecentlyUsedGoFirstOnceTheBoundIsPassed() {
        PageCache cache = new PageCache(3_000);
        cache.put("a", entry(1_000));
        cache.put("b", entry(1_000));
        cache.put("c", entry(1_000));
        assertEquals(3_000, cache.bytes());
        assertNotNull(cache.get("a"), "a is now the most recently used");
        cache.put("d", entry(1_000));
        assertNull(cache.get("b"), "b was used least recently");
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertNotNull(cache.get("d"));
        assertEquals(3_000, cache.bytes());
        cache.put("e", entry(2_500));
        assertEquals(1, cache.size(), "room for 2,500 bytes took all three others");
        assertEquals(2_500, cache.bytes());
    }

    @Test
    void replacingAnEntryCountsOnlyTheNewOne() {
        PageCache cache = new PageCache(3_000);
        cache.put("a", entry(1_000));
        cache.put("a", entry(1_500));
        assertEquals(1_500, cache.bytes());
        assertEquals(1, cache.size());
    }

    @Test
    void anEntryLargerThanTheBoundIsNotKeptAndDropsItsOldVersion() {
        PageCache cache = new PageCache(3_000);
        cache.put("a", entry(1_000));
        cache.put("a", entry(3_001));
        assertNull(cache.get("a"));
        assertEquals(0, cache.bytes());
        assertEquals(0, cache.size());
    }

    @Test
    void aNegativeBoundIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageCache(-1));
    }
}
