package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server over a hand-made site folder, through a real HTTP client. */
class SiteServerTest {
    static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><title>A vs B</title><body><h1>A vs B</h1></body></html>\n";
    static final String NOT_FOUND = "<!DOCTYPE html><html lang=\"en\"><title>Not found</title><body><p>No such page.</p></body></html>\n";

    @TempDir
    Path dir;
    Path site;
    SiteServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void makeSite() throws IOException {
        site = dir.resolve("site");
        write("index.html", "<!DOCTYPE html><html lang=\"en\"><title>Home</title><body><p>Home</p></body></html>\n");
        write("compare/a-vs-b/index.html", PAGE);
        write("404.html", NOT_FOUND);
        write("assets/site.css", "body { color: #111; }\n");
        write("assets/app.js", "console.log('hi');\n");
        write("data/pairs.json", "{\"pairs\": []}\n");
        write("sitemap.xml", "<?xml version=\"1.0\"?><urlset/>\n");
        write("robots.txt", "User-agent: *\n");
        write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        write("assets/icon.png", "\u0089PNG");
        write("favicon.ico", "ico");
        write("site.webmanifest", "{\"name\": \"Versus\"}\n");
        write(".versus/manifest.json", "{\"inputs\": {}}\n");
        write("_redirects", "# old paths\n/old/ /compare/a-vs-b/ 301\n/gone /compare/a-vs-b/\n");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void start(boolean reloadPages) throws IOException {
        server = SiteServer.start(site, InetAddress.getLoopbackAddress(), 0, reloadPages);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void aPortInUseIsABindException() throws Exception {
        start(false);
        assertThrows(BindException.class,
                () -> SiteServer.start(site, InetAddress.getLoopbackAddress(), server.port(), false).close());
        assertEquals(200, get("/").statusCode(), "the server on that port goes on");
    }

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        start(false);
        assertEquals("127.0.0.1", server.url().getHost());
    }

    @Test
    void aFolderWithTrailingSlashServesItsIndexHtml() throws Exception {
        start(false);
        HttpResponse<String> response = get("/compare/a-vs-b/");
        assertEquals(200, response.statusCode());
        assertEquals(PAGE, response.body());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals("<!DOCTYPE html>", get("/").body().substring(0, 15));
    }

    @Test
    void aFolderWithoutTrailingSlashIsRedirectedToIt() throws Exception {
        start(false);
        HttpResponse<String> response = get("/compare/a-vs-b");
        assertEquals(301, response.statusCode());
        assertEquals("/compare/a-vs-b/", header(response, "Location"));
        HttpResponse<String> withQuery = get("/compare/a-vs-b?ref=home");
        assertEquals("/compare/a-vs-b/?ref=home", header(withQuery, "Location"));
    }

    @Test
    void aFolderWithoutIndexHtmlIsNotRedirected() throws Exception {
        start(false);
        assertEquals(404, get("/compare").statusCode());
        assertEquals(404, get("/assets/").statusCode());
    }

    @Test
    void aMissingPageIsThe404PageWithStatus404() throws Exception {
        start(false);
        HttpResponse<String> response = get("/compare/x-vs-y/");
        assertEquals(404, response.statusCode());
        assertEquals(NOT_FOUND, response.body());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
    }

    @Test
    void withoutA404PageAMissingPageIsPlainText() throws Exception {
        Files.delete(site.resolve("404.html"));
        start(false);
        HttpResponse<String> response = get("/compare/x-vs-y/");
        assertEquals(404, response.statusCode());
        assertEquals("Not found.\n", response.body());
        assertEquals("text/plain; charset=utf-8", header(response, "Content-Type"));
    }

    @Test
    void withReloadingAndWithoutA404PageAMissingPageShowsTheFailedBuild() throws Exception {
        Files.delete(site.resolve("404.html"));
        start(true);
        server.buildFailed("templates/page.ftlh:3:9: render: broken");
        HttpResponse<String> response = get("/about/");
        assertEquals(404, response.statusCode());
        assertEquals("Not found.\n\nThe last build failed:\ntemplates/page.ftlh:3:9: render: broken\n", response.body());
        server.siteRebuilt();
        assertEquals("Not found.\n", get("/about/").body());
    }

    @Test
    void redirectsFileEntriesAre301s() throws Exception {
        start(false);
        HttpResponse<String> old = get("/old/");
        assertEquals(301, old.statusCode());
        assertEquals("/compare/a-vs-b/", header(old, "Location"));
        assertEquals("/compare/a-vs-b/", header(get("/old"), "Location"), "with or without the slash, as on Netlify");
        HttpResponse<String> gone = get("/gone");
        assertEquals(301, gone.statusCode(), "the status defaults to 301");
        assertEquals("/compare/a-vs-b/", header(gone, "Location"));
    }

    @Test
    void theRedirectMapAndTheBuildBookkeepingAreNeverServed() throws Exception {
        start(false);
        HttpResponse<String> redirects = get("/_redirects");
        assertEquals(404, redirects.statusCode());
        assertFalse(redirects.body().contains("/old/"));
        HttpResponse<String> manifest = get("/.versus/manifest.json");
        assertEquals(404, manifest.statusCode());
        assertFalse(manifest.body().contains("inputs"));
        assertEquals(404, get("/%2eversus/manifest.json").statusCode());
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        start(false);
        HttpResponse<String> first = get("/assets/site.css");
        String etag = header(first, "ETag");
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
        HttpResponse<String> again = get("/assets/site.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(304, get("/assets/site.css", "If-None-Match", "\"other\", W/" + etag).statusCode());

        write("assets/site.css", "body { color: #222; }\n");
        HttpResponse<String> changed = get("/assets/site.css", "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertEquals("body { color: #222; }\n", changed.body());
        assertNotEquals(etag, header(changed, "ETag"));
    }

    @Test
    void theETagIsTheSha256TheManifestRecords() throws Exception {
        start(false);
        byte[] bytes = Files.readAllBytes(site.resolve("compare/a-vs-b/index.html"));
        String sha = dev.versus.hash.Sha256.hex(dev.versus.hash.Sha256.of(bytes));
        assertEquals("\"" + sha + "\"", header(get("/compare/a-vs-b/"), "ETag"));
    }

    @Test
    void headSendsTheHeadersWithoutTheBody() throws Exception {
        start(false);
        HttpResponse<byte[]> response = send("HEAD", "/compare/a-vs-b/");
        assertEquals(200, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals(Integer.toString(PAGE.getBytes(StandardCharsets.UTF_8).length), header(response, "Content-Length"));
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals(header(get("/compare/a-vs-b/"), "ETag"), header(response, "ETag"));
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        start(false);
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "PATCH")) {
            HttpResponse<byte[]> response = send(method, "/compare/a-vs-b/");
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", header(response, "Allow"), method);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/assets/site.css, text/css; charset=utf-8",
        "/assets/app.js, text/javascript; charset=utf-8",
        "/data/pairs.json, application/json; charset=utf-8",
        "/sitemap.xml, application/xml; charset=utf-8",
        "/robots.txt, text/plain; charset=utf-8",
        "/assets/logo.svg, image/svg+xml; charset=utf-8",
        "/assets/icon.png, image/png",
        "/favicon.ico, image/x-icon",
        "/site.webmanifest, application/manifest+json; charset=utf-8",
        "/index.html, text/html; charset=utf-8",
    })
    void contentTypesFollowTheExtension(String path, String type) throws Exception {
        start(false);
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals(type, header(response, "Content-Type"));
    }

    @Test
    void withReloadingHtmlGetsTheScriptButTheFileOnDiskDoesNot() throws Exception {
        start(false);
        String plainTag = header(get("/compare/a-vs-b/"), "ETag");
        server.close();
        start(true);
        HttpResponse<byte[]> response = send("GET", "/compare/a-vs-b/");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.endsWith("<script src=\"/__versus/live.js\"></script>\n</body></html>\n"), body);
        assertEquals(Integer.toString(response.body().length), header(response, "Content-Length"));
        assertNotEquals(plainTag, header(response, "ETag"));
        assertEquals(PAGE, Files.readString(site.resolve("compare/a-vs-b/index.html")));
        assertEquals(header(response, "ETag"), header(send("HEAD", "/compare/a-vs-b/"), "ETag"));
        assertEquals(Integer.toString(response.body().length), header(send("HEAD", "/compare/a-vs-b/"), "Content-Length"));
        assertEquals(304, get("/compare/a-vs-b/", "If-None-Match", header(response, "ETag")).statusCode());
        assertEquals(200, get("/compare/a-vs-b/", "If-None-Match", plainTag).statusCode());
        assertTrue(get("/__versus/live.js").body().contains("new EventSource(\"/__versus/events?page=\" + encodeURIComponent(location.pathname))"));
        assertEquals("body { color: #111; }\n", get("/assets/site.css").body(), "only HTML gets the script");
    }

    @Test
    void withoutReloadingThereIsNoEventStream() throws Exception {
        start(false);
        assertEquals(404, get("/__versus/events").statusCode());
        assertEquals(404, get("/__versus/live.js").statusCode());
    }

    @Test
    void aSymlinkLeadingOutOfTheSiteIsNotFollowed() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), dir);
        Files.createSymbolicLink(site.resolve("manifest.json"), site.resolve(".versus/manifest.json"));
        start(false);
        for (String path : List.of("/leak.txt", "/outside/secret.txt", "/manifest.json")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("TOP-SECRET-42"), path);
            assertFalse(response.body().contains("inputs"), path);
        }
    }

    @Test
    void aSymlinkInsideTheSiteIsFollowed() throws Exception {
        Files.createSymbolicLink(site.resolve("latest"), site.resolve("compare/a-vs-b"));
        start(false);
        assertEquals(PAGE, get("/latest/").body());
    }
}
