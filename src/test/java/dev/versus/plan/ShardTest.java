package dev.versus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.hash.Fnv1a;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void eachRouteBelongsToExactlyOneShard() {
        String[] routes = {"compare/django-vs-flask/", "assets/site.css", "about/", "sitemap.xml", "", "café/"};
        for (String route : routes) {
            int owners = 0;
            for (int k = 1; k <= 5; k++) {
                owners += new Shard(k, 5).owns(route) ? 1 : 0;
            }
            assertEquals(1, owners, route);
        }
    }

    @Test
    void theHashIsReadAsUnsigned() {
        // FNV-1a of "a" is negative as a long; unsigned it is 12638187200555641996, which is 1 mod 3.
        assertTrue(Fnv1a.utf8("a") < 0);
        assertTrue(new Shard(2, 3).owns("a"));
        assertFalse(new Shard(1, 3).owns("a"));
    }

    @Test
    void theWholeSiteOwnsEveryRoute() {
        assertTrue(Shard.WHOLE.isWhole());
        assertTrue(Shard.WHOLE.owns("anything/"));
        assertEquals("1/1", Shard.WHOLE.toString());
    }

    @Test
    void shardNumbersOutsideOneToNAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Shard(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new Shard(4, 3));
        assertThrows(IllegalArgumentException.class, () -> new Shard(1, 0));
    }
}
