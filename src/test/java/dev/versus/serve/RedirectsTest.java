package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedirectsTest {
    @TempDir
    Path site;

    @Test
    void netlifyLinesBecomeExactRedirects() throws Exception {
        Files.writeString(site.resolve("_redirects"), String.join("\n",
                "# moved comparisons",
                "",
                "/compare/b-vs-a/   /compare/a-vs-b/   301",
                "/old /new/",
                "/temp /elsewhere/ 302!",
                "/caf\u00e9/ /cafe/ 301\r",
                "/blog/* /news/:splat 301",
                "/spa /index.html 200",
                "/broken",
                "/compare/b-vs-a/ /somewhere-else/ 301",
                "/last /end/ 308"), StandardCharsets.UTF_8);
        Redirects redirects = Redirects.read(site);
        assertEquals(new Redirects.Target("/compare/a-vs-b/", 301), redirects.find("/compare/b-vs-a/"));
        assertEquals(new Redirects.Target("/compare/a-vs-b/", 301), redirects.find("/compare/b-vs-a"),
                "with or without the trailing slash; the first line for a path wins");
        assertEquals(new Redirects.Target("/new/", 301), redirects.find("/old/"), "301 is the default status");
        assertEquals(new Redirects.Target("/elsewhere/", 302), redirects.find("/temp"));
        assertEquals(new Redirects.Target("/cafe/", 301), redirects.find("/caf\u00e9"));
        assertEquals(new Redirects.Target("/end/", 308), redirects.find("/last"), "the last line needs no newline");
        assertNull(redirects.find("/blog/post"), "splats are not supported");
        assertNull(redirects.find("/spa"), "200 is a rewrite, not a redirect");
        assertNull(redirects.find("/broken"));
        assertNull(redirects.find("/"));
        assertEquals(6, redirects.size());
    }

    @Test
    void aSiteWithoutTheFileHasNoRedirects() {
        assertNull(Redirects.read(site).find("/old/"));
    }

    @Test
    void manyLinesAreFoundByHashAndReadBack() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("/compare/b").append(i).append("-vs-a/ /compare/a-vs-b").append(i).append("/ 301\n");
        }
        Files.writeString(site.resolve("_redirects"), text);
        Redirects redirects = Redirects.read(site);
        assertEquals(20_000, redirects.size());
        assertEquals(new Redirects.Target("/compare/a-vs-b12345/", 301), redirects.find("/compare/b12345-vs-a/"));
        assertNull(redirects.find("/compare/b20000-vs-a/"));
    }
}
