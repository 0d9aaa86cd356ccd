package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedirectsTest {

    @Test
    void netlifyLinesBecomeExactRedirects() {
        Redirects redirects = Redirects.parse(List.of(
                "# moved comparisons",
                "",
                "/compare/b-vs-a/   /compare/a-vs-b/   301",
                "/old /new/",
                "/temp /elsewhere/ 302!",
                "/blog/* /news/:splat 301",
                "/spa /index.html 200",
                "/broken",
                "/compare/b-vs-a/ /somewhere-else/ 301"));
        assertEquals(new Redirects.Target("/compare/a-vs-b/", 301), redirects.find("/compare/b-vs-a/"));
        assertEquals(new Redirects.Target("/compare/a-vs-b/", 301), redirects.find("/compare/b-vs-a"),
                "with or without the trailing slash; the first line for a path wins");
        assertEquals(new Redirects.Target("/new/", 301), redirects.find("/old/"), "301 is the default status");
        assertEquals(new Redirects.Target("/elsewhere/", 302), redirects.find("/temp"));
        assertNull(redirects.find("/blog/post"), "splats are not supported");
        assertNull(redirects.find("/spa"), "200 is a rewrite, not a redirect");
        assertNull(redirects.find("/broken"));
        assertEquals(3, redirects.size());
    }
}
