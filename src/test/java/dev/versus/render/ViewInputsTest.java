package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.BuildOptions;
import dev.versus.build.FixtureSite;
import dev.versus.build.LoadedSite;
import dev.versus.model.Settings;
import dev.versus.model.SiteConfig;
import dev.versus.plan.Page;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Technology and category pages are keyed by their inputs, not by their views (ViewInputs), so
 * each kind of input they show is changed here one at a time, in English and German, and every
 * such page must change its key whenever its rendered bytes change: a page whose bytes change
 * under an unchanged key would be left stale by a rebuild. Each edit also names pages that must
 * change and pages in other categories that must keep their keys, so the keys are not simply
 * new on every edit.
 *
 * <p>The fixture: web-frameworks holds django, flask, ruby-on-rails, web2py and react; react is
 * also in javascript-libraries with jquery; cms holds wordpress, drupal and squarespace.
 */
class ViewInputsTest {
    private static final String GERMAN = "[language]\nfallback = \"en\"\n";

    @TempDir
    Path dir;

    /** One page's key and bytes. */
    private record Keyed(String key, byte[] bytes) {
    }

    /** The fixture with one thing replaced: in the snapshot, the German messages, or an editor's text. */
    private record Edit(String snapshotFrom, String snapshotTo, String german, String djangoText) {
        static Edit none() {
            return new Edit("", "", GERMAN, null);
        }
    }

    @Test
    void aTechnologysTotalChangesItsPagesAndThoseOfItsCategoriesOnly() throws Exception {
        Set<String> changed = assertNoStalePage(new Edit("\"total\": 6020000", "\"total\": 6030000", GERMAN, null));
        // jquery's own page, react's (its rank and share in JavaScript libraries), the category's.
        assertTrue(changed.containsAll(List.of("technologies/jquery/", "technologies/react/",
                "categories/javascript-libraries/", "de/technologies/jquery/")), changed.toString());
        // Pages of technologies and categories jquery is not in keep their keys.
        assertUnchangedKeys(new Edit("\"total\": 6020000", "\"total\": 6030000", GERMAN, null),
                List.of("technologies/django/", "technologies/wordpress/", "categories/web-frameworks/",
                        "categories/cms/", "de/technologies/flask/"));
    }

    @Test
    void aCountryCountOfAnotherMemberChangesTheCategorysPages() throws Exception {
        // flask's count in the United States, shown on flask's page and weighed in its category's awards.
        Edit edit = new Edit("\"US\": 15000,", "\"US\": 25000,", GERMAN, null);
        Set<String> changed = assertNoStalePage(edit);
        assertTrue(changed.contains("technologies/flask/"), changed.toString());
        assertUnchangedKeys(edit, List.of("technologies/jquery/", "technologies/wordpress/", "categories/cms/"));
    }

    @Test
    void aCategoryNameChangesEveryPageThatNamesIt() throws Exception {
        Set<String> changed = assertNoStalePage(new Edit("\"name\": \"Content management systems\"",
                "\"name\": \"Site builders\"", GERMAN, null));
        assertTrue(changed.containsAll(List.of("technologies/wordpress/", "categories/cms/")), changed.toString());
    }

    @Test
    void aMessageChangesTheLanguagesPagesThatShowIt() throws Exception {
        Edit edit = new Edit("", "", GERMAN + "[technology]\nlede = \"{technology}: {count} {unit}.\"\n", null);
        Set<String> changed = assertNoStalePage(edit);
        assertTrue(changed.contains("de/technologies/django/"), changed.toString());
        assertTrue(changed.stream().allMatch(route -> route.startsWith("de/technologies/")), changed.toString());
        assertUnchangedKeys(edit, List.of("technologies/django/", "de/categories/cms/"));
    }

    @Test
    void anEditorsTextChangesThatTechnologysPageOnly() throws Exception {
        Edit edit = new Edit("", "", GERMAN, "Django, *edited*.\n");
        Set<String> changed = assertNoStalePage(edit);
        assertTrue(changed.containsAll(List.of("technologies/django/", "de/technologies/django/")), changed.toString());
        assertUnchangedKeys(edit, List.of("technologies/flask/", "categories/web-frameworks/"));
    }

    /**
     * Builds the fixture as it is and with the edit; fails for any technology or category page
     * whose bytes changed under the same key. Returns the routes whose bytes changed.
     */
    private Set<String> assertNoStalePage(Edit edit) throws Exception {
        Map<String, Keyed> before = pages(load(Edit.none(), "before"));
        Map<String, Keyed> after = pages(load(edit, "after"));
        assertEquals(before.keySet(), after.keySet());
        Set<String> changed = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        before.forEach((route, old) -> {
            Keyed now = after.get(route);
            if (!Arrays.equals(old.bytes(), now.bytes())) {
                changed.add(route);
                if (old.key().equals(now.key())) {
                    stale.add(route);
                }
            }
        });
        assertEquals(List.of(), stale, "pages whose bytes changed under an unchanged key");
        return changed;
    }

    private void assertUnchangedKeys(Edit edit, List<String> routes) throws Exception {
        Map<String, Keyed> before = pages(load(Edit.none(), "before-keys"));
        Map<String, Keyed> after = pages(load(edit, "after-keys"));
        for (String route : routes) {
            assertEquals(before.get(route).key(), after.get(route).key(), route);
        }
    }

    private LoadedSite load(Edit edit, String name) throws Exception {
        Path site = dir.resolve(name);
        Path content = site.resolve("content");
        Files.createDirectories(content.resolve("messages"));
        Files.writeString(content.resolve("messages/de.toml"), edit.german());
        if (edit.djangoText() != null) {
            Files.createDirectories(content.resolve("technologies"));
            Files.writeString(content.resolve("technologies/django.md"), edit.djangoText());
        }
        String snapshot = Files.readString(FixtureSite.SNAPSHOT);
        if (!edit.snapshotFrom().isEmpty()) {
            assertEquals(1, snapshot.split(java.util.regex.Pattern.quote(edit.snapshotFrom()), -1).length - 1,
                    "the edit's text occurs once in the fixture");
            snapshot = snapshot.replace(edit.snapshotFrom(), edit.snapshotTo());
        }
        Path snapshotFile = site.resolve("snapshot.json");
        Files.writeString(snapshotFile, snapshot);
        BuildOptions options = new BuildOptions(snapshotFile, content, Path.of("templates"), site.resolve("out"),
                URI.create("https://example.org/"), 1, Settings.DEFAULTS)
                .withSite(SiteConfig.DEFAULTS.withLanguages(List.of("en", "de")));
        return LoadedSite.load(options);
    }

    /** Every technology and category page of both languages, by route, with its key and bytes. */
    private static Map<String, Keyed> pages(LoadedSite site) {
        Map<String, Keyed> pages = new TreeMap<>();
        for (Page page : site.plan().allPages().toList()) {
            Page inner = page instanceof Page.InLanguage in ? in.page() : page;
            if (inner instanceof Page.Technology || inner instanceof Page.Category
                    || inner instanceof Page.CategoryComparisons) {
                PreparedPage prepared = site.renderer().apply(page);
                pages.put(page.route(), new Keyed(java.util.HexFormat.of().formatHex(prepared.inputKey()),
                        prepared.render()));
            }
        }
        return pages;
    }
}
