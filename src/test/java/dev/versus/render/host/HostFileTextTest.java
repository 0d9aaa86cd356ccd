package dev.versus.render.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The small text rules of the host files: XML escaping, nginx words, hash sizes, base paths. */
class HostFileTextTest {

    @Test
    void xmlEscapesTheFiveSpecialCharactersAndNothingElse() {
        assertEquals("https://x.org/a&amp;b/&lt;&gt;&quot;&apos;é/", Xml.escape("https://x.org/a&b/<>\"'é/"));
        assertEquals("https://x.org/plain/", Xml.escape("https://x.org/plain/"));
    }

    @Test
    void nginxWordsArePlainForPathCharactersAndQuotedOtherwise() {
        assertEquals("/sub/compare/a-vs-b/", RedirectRules.nginxString("/sub/compare/a-vs-b/", false));
        assertEquals("\"/r&d/x/\"", RedirectRules.nginxString("/r&d/x/", false));
        assertEquals("\"/a b/\\\"q\\\"/\"", RedirectRules.nginxString("/a b/\"q\"/", false));
        assertEquals("/price%24/x/", RedirectRules.nginxString("/price$/x/", true), "no variable in a value");
        assertEquals("\"/price$/x/\"", RedirectRules.nginxString("/price$/x/", false), "a key is literal");
    }

    @Test
    void theMapHashIsAPowerOfTwoAtLeastTwiceTheKeysAndNeverBelowNginxsDefault() {
        assertEquals(2048, RedirectRules.hashSize(28));
        assertEquals(2048, RedirectRules.hashSize(1024));
        assertEquals(4096, RedirectRules.hashSize(1025));
        // The default site: 221,163 pairs, 2 keys each.
        assertEquals(1_048_576, RedirectRules.hashSize(442_326));
    }

    @Test
    void aMapBucketHoldsEightOfTheLongestKeys() {
        assertEquals(512, RedirectRules.bucketSize(38), "8 * (8 + 40) + 8 = 392");
        assertEquals(1024, RedirectRules.bucketSize(54), "8 * (8 + 56) + 8 = 520");
        assertEquals(256, RedirectRules.bucketSize(0), "even an empty key takes 16 bytes: 8 * 16 + 8 = 136");
    }

    @Test
    void baseUrlsGiveRootRelativePathsForLinksAndRules() {
        HostUrls root = HostUrls.of(URI.create("http://localhost:8080/"));
        assertEquals("/assets/site.css", root.path("assets/site.css"));
        HostUrls sub = HostUrls.of(URI.create("https://x.org/sub/"));
        assertEquals("/sub/assets/site.css", sub.path("assets/site.css"));
        assertEquals("https://x.org/sub/sitemap.xml", sub.absolute("sitemap.xml"));
        HostUrls encoded = HostUrls.of(URI.create("https://x.org/caf%C3%A9/"));
        assertEquals("/caf%C3%A9/", encoded.rawPath());
        assertEquals("/café/", encoded.decodedPath(), "nginx matches $uri, which is decoded");
        assertEquals("/", HostUrls.of(URI.create("https://x.org")).rawPath());
    }
}
