package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.model.Settings;
import dev.versus.model.SiteConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after an edit to one message of one language renders only that language's pages that
 * show the message: the message files are left out of the content folder's digest, which renders
 * every page again when it changes, because each page's own key covers the messages it shows.
 */
class TranslationEditTest {
    @TempDir
    Path dir;

    @Test
    void anEditToTheGermanCountryHeadingRendersTheGermanCountryPagesOnly() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("messages"));
        Path german = content.resolve("messages/de.toml");
        Files.writeString(german, "[language]\nfallback = \"en\"\n[country]\nheading = \"Webtechnologien: {country}\"\n");
        BuildOptions options = new BuildOptions(FixtureSite.SNAPSHOT, content, Path.of("templates"), dir.resolve("out"),
                URI.create("https://example.org/"), 2, Settings.DEFAULTS)
                .withSite(SiteConfig.DEFAULTS.withLanguages(List.of("en", "de")));
        BuildReport first = SiteBuild.run(options);
        assertEquals(first.pages(), first.rendered());

        Files.writeString(german, "[language]\nfallback = \"en\"\n[country]\nheading = \"Technik in {country}\"\n");
        BuildReport second = SiteBuild.run(options);
        long germanCountryPages;
        try (Stream<Path> folders = Files.list(dir.resolve("out/de/countries"))) {
            germanCountryPages = folders.filter(Files::isDirectory).count();
        }
        assertTrue(germanCountryPages > 0);
        assertEquals(germanCountryPages, second.rendered(), "rendered again: the German country pages, nothing else");
        assertEquals(germanCountryPages, second.changes().changed().size());
        assertTrue(second.changes().changed().stream().allMatch(file -> file.startsWith("de/countries/")),
                second.changes().changed().toString());
        assertTrue(Files.readString(dir.resolve("out/de/countries/us/index.html")).contains("Technik in "));
    }
}
