package dev.versus.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages rendered so far, by file, each with the key of the inputs it was rendered from;
 * the least recently used go first once their bytes pass the bound, so browsing every page of
 * a large site keeps the heap flat. A page larger than the whole bound is not kept.
 */
final class PageCache {
    /** Roughly what an entry costs beside its bytes: the map entry, the record, the key, the ETag. */
    static final int ENTRY_OVERHEAD = 256;

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    /** A rendered file: the key of its inputs, its bytes and their ETag. */
    record Entry(byte[] key, Answer.Body body) {
        long cost(String file) {
            return (long) body.bytes().length + file.length() * 2L + ENTRY_OVERHEAD;
        }
    }

    PageCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a cache holds 0 bytes or more: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    synchronized Entry get(String file) {
        return entries.get(file);
    }

    synchronized void put(String file, Entry entry) {
        remove(file);
        long cost = entry.cost(file);
        if (cost > maxBytes) {
            return;
        }
        entries.put(file, entry);
        bytes += cost;
        for (Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator(); bytes > maxBytes;) {
            Map.Entry<String, Entry> next = eldest.next();
            bytes -= next.getValue().cost(next.getKey());
            eldest.remove();
        }
    }

    synchronized void remove(String file) {
        Entry old = entries.remove(file);
        if (old != null) {
            bytes -= old.cost(file);
        }
    }

    /** The bytes the entries are counted as, at most the bound. */
    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
