package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.load.SiteSources;
import dev.versus.model.Settings;
import dev.versus.render.freemarker.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's templates folder overrides the built-in templates file by file. */
class TemplateOverridesTest {
    private static final String MANIFEST = ".versus/manifest.json";

    @TempDir
    Path dir;

    private Map<String, byte[]> build(Path templates, String name) throws Exception {
        Path out = dir.resolve(name);
        SiteBuild.run(new BuildOptions(FixtureSite.SNAPSHOT, Path.of("content"), templates, out, FixtureSite.BASE, 2,
                Settings.DEFAULTS));
        return FixtureSite.files(out);
    }

    /** A templates folder holding one file: the built-in one with {@code from} replaced by {@code to}. */
    private Path overriding(String file, String from, String to) throws Exception {
        Path folder = dir.resolve("own-templates");
        Path copy = folder.resolve(file);
        Files.createDirectories(copy.getParent());
        String text = Files.readString(Path.of("templates").resolve(file));
        assertTrue(text.contains(from), file + " no longer holds " + from);
        Files.writeString(copy, text.replace(from, to));
        return folder;
    }

    private static Document html(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void anOverriddenComparisonTemplateChangesExactlyTheComparisonPages() throws Exception {
        Map<String, byte[]> builtIn = build(Path.of("templates"), "built-in");
        Map<String, byte[]> own = build(overriding("comparison.ftlh", "<article class=\"comparison\">",
                "<article class=\"comparison\">\n<p class=\"own\">Compared by us</p>"), "own");

        assertEquals(builtIn.keySet(), own.keySet());
        List<String> changed = new ArrayList<>();
        for (String path : builtIn.keySet()) {
            if (!path.equals(MANIFEST) && !java.util.Arrays.equals(builtIn.get(path), own.get(path))) {
                changed.add(path);
            }
        }
        List<String> comparisons = builtIn.keySet().stream().filter(path -> path.startsWith("compare/")).toList();
        assertEquals(14, comparisons.size());
        assertEquals(comparisons, changed);
        for (String path : comparisons) {
            assertEquals("Compared by us", html(own.get(path)).select("article.comparison > p.own").text(), path);
        }
    }

    @Test
    void anOverriddenLayoutReachesEveryPageThatImportsIt() throws Exception {
        Map<String, byte[]> own = build(overriding("layout.ftlh", "<footer class=\"site-footer\">",
                "<footer class=\"site-footer\">\n  <p class=\"own\">Our footer</p>"), "own");
        int pages = 0;
        for (Map.Entry<String, byte[]> file : own.entrySet()) {
            if (file.getKey().endsWith(".html")) {
                assertEquals("Our footer", html(file.getValue()).select("footer.site-footer > p.own").text(),
                        file.getKey());
                pages++;
            }
        }
        // 14 comparisons, 9 technologies, 4 category pages, 5 country pages, home, search, 3 content pages, 404.
        assertEquals(38, pages);
    }

    @Test
    void anOverriddenAssetReplacesOnlyThatAsset() throws Exception {
        Path folder = dir.resolve("own-templates");
        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("assets/site.css"), "body { color: teal; }\n");
        Map<String, byte[]> own = build(folder, "own");

        assertEquals("body { color: teal; }\n", new String(own.get("assets/site.css"), StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(Path.of("templates/assets/search.js")), own.get("assets/search.js"));
        assertArrayEquals(Files.readAllBytes(Path.of("templates/assets/favicon.svg")), own.get("assets/favicon.svg"));
    }

    @Test
    void anErrorInAnOverrideNamesTheSitesFile() throws Exception {
        Path folder = overriding("comparison.ftlh", "<h1>${v.heading}</h1>", "<h1>${v.heading</h1>");
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                () -> build(folder, "broken"));
        assertTrue(failure.getMessage().startsWith(folder.resolve("comparison.ftlh") + ":5:"), failure.getMessage());
    }

    @Test
    void messagesNameTheCopyInUse() throws Exception {
        Path folder = overriding("comparison.ftlh", "<h1>", "<h1 class=\"own\">");
        Templates templates = Templates.from(List.of(folder, SiteSources.bundled("templates")));
        assertEquals(folder.resolve("comparison.ftlh").toString(), templates.displayName("comparison.ftlh"));
        assertEquals("<built-in>/templates/home.ftlh", templates.displayName("home.ftlh"));
    }

    @Test
    void anEmptySiteFolderGivesTheBuiltInSite() throws Exception {
        Map<String, byte[]> builtIn = build(Path.of("templates"), "built-in");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Map<String, byte[]> own = build(empty, "own");
        builtIn.remove(MANIFEST);
        own.remove(MANIFEST);
        assertEquals(builtIn.keySet(), own.keySet());
        for (String path : builtIn.keySet()) {
            assertArrayEquals(builtIn.get(path), own.get(path), path);
        }
        assertFalse(own.isEmpty());
    }
}
