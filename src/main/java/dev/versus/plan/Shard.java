package dev.versus.plan;

import dev.versus.hash.Fnv1a;

/**
 * One of {@code count} parts of a site, numbered from 1, so that several machines can each build
 * a part and the parts, copied into one folder, are the whole site byte for byte.
 *
 * <p>A page belongs to shard {@code k} of {@code N} when {@code FNV-1a-64(route) mod N == k - 1},
 * the hash taken over the route's UTF-8 bytes (offset basis {@code 0xcbf29ce484222325}, prime
 * {@code 0x100000001b3}) and read as an unsigned number. Every page kind is sharded the same way,
 * from its route alone, so no file is written by two shards and none is missed; a page that lists
 * other pages (a sitemap, an index) is made from the plan, which every shard has whole.
 */
public record Shard(int index, int count) {
    /** The whole site: one part. */
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is k/N with 1 <= k <= N, got " + index + "/" + count);
        }
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** Whether this shard writes the page at {@code route}. */
    public boolean owns(String route) {
        return count == 1 || Long.remainderUnsigned(Fnv1a.utf8(route), count) == index - 1;
    }

    public boolean owns(Page page) {
        return owns(page.route());
    }

    /** "2/3", as the command line takes it. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
