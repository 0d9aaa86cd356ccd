package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @Test
    void aFolderPathKeepsItsSegmentsAndTrailingSlash() {
        assertEquals(new RequestPaths.Site("/compare/a-vs-b/", List.of("compare", "a-vs-b"), true),
                RequestPaths.parse("/compare/a-vs-b/"));
        assertEquals(new RequestPaths.Site("/", List.of(), true), RequestPaths.parse("/"));
        assertEquals(new RequestPaths.Site("/assets/site.css", List.of("assets", "site.css"), false),
                RequestPaths.parse("/assets/site.css"));
    }

    @Test
    void escapesAreDecodedExactlyOnceAsUtf8() {
        assertEquals(new RequestPaths.Site("/caf\u00e9 menu/", List.of("caf\u00e9 menu"), true),
                RequestPaths.parse("/caf%C3%A9%20menu/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../x", "/a/./b", "/a//b", "/%2e%2e/x", "/%252e%252e/x", "/a%2f..%2fb", "/a%5cb",
        "/c:/x", "/x%00", "/%c0%ae", "/%zz", "/%4", "//etc/passwd", "x", ""})
    void pathsThatCouldLeaveTheSiteAreBad(String raw) {
        assertInstanceOf(RequestPaths.Bad.class, RequestPaths.parse(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.versus/manifest.json", "/%2eversus/manifest.json", "/a/.git/config", "/_redirects", "/.env"})
    void hiddenFilesAndTheRedirectMapAreNeverServed(String raw) {
        assertInstanceOf(RequestPaths.Hidden.class, RequestPaths.parse(raw), raw);
    }

    @Test
    void wellKnownIsNotHidden() {
        assertInstanceOf(RequestPaths.Site.class, RequestPaths.parse("/.well-known/security.txt"));
    }
}
