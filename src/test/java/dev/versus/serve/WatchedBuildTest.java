package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.versus.build.BuildOptions;
import dev.versus.testing.TestFolders;
import dev.versus.write.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve --watch on the fixture site, with its own copies of the snapshot, content and templates:
 * edits are picked up, rebuilt and announced to open pages; a broken build keeps the last good
 * site served and tells the pages where the error is. Waits poll with a generous limit that is
 * only there so that a broken watcher fails instead of hanging.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WatchedBuildTest {
    static final String PAGE = "/compare/django-vs-flask/";
    static final long GIVE_UP_MILLIS = 120_000;

    @TempDir
    Path dir;
    Path snapshot;
    Path templates;
    BuildOptions options;
    SiteServer server;
    WatchedBuild watched;
    Stream<String> events;
    Iterator<String> eventLines;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serveTheFixture() throws Exception {
        snapshot = dir.resolve("snapshot.json");
        Files.copy(Path.of("src/test/resources/snapshots/valid-small.json"), snapshot);
        templates = dir.resolve("templates");
        Path content = dir.resolve("content");
        TestFolders.copy(Path.of("templates"), templates, null);
        TestFolders.copy(Path.of("content"), content, Path.of("content/data/snapshot.json.gz"));
        options = new BuildOptions(snapshot, content, templates, dir.resolve("site"), URI.create("https://example.org/"), 2);
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertNull(WatchedBuild.buildAndTell(options, null, templates, out, Progress.SILENT), log::toString);
        server = SiteServer.start(options.out(), InetAddress.getLoopbackAddress(), 0, true);
        watched = WatchedBuild.start(options, server, out);
        HttpResponse<Stream<String>> stream = client.send(
                HttpRequest.newBuilder(server.url().resolve("/__versus/events")).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElse(null));
        events = stream.body();
        eventLines = events.iterator();
    }

    @AfterEach
    void stop() throws IOException {
        if (watched != null) {
            watched.close();
        }
        if (server != null) {
            server.close();
        }
        if (events != null) {
            events.close();
        }
    }

    @Test
    void editsToTemplatesAndSnapshotAreServedAndOpenPagesToldToReload() throws Exception {
        Document before = page();
        assertEquals("67,300", detectedOn(before));
        assertNotNull(before.selectFirst("script[src=/__versus/live.js]"), "the reload script is injected");

        replaceInFile(templates.resolve("comparison.ftlh"), "<h1>${v.heading}</h1>",
                "<h1>${v.heading}</h1><p id=\"watch-marker\">edited</p>");
        Document edited = awaitPage(document -> document.selectFirst("#watch-marker") != null);
        assertEquals("edited", edited.selectFirst("#watch-marker").text());
        awaitEvent("reload");

        replaceInFile(snapshot, "\"total\": 67300,", "\"total\": 71234,");
        Document updated = awaitPage(document -> !detectedOn(document).equals("67,300"));
        assertEquals("71,234", detectedOn(updated));
        assertNotNull(updated.selectFirst("#watch-marker"), "the template edit stays");
    }

    @Test
    void aBrokenTemplateKeepsTheLastGoodPageAndTellsWhereTheErrorIs() throws Exception {
        String good = fetch(PAGE);
        // Line 5: "<h1>${v.noSuchField}"; FreeMarker blames the expression, which starts in column 7.
        replaceInFile(templates.resolve("comparison.ftlh"), "<h1>${v.heading}</h1>", "<h1>${v.noSuchField}</h1>");
        String message = awaitEvent("build-error");
        String file = templates.resolve("comparison.ftlh").toString();
        assertTrue(message.startsWith(file + ":5:7: "), message);
        assertTrue(message.contains("noSuchField"), message);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains(file + ":5:7: "), log::toString);
        assertEquals(good, fetch(PAGE), "the last good page is still served");

        try (Stream<String> later = client.send(HttpRequest.newBuilder(server.url().resolve("/__versus/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).body()) {
            assertEquals(message, nextEvent(later.iterator(), "build-error"), "a page opened now is told too");
        }

        replaceInFile(templates.resolve("comparison.ftlh"), "${v.noSuchField}", "${v.heading} again");
        awaitEvent("reload");
        assertEquals("Django vs Flask again", page().selectFirst("h1").text());
    }

    @Test
    void anInvalidSnapshotKeepsTheLastGoodPageAndTellsWhereTheErrorIs() throws Exception {
        String good = fetch(PAGE);
        replaceInFile(snapshot, "\"total\": 67300,", "\"total\": -5,");
        String message = awaitEvent("build-error");
        assertTrue(message.matches("(?s)load: .*snapshot\\.json:35:\\d+: \\$\\.technologies\\[0\\]\\.usage\\.total: .*"), message);
        assertEquals(good, fetch(PAGE));
    }

    private Document page() throws Exception {
        return Jsoup.parse(fetch(PAGE));
    }

    private String fetch(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The page as soon as it satisfies the condition (the watcher rebuilds in the background). */
    private Document awaitPage(Predicate<Document> condition) throws Exception {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        Document document = page();
        while (!condition.test(document)) {
            if (System.currentTimeMillis() > giveUp) {
                fail("the served page never changed; build log:\n" + log.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
            document = page();
        }
        return document;
    }

    /** The data of the next event of that name on the open stream, skipping others. */
    private String awaitEvent(String name) {
        return nextEvent(eventLines, name);
    }

    private static String nextEvent(Iterator<String> lines, String name) {
        String event = null;
        StringBuilder data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (name.equals(event) && data != null) {
                    return data.toString();
                }
                event = null;
                data = null;
            } else if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = data == null ? new StringBuilder() : data.append('\n');
                data.append(line.substring(6));
            }
        }
        throw new AssertionError("the event stream ended before a " + name + " event");
    }

    /** The "Detected on" figure of the first technology (Django). */
    private static String detectedOn(Document page) {
        // The count is in the Popularity table (the facts table no longer repeats it).
        for (Element row : page.select("section[aria-labelledby=popularity] tbody tr")) {
            if (row.selectFirst("th").text().equals("Detected on")) {
                return row.select("td").get(0).text().replaceAll("[^0-9,]", "");
            }
        }
        throw new AssertionError("no Detected on row");
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }
}
