package dev.versus.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.testing.VersusProcess;
import dev.versus.testing.VersusProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/your-own-site.md as a user follows it: every bash block that starts with {@code # tested}
 * is run, in order, in one temporary folder, each {@code versus} command in its own JVM with the
 * folder the doc has cd'ed into. Every command must succeed, and the files the doc says init makes
 * must be the files it makes, so the walkthrough cannot drift from the code.
 */
class YourOwnSiteDocTest {
    private static final Path DOC = Path.of("docs/your-own-site.md");

    @TempDir
    static Path home;
    static DocBlocks doc;
    static final List<Ran> ran = new ArrayList<>();
    /** The files under the folder of the doc's first {@code versus init}, right after it ran. */
    static Set<String> madeByFirstInit;

    /** One command of the doc, where it ran and what it did. */
    record Ran(String line, Path folder, Result result) {
    }

    @BeforeAll
    static void runTheTestedBlocks() throws IOException, InterruptedException {
        doc = DocBlocks.of(Files.readString(DOC));
        Path folder = home;
        for (DocBlocks.Block block : doc.blocks()) {
            if (!block.isTested()) {
                continue;
            }
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                folder = run(line, ShellWords.of(line), folder, DOC + ":" + (block.firstLine() + i));
            }
        }
    }

    /** Runs one line; returns the folder the next line runs in. */
    private static Path run(String line, List<String> words, Path folder, String where)
            throws IOException, InterruptedException {
        switch (words.get(0)) {
            case "cd" -> {
                Path next = folder.resolve(words.get(1)).normalize();
                assertTrue(Files.isDirectory(next), where + ": cd into a folder that does not exist: " + line);
                return next;
            }
            case "cp" -> {
                Path from = folder.resolve(words.get(1));
                Path to = folder.resolve(words.get(2));
                Files.copy(from, Files.isDirectory(to) ? to.resolve(from.getFileName()) : to);
                return folder;
            }
            case "versus" -> {
                Result result = VersusProcess.run(folder, words.subList(1, words.size()), home.resolve(".logs"));
                ran.add(new Ran(line, folder, result));
                assertEquals(0, result.exitCode(), where + ": " + line + "\n" + result.printed());
                if (words.get(1).equals("init") && madeByFirstInit == null) {
                    madeByFirstInit = filesUnder(folder.resolve(words.get(words.size() - 1)));
                }
                return folder;
            }
            default -> throw new AssertionError(where + ": the doc test does not know how to run: " + line
                    + " (run it by hand and teach YourOwnSiteDocTest, or leave out the # tested line)");
        }
    }

    @Test
    void theWalkthroughInitsValidatesBuildsAndChecks() {
        Set<String> commands = ran.stream().map(r -> r.line().split(" ")[1]).collect(Collectors.toSet());
        assertEquals(Set.of("init", "validate", "build", "check"), commands, ran.toString());
    }

    @Test
    void everyCheckTheDocRunsFindsNoProblem() {
        List<Ran> checks = ran.stream().filter(r -> r.line().startsWith("versus check")).toList();
        assertTrue(checks.size() >= 2, ran.toString());
        for (Ran check : checks) {
            assertTrue(check.result().out().strip().endsWith(": 0 problems"), check.result().printed());
        }
    }

    @Test
    void theValidateStepSaysTheSampleIsValid() {
        Ran validate = ran.stream().filter(r -> r.line().startsWith("versus validate")).findFirst().orElseThrow();
        assertEquals("content/data/snapshot.json: valid (12 technologies, 3 categories)\n", validate.result().out());
    }

    /** The listing after the HTML comment that names it, one path and its explanation per line. */
    @Test
    void theListedFilesAreExactlyTheFilesInitMakes() {
        DocBlocks.Block listing = doc.blocks().stream()
                .filter(b -> b.lineBefore().contains("The files `versus init` makes")).findFirst().orElseThrow();
        Set<String> listed = listing.lines().stream().filter(l -> !l.isBlank()).map(l -> l.strip().split("\\s+")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(madeByFirstInit, listed);
    }

    @Test
    void theOverriddenTemplateIsInPlaceAndTheLastBuildUsedTheDocsBaseUrl() throws IOException {
        Ran lastBuild = ran.stream().filter(r -> r.line().startsWith("versus build")).reduce((a, b) -> b).orElseThrow();
        Path site = lastBuild.folder();
        assertEquals(-1L, Files.mismatch(Path.of("templates/comparison.ftlh"), site.resolve("templates/comparison.ftlh")));
        Document home = Jsoup.parse(site.resolve("site-output/index.html").toFile(), "UTF-8");
        String baseUrl = lastBuild.line().replaceAll(".*--base-url (\\S+).*", "$1");
        assertEquals(baseUrl, home.selectFirst("link[rel=canonical]").attr("href"));
    }

    /** Blocks not run are those that cannot run here: the alias, the long-running server, a remote copy. */
    @Test
    void everyBlockNotRunIsOneThatCannotRunInATest() {
        for (DocBlocks.Block block : doc.blocks()) {
            if (block.info().equals("bash") && !block.isTested()) {
                String text = String.join("\n", block.lines());
                assertTrue(text.startsWith("alias versus=") || text.startsWith("versus serve") || text.startsWith("rsync "),
                        DOC + ":" + block.firstLine() + ": a bash block neither tested nor known to be untestable:\n" + text);
            }
        }
    }

    private static Set<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
