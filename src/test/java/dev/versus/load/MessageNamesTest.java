package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.versus.build.FixtureSite;
import dev.versus.model.SiteContent;
import dev.versus.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message files' names of categories and kinds of site against the snapshot, and the
 * translated Markdown pages against the first language's: what is missing, what names nothing.
 */
class MessageNamesTest {
    @TempDir
    Path content;

    private SiteContent read(String german) throws Exception {
        Files.createDirectories(content.resolve("messages"));
        Files.writeString(content.resolve("messages/de.toml"), german);
        return ContentReader.read(content, SiteSources.bundled("content"), List.of("en", "de"));
    }

    private static List<String> errors(Snapshot snapshot, SiteContent content) {
        return assertThrows(InvalidContentException.class, () -> MessageNames.check(content.messages(), snapshot))
                .errors();
    }

    /** A German file with every message from English, and the names given here. */
    private static String german(String names) {
        return "[language]\nfallback = \"en\"\n" + names;
    }

    @Test
    void namesAreTakenFromTheFilesInTheirLanguage() throws Exception {
        SiteContent site = read(german("[categories]\ncms = \"Inhaltsverwaltung\"\n"));
        assertEquals("Inhaltsverwaltung", site.messages().namesIn("de").get("categories.cms").text());
        // English falls back to nothing: the snapshot's names are English.
        assertEquals(java.util.Map.of(), site.messages().namesIn("en"));
        MessageNames.check(site.messages(), SnapshotReader.read(FixtureSite.SNAPSHOT));
    }

    @Test
    void aNameForWhatTheSnapshotLacksIsNotRead() throws Exception {
        // A snapshot that drops a category must not break a rebuild: the file keeps its name.
        SiteContent site = read(german("\n[categories]\ncms = \"Inhaltsverwaltung\"\nblogs = \"Blogs\"\n"));
        MessageNames.check(site.messages(), SnapshotReader.read(FixtureSite.SNAPSHOT));
    }

    @Test
    void withoutAFallbackEveryCategoryAndKindOfSiteNeedsAName() throws Exception {
        Files.createDirectories(content.resolve("pages/es"));
        // Every message of the built-in Spanish, but no names and no fallback.
        Files.createDirectories(content.resolve("messages"));
        String spanish = Files.readString(SiteSources.bundled("content").resolve("messages/es.toml"));
        Files.writeString(content.resolve("messages/es.toml"), spanish.replaceAll(
                "(?ms)^\\[(categories|category_singulars|site_kinds|site_kinds_in_sentence)\\]\n.*?(?=^\\[|\\z)", ""));
        SiteContent site = ContentReader.read(content, SiteSources.bundled("content"), List.of("en", "es"));
        List<String> errors = errors(SnapshotReader.read(FixtureSite.SNAPSHOT), site);
        String file = SourceNames.of(content.resolve("messages/es.toml"));
        assertEquals(List.of(file + ":1:1: no es name for 3 of the snapshot's categories: cms,"
                + " javascript-libraries, web-frameworks; add them under [categories] (slug = \"name\"), or name a"
                + " fallback language: [language] fallback"), errors.subList(0, 1));
    }

    @Test
    void aTranslatedPageMissingIsAnErrorUnlessTheLanguageFallsBack() throws Exception {
        Files.createDirectories(content.resolve("pages/de"));
        Files.writeString(content.resolve("pages/about.md"), "---\ntitle: About\ndescription: d\nslug: about\n---\nHi\n");
        // The built-in German messages, which name no fallback.
        InvalidContentException missing = assertThrows(InvalidContentException.class,
                () -> ContentReader.read(content, SiteSources.bundled("content"), List.of("en", "de")));
        String page = SourceNames.of(content.resolve("pages/de/about.md"));
        assertEquals(page + ":1:1: missing page \"about\" in de (" + SourceNames.of(content.resolve("pages/about.md"))
                + "); translate it, or name a language to take missing pages and messages from in messages/de.toml"
                + " (start from a copy of the built-in one): [language] fallback = \"en\"", missing.errors().get(0));
        Files.writeString(content.resolve("pages/de/about.md"), "---\ntitle: Über\ndescription: d\nslug: about\n---\nHallo\n");
        SiteContent site = ContentReader.read(content, SiteSources.bundled("content"), List.of("en", "de"));
        assertEquals("Über", site.translatedPages().get("de").get(0).title());
        Files.writeString(content.resolve("pages/de/impressum.md"), "---\ntitle: I\ndescription: d\nslug: impressum\n---\nx\n");
        InvalidContentException extra = assertThrows(InvalidContentException.class,
                () -> ContentReader.read(content, SiteSources.bundled("content"), List.of("en", "de")));
        assertEquals(SourceNames.of(content.resolve("pages/de/impressum.md")) + ":1:1: no page \"impressum\" in the"
                + " first language, en; every language has the same pages, with the same slugs", extra.errors().get(0));
    }
}
