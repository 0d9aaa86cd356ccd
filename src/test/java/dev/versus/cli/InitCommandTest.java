package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.versus.init.SiteSkeleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus init}, in-process: the files it makes, byte for byte, and the folders it refuses. */
class InitCommandTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/versus/init/site");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    @Test
    void aMissingFolderIsCreatedWithExactlyTheSkeletonCopiedByteForByte() throws IOException {
        Path site = temp.resolve("a/new-site");

        assertEquals(0, Main.execute("init", site.toString()), console.err());

        Map<String, String> expected = new TreeMap<>(Map.of(
                "versus.toml", "versus.toml",
                ".gitignore", "gitignore",
                ".github/workflows/site.yml", "github/workflows/site.yml",
                "content/data/snapshot.json", "content/data/snapshot.json",
                "content/pages/about.md", "content/pages/about.md",
                "content/pages/methodology.md", "content/pages/methodology.md",
                "content/pages/disclaimer.md", "content/pages/disclaimer.md",
                "templates/README.md", "templates/README.md"));
        assertEquals(expected.keySet(), filesUnder(site));
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(-1L, Files.mismatch(RESOURCES.resolve(file.getValue()), site.resolve(file.getKey())), file.getKey());
        }
        assertTrue(console.out().contains("Made a new site in " + site + " with sample data."), console.out());
    }

    @Test
    void everyResourceOfTheSkeletonIsWrittenSoNoneIsForgotten() throws IOException {
        assertEquals(filesUnder(RESOURCES), new TreeSet<>(SiteSkeleton.FILES.keySet()));
    }

    @Test
    void theSampleSnapshotIsValidAndSaysItIsSampleData() throws IOException {
        Path snapshot = RESOURCES.resolve("content/data/snapshot.json");

        assertEquals(0, Main.execute("validate", "--snapshot", snapshot.toString()), console.err());

        assertEquals(snapshot + ": valid (12 technologies, 3 categories)\n", console.out());
        JsonNode info = new ObjectMapper().readTree(snapshot.toFile()).get("snapshot");
        assertTrue(info.get("title").asText().startsWith("SAMPLE DATA"), info.toString());
        assertTrue(info.get("notes").asText().contains("This is sample data."), info.toString());
    }

    @Test
    void theGitignoreKeepsTheOutputAndItsStagingFoldersOut() throws IOException {
        assertEquals(0, Main.execute("init", temp.resolve("s").toString()), console.err());
        List<String> rules = Files.readAllLines(temp.resolve("s/.gitignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals(List.of("site-output/", ".site-output.*"), rules);
    }

    @Test
    void theWorkflowValidatesBuildsAndChecksTheSite() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(RESOURCES.resolve("github/workflows/site.yml").toFile());
        List<String> runs = new ArrayList<>();
        for (JsonNode step : workflow.at("/jobs/build/steps")) {
            if (step.has("run")) {
                runs.add(step.get("run").asText());
            }
        }
        assertTrue(runs.contains("java -jar \"$RUNNER_TEMP/versus.jar\" validate --snapshot content/data/snapshot.json"), runs.toString());
        assertTrue(runs.contains("java -jar \"$RUNNER_TEMP/versus.jar\" build --base-url \"$SITE_URL\""), runs.toString());
        assertTrue(runs.contains("java -jar \"$RUNNER_TEMP/versus.jar\" check site-output --base-url \"$SITE_URL\""), runs.toString());
        assertEquals("actions/deploy-pages@v4", workflow.at("/jobs/deploy/steps/0/uses").asText());
    }

    @Test
    void withTemplatesEveryBuiltInTemplateAndAssetIsCopiedToEdit() throws IOException {
        Path site = temp.resolve("site");

        assertEquals(0, Main.execute("init", "--templates", site.toString()), console.err());

        Set<String> builtIn = filesUnder(Path.of("templates"));
        Set<String> expected = new TreeSet<>(builtIn);
        expected.add("README.md");
        assertEquals(expected, filesUnder(site.resolve("templates")));
        for (String file : builtIn) {
            assertEquals(-1L, Files.mismatch(Path.of("templates", file), site.resolve("templates").resolve(file)), file);
        }
        assertTrue(builtIn.contains("comparison.ftlh") && builtIn.contains("assets/site.css"), builtIn.toString());
        assertTrue(console.out().contains("and " + builtIn.size() + " built-in templates and assets to edit in templates/"),
                console.out());
    }

    @Test
    void aFolderWithAnythingInItIsRefusedAndLeftAsItWas() throws IOException {
        Path site = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve(".hidden"), "");
        Map<String, String> before = SiteTree.of(site);

        assertEquals(1, Main.execute("init", site.toString()));

        assertEquals("versus init: " + site + " is not empty (it holds .hidden, content/, notes.txt); init writes only"
                + " into a new or empty folder, and nothing was changed\n", console.err());
        assertEquals(before, SiteTree.of(site));
        assertEquals(List.of(".hidden", "content", "notes.txt"), SiteTree.names(site));
        assertEquals("", console.out());
    }

    @Test
    void aLongListingNamesFiveEntriesAndCountsTheRest() throws IOException {
        Path site = Files.createDirectories(temp.resolve("full"));
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g")) {
            Files.writeString(site.resolve(name), name);
        }

        assertEquals(1, Main.execute("init", site.toString()));

        assertTrue(console.err().contains("(it holds a, b, c, d, e and 2 more)"), console.err());
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("site"), "not a folder");

        assertEquals(1, Main.execute("init", file.toString()));

        assertEquals("versus init: " + file + " is a file, not a folder; nothing was changed\n", console.err());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        Path site = Files.createDirectories(temp.resolve("empty"));

        assertEquals(0, Main.execute("init", site.toString()), console.err());

        assertTrue(Files.isRegularFile(site.resolve("versus.toml")));
    }

    @Test
    void helpSaysWhatInitMakesAndItsExitCodes() {
        assertEquals(0, Main.execute("init", "--help"));

        String help = console.out();
        assertTrue(help.startsWith("Usage: versus init [-hV] [--templates] [DIR]"), help);
        assertTrue(help.contains("content/data/snapshot.json"), help);
        assertTrue(help.contains("1   DIR is a file or is not empty (nothing was changed)"), help);
    }

    private static Set<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
