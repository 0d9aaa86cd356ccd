package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.BuildOptions;
import dev.versus.build.FixtureSite;
import dev.versus.build.LoadedSite;
import dev.versus.build.SiteBuild;
import dev.versus.model.Settings;
import dev.versus.testing.TestFolders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site rendered on request against the same site built: every file equal byte for byte,
 * each page rendered once while its inputs are unchanged, a template edit dropping only the
 * pages that use the template, and a cache that keeps to its bound.
 */
class LiveSiteTest {
    static final URI BASE = URI.create("https://example.org/tech/");

    @TempDir
    Path dir;
    final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    SiteServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private BuildOptions options(Path templates, Path out) {
        return new BuildOptions(FixtureSite.SNAPSHOT, Path.of("content"), templates, out, BASE, 2, Settings.DEFAULTS);
    }

    private LiveSite live(BuildOptions options, long cacheBytes) {
        LiveSite site = new LiveSite(options, cacheBytes, options.templates(), new PrintStream(terminal, true));
        assertTrue(site.load(Set.of()), () -> site.failure());
        return site;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyFileTheBuildWritesIsServedWithTheSameBytes() throws Exception {
        Path out = dir.resolve("built");
        SiteBuild.run(options(Path.of("templates"), out));
        Map<String, byte[]> built = FixtureSite.files(out);
        built.keySet().removeIf(file -> file.startsWith(".versus/"));
        LiveSite site = live(options(Path.of("templates"), dir.resolve("never-written")), 64L << 20);
        server = SiteServer.start(site, InetAddress.getLoopbackAddress(), 0, null, ServerLimits.DEFAULT);

        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            Answer answer = site.file(file.getKey());
            assertInstanceOf(Answer.Body.class, answer, file.getKey());
            assertArrayEquals(file.getValue(), ((Answer.Body) answer).bytes(), file.getKey());
            if (file.getKey().equals("_redirects")) {
                continue; // a host's configuration: never served, in either mode
            }
            String path = "/" + (file.getKey().endsWith("index.html")
                    ? file.getKey().substring(0, file.getKey().length() - "index.html".length()) : file.getKey());
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertArrayEquals(file.getValue(), response.body(), path);
            kinds.add(path.replaceAll("^/([^/]*).*", "$1"));
        }
        assertTrue(kinds.containsAll(List.of("compare", "technologies", "categories", "countries", "search",
                "assets", "sitemaps", "sitemap.xml", "robots.txt", "search-index.json", "404.html",
                "redirects.nginx.conf", "")), "every kind of file was served: " + Set.copyOf(kinds));
        assertFalse(Files.exists(dir.resolve("never-written")), "serving writes no output folder");
        assertEquals(built.size(), site.renders(), "each file rendered once");
    }

    @Test
    void aSiteInTwoLanguagesIsServedAsItIsBuilt() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("messages"));
        Files.writeString(content.resolve("messages/de.toml"), "[language]\nfallback = \"en\"\n[nav]\nhome = \"Start\"\n");
        BuildOptions options = new BuildOptions(FixtureSite.SNAPSHOT, content, Path.of("templates"), dir.resolve("built"),
                BASE, 2, Settings.DEFAULTS).withSite(dev.versus.model.SiteConfig.DEFAULTS.withLanguages(List.of("en", "de")));
        SiteBuild.run(options);
        Map<String, byte[]> built = FixtureSite.files(dir.resolve("built"));
        built.keySet().removeIf(file -> file.startsWith(".versus/"));
        assertTrue(built.containsKey("de/compare/django-vs-flask/index.html"), built.keySet().toString());
        LiveSite site = live(options, 64L << 20);
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            Answer answer = site.file(file.getKey());
            assertInstanceOf(Answer.Body.class, answer, file.getKey());
            assertArrayEquals(file.getValue(), ((Answer.Body) answer).bytes(), file.getKey());
        }
        server = SiteServer.start(site, InetAddress.getLoopbackAddress(), 0, null, ServerLimits.DEFAULT);
        HttpResponse<byte[]> swapped = get("/de/compare/flask-vs-django/");
        assertEquals(301, swapped.statusCode());
        assertEquals("/de/compare/django-vs-flask/", swapped.headers().firstValue("Location").orElseThrow());
        assertEquals(404, get("/de/compare/django-vs-nothing/").statusCode());
    }

    @Test
    void theSiteAnswersPathsAsAHostWithItsRedirectMapWould() throws Exception {
        LiveSite site = live(options(Path.of("templates"), dir.resolve("out")), 1L << 20);
        server = SiteServer.start(site, InetAddress.getLoopbackAddress(), 0, null, ServerLimits.DEFAULT);
        String page = firstComparison(site);
        String[] slugs = page.substring("/compare/".length(), page.length() - 1).split("-vs-");
        String otherOrder = "/compare/" + slugs[1] + "-vs-" + slugs[0] + "/";

        HttpResponse<byte[]> swapped = get(otherOrder + "?ref=x");
        assertEquals(301, swapped.statusCode());
        assertEquals(page + "?ref=x", swapped.headers().firstValue("Location").orElseThrow());
        assertEquals(page, get(otherOrder.substring(0, otherOrder.length() - 1)).headers()
                .firstValue("Location").orElseThrow(), "without the slash too");
        HttpResponse<byte[]> noSlash = get(page.substring(0, page.length() - 1));
        assertEquals(301, noSlash.statusCode());
        assertEquals(page, noSlash.headers().firstValue("Location").orElseThrow());

        HttpResponse<byte[]> missing = get("/compare/" + slugs[0] + "-vs-no-such-thing/");
        assertEquals(404, missing.statusCode());
        assertArrayEquals(((Answer.Body) site.file("404.html")).bytes(), missing.body(), "the site's 404 page");
        assertEquals(404, get("/_redirects").statusCode());
        assertEquals(404, get("/.versus/manifest.json").statusCode());
        assertEquals(404, get("/compare/" + slugs[0] + "-vs-" + slugs[0] + "/").statusCode());
    }

    @Test
    void aPageIsRenderedOnceWhileItsInputsAreUnchanged() throws Exception {
        LiveSite site = live(options(Path.of("templates"), dir.resolve("out")), 1L << 20);
        String page = firstComparison(site);
        String file = page.substring(1) + "index.html";
        Answer.Body first = (Answer.Body) site.file(file);
        long renders = site.renders();
        Answer.Body again = (Answer.Body) site.file(file);
        assertEquals(renders, site.renders(), "the second request is answered from the cache");
        assertEquals(first, again);
        assertTrue(site.load(Set.of(LoadedSite.Part.CONTENT, LoadedSite.Part.SNAPSHOT)));
        site.file(file);
        assertEquals(renders, site.renders(), "reloading unchanged inputs keeps the page");
    }

    @Test
    void aTemplateEditDropsOnlyThePagesThatUseTheTemplate() throws Exception {
        Path templates = dir.resolve("templates");
        TestFolders.copy(Path.of("templates"), templates);
        LiveSite site = live(options(templates, dir.resolve("out")), 8L << 20);
        String comparison = firstComparison(site).substring(1) + "index.html";
        String technology = "technologies/" + site.site().catalog().snapshot().technologies().get(0).slug() + "/index.html";
        site.file(comparison);
        site.file(technology);
        long renders = site.renders();

        Path template = templates.resolve("comparison.ftlh");
        Files.writeString(template, Files.readString(template).replace("<h1>${v.heading}</h1>",
                "<h1>${v.heading}</h1><p id=\"edited\">edited</p>"));
        assertTrue(site.load(Set.of(LoadedSite.Part.TEMPLATES)), () -> site.failure());
        String comparisonPage = new String(((Answer.Body) site.file(comparison)).bytes(), StandardCharsets.UTF_8);
        assertTrue(comparisonPage.contains("<p id=\"edited\">edited</p>"), "the comparison shows the edit");
        assertEquals(renders + 1, site.renders(), "the comparison was rendered again");
        site.file(technology);
        assertEquals(renders + 1, site.renders(), "the technology page does not use comparison.ftlh: kept");

        Path layout = templates.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout) + "\n<#-- edited -->\n");
        assertTrue(site.load(Set.of(LoadedSite.Part.TEMPLATES)));
        site.file(comparison);
        site.file(technology);
        assertEquals(renders + 3, site.renders(), "both import layout.ftlh: both rendered again");
    }

    @Test
    void theCacheKeepsToItsBoundWhileEveryComparisonIsBrowsed() throws Exception {
        LiveSite measuring = live(options(Path.of("templates"), dir.resolve("out")), 64L << 20);
        List<String> pages = measuring.site().plan().comparisonPages().map(page -> page.route() + "index.html").toList();
        pages.forEach(measuring::file);
        long bound = measuring.cachedBytes() / 4;
        LiveSite site = live(options(Path.of("templates"), dir.resolve("out")), bound);
        for (String page : pages) {
            site.file(page);
            assertTrue(site.cachedBytes() <= bound, "held " + site.cachedBytes() + " bytes after " + page);
        }
        assertTrue(site.cachedFiles() >= 2 && site.cachedFiles() < pages.size() / 2,
                site.cachedFiles() + " of " + pages.size() + " pages kept");
        long renders = site.renders();
        site.file(pages.get(pages.size() - 1));
        assertEquals(renders, site.renders(), "the page seen last is still cached");
        site.file(pages.get(0));
        assertEquals(renders + 1, site.renders(), "the page seen first was dropped, and is rendered again");
    }

    /** The first comparison page's path, "/compare/a-vs-b/". */
    private static String firstComparison(LiveSite site) {
        return "/" + site.site().plan().comparisonPages().findFirst().orElseThrow().route();
    }
}
