package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.BuildOptions;
import dev.versus.build.FixtureSite;
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
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versus serve} as someone editing a site uses it: a page open in a browser (its event
 * stream), a file saved, the page told to reload, and the page fetched again showing the edit.
 * Nothing is ever built.
 */
class LiveEditsTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String PAGE = "/compare/django-vs-flask/";

    @TempDir
    Path dir;
    Path content;
    Path templates;
    Path snapshot;
    Preview preview;
    final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        snapshot = dir.resolve("snapshot.json");
        TestFolders.copy(Path.of("content"), content);
        TestFolders.copy(Path.of("templates"), templates);
        Files.copy(FixtureSite.SNAPSHOT, snapshot);
        BuildOptions options = new BuildOptions(snapshot, content, templates, dir.resolve("site-output"),
                URI.create("http://localhost:8080/"), 2, Settings.DEFAULTS);
        preview = Preview.start(options, InetAddress.getLoopbackAddress(), 0, true, 16L << 20,
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
        assertEquals(null, preview.failure());
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aTemplateEditReloadsTheOpenPageWithTheEdit() throws Exception {
        assertFalse(get(PAGE).body().contains("id=\"edited\""));
        try (EventListener page = new EventListener(preview.url(), PAGE).opened()) {
            replace(templates.resolve("comparison.ftlh"), "<h1>${v.heading}</h1>",
                    "<h1>${v.heading}</h1><p id=\"edited\">edited</p>");
            page.await("reload", WAIT);
        }
        HttpResponse<String> again = get(PAGE);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("<p id=\"edited\">edited</p>"));
        assertTrue(again.body().contains("<script src=\"/__versus/live.js\"></script>"), "pages keep reloading");
        assertFalse(Files.exists(dir.resolve("site-output")), "nothing was built");
    }

    @Test
    void aContentPageEditReloadsTheOpenPageWithTheEdit() throws Exception {
        try (EventListener page = new EventListener(preview.url(), "/about/").opened()) {
            replace(content.resolve("pages/about.md"), "This site compares web technologies",
                    "This edited site compares web technologies");
            page.await("reload", WAIT);
        }
        assertTrue(get("/about/").body().contains("This edited site compares web technologies"));
    }

    @Test
    void aSnapshotEditReloadsTheOpenPageWithTheNewFigures() throws Exception {
        assertTrue(get(PAGE).body().contains("Django vs Flask"));
        try (EventListener page = new EventListener(preview.url(), PAGE).opened()) {
            replace(snapshot, "\"name\": \"Django\"", "\"name\": \"Djangoo\"");
            page.await("reload", WAIT);
        }
        String body = get(PAGE).body();
        assertTrue(body.contains("Djangoo vs Flask"), "the new name is on the page");
    }

    @Test
    void aTemplateErrorIsShownOverThePageUntilItIsFixed() throws Exception {
        String good = get(PAGE).body();
        Path template = templates.resolve("comparison.ftlh");
        String original = Files.readString(template);
        try (EventListener page = new EventListener(preview.url(), PAGE).opened()) {
            replace(template, "<h1>${v.heading}</h1>", "<h1>${v.noSuchField}</h1>");
            String error = page.await("build-error", WAIT).data();
            assertTrue(Pattern.compile("comparison\\.ftlh:5:\\d+: ").matcher(error).find(), error);
            assertTrue(error.contains("noSuchField"), error);
            assertEquals(good, get(PAGE).body(), "the last good version is still served");
            assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("comparison.ftlh:5:"), "and the terminal says so");

            replace(template, "<h1>${v.noSuchField}</h1>", "<h1>${v.heading}</h1><#if>");
            String syntax = page.await("build-error", WAIT).data();
            assertTrue(syntax.contains("comparison.ftlh:5:"), syntax);
            assertEquals(good, get(PAGE).body());

            Files.writeString(template, original.replace("<h1>${v.heading}</h1>", "<h1>${v.heading}</h1><p>fixed</p>"));
            page.await("reload", WAIT);
        }
        assertTrue(get(PAGE).body().contains("<p>fixed</p>"));
    }

    @Test
    void aSiteWhoseFirstLoadFailsShowsTheErrorUntilTheSnapshotIsFixed() throws Exception {
        preview.close();
        String good = Files.readString(snapshot);
        Files.writeString(snapshot, good.replaceFirst("\"total\": (\\d+)", "\"total\": -$1"));
        BuildOptions options = new BuildOptions(snapshot, content, templates, dir.resolve("site-output"),
                URI.create("http://localhost:8080/"), 2, Settings.DEFAULTS);
        preview = Preview.start(options, InetAddress.getLoopbackAddress(), 0, true, 16L << 20,
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
        assertTrue(Pattern.compile("snapshot\\.json:\\d+:\\d+: ").matcher(preview.failure()).find(), preview.failure());
        HttpResponse<String> broken = get(PAGE);
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("snapshot.json:"), broken.body());
        try (EventListener page = new EventListener(preview.url(), PAGE).opened()) {
            Files.writeString(snapshot, good);
            page.await("reload", WAIT);
        }
        assertEquals(200, get(PAGE).statusCode());
        assertEquals(null, preview.failure());
    }

    @Test
    void aPageFirstAskedForWhileItsTemplateIsBrokenShowsTheErrorAndThenThePage() throws Exception {
        Path template = templates.resolve("technology.ftlh");
        String original = Files.readString(template);
        try (EventListener page = new EventListener(preview.url(), "/").opened()) {
            Files.writeString(template, original.replaceFirst("\\$\\{", "\\${noSuchVariable + "));
            page.await("reload", WAIT); // the home page does not use technology.ftlh
        }
        HttpResponse<String> broken = get("/technologies/django/");
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("technology.ftlh:"), broken.body());
        assertTrue(broken.body().contains("/__versus/live.js"), "it reloads once fixed");
        try (EventListener page = new EventListener(preview.url(), "/technologies/django/").opened()) {
            Files.writeString(template, original);
            page.await("reload", WAIT);
        }
        assertEquals(200, get("/technologies/django/").statusCode());
    }
}
