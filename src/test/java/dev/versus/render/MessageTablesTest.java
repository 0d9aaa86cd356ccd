package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.BuildOptions;
import dev.versus.build.FixtureSite;
import dev.versus.build.LoadedSite;
import dev.versus.model.Settings;
import dev.versus.model.SiteConfig;
import dev.versus.plan.Page;
import dev.versus.text.Words;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of page formats only messages of the tables its input key covers, so that an edit to
 * one table of one language renders again just the pages of that language that can show it.
 */
class MessageTablesTest {
    private static final Set<String> FRAME = Set.of("nav", "footer", "layout", "units");

    @TempDir
    Path dir;

    private LoadedSite load(String germanCountryHeading) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("messages"));
        if (!Files.exists(content.resolve("pages"))) {
            copy(Path.of("content/pages"), content.resolve("pages"));
        }
        Files.writeString(content.resolve("messages/de.toml"), "[language]\nfallback = \"en\"\n[country]\n"
                + "heading = \"" + germanCountryHeading + "\"\n");
        BuildOptions options = new BuildOptions(FixtureSite.SNAPSHOT, content, Path.of("templates"), dir.resolve("out"),
                URI.create("https://example.org/"), 1, Settings.DEFAULTS)
                .withSite(SiteConfig.DEFAULTS.withLanguages(List.of("en", "de")));
        return LoadedSite.load(options);
    }

    @Test
    void everyKindOfPageUsesOnlyTheTablesItsKeyCovers() throws Exception {
        LoadedSite site = load("Webtechnologien in {country}");
        Map<String, Set<String>> usedByTemplate = new TreeMap<>();
        for (Page page : site.plan().allPages().toList()) {
            String template = site.renderer().templateOf(page);
            if (template == null) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            Words.recordInto(keys);
            try {
                site.renderer().apply(page).render();
            } finally {
                Words.stopRecording();
            }
            Set<String> tables = usedByTemplate.computeIfAbsent(template, t -> new TreeSet<>());
            keys.forEach(key -> tables.add(MessageTables.tableOf(key)));
        }
        assertTrue(usedByTemplate.keySet().containsAll(List.of("comparison.ftlh", "technology.ftlh", "category.ftlh",
                "categories.ftlh", "country.ftlh", "countries.ftlh", "home.ftlh", "search.ftlh", "404.ftlh",
                "page.ftlh", "methodology.ftlh")), usedByTemplate.keySet().toString());
        List<String> outside = new ArrayList<>();
        usedByTemplate.forEach((template, tables) -> tables.stream()
                .filter(table -> !FRAME.contains(table) && !MessageTables.of(template).contains(table))
                .forEach(table -> outside.add(template + " uses [" + table + "]")));
        assertEquals(List.of(), outside);
    }

    @Test
    void anEditToOneTableOfOneLanguageChangesOnlyThePagesThatShowIt() throws Exception {
        Map<String, String> before = keys(load("Webtechnologien in {country}"));
        Map<String, String> after = keys(load("Technik in {country}"));
        Set<String> changed = new TreeSet<>();
        before.forEach((route, key) -> {
            if (!key.equals(after.get(route))) {
                changed.add(route);
            }
        });
        assertFalse(changed.isEmpty());
        // The German country pages, and nothing else: not their English versions, not other German pages.
        assertTrue(changed.stream().allMatch(route -> route.startsWith("de/countries/") && !route.equals("de/countries/")),
                changed.toString());
        assertEquals(before.keySet().stream().filter(r -> r.startsWith("de/countries/") && !r.equals("de/countries/"))
                .filter(r -> r.endsWith("/")).count(), changed.size(), changed.toString());
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Map<String, String> keys(LoadedSite site) {
        Map<String, String> keys = new TreeMap<>();
        for (Page page : site.plan().allPages().toList()) {
            byte[] key = site.renderer().apply(page).inputKey();
            if (key != null) {
                keys.put(page.route(), java.util.HexFormat.of().formatHex(key));
            }
        }
        return keys;
    }
}
