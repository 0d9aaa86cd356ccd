package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.versus.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflow cannot run here, so this runs what it runs: its own Versus command
 * lines, read from the YAML, on the fixture snapshot, twice as two CI runs would; and its deploy
 * script against a stand-in {@code aws} that records its calls.
 */
class SiteWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/site.yml");
    private static final String VERSUS = "java -jar target/versus.jar ";

    @TempDir
    Path dir;

    @Test
    void theWorkflowRunsOnDataAndTemplateChangesAndEveryStepUsesAPinnedActionOrRunsACommand() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        List<String> paths = texts(workflow.at("/on/push/paths"));
        assertTrue(paths.containsAll(List.of("content/**", "templates/**")), paths.toString());
        for (JsonNode step : steps(workflow)) {
            assertTrue(step.has("uses") != step.has("run"), "a step either uses an action or runs: " + step);
            if (step.has("uses")) {
                assertTrue(step.get("uses").asText().matches("actions/[a-z-]+(/[a-z]+)?@v\\d+"), step.toString());
            }
        }
        assertEquals(List.of("build", "check"), versusCommands(workflow).stream().map(c -> c.get(0)).toList());
    }

    @Test
    void twoRunsOfTheWorkflowsCommandsDeployEverythingThenOnlyWhatChanged() throws Exception {
        List<List<String>> commands = versusCommands(new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile()));
        Path snapshot = dir.resolve("snapshot.json");
        Files.copy(FixtureSite.SNAPSHOT, snapshot);

        // First run: no manifest was ever deployed, so every file is created.
        List<String> first = runAsCi(commands, snapshot, dir.resolve("run-1"), null);
        assertFalse(first.isEmpty());
        assertTrue(first.stream().allMatch(line -> line.startsWith("created ")), first.toString());
        assertTrue(first.contains("created compare/django-vs-flask/index.html"));
        assertFalse(first.stream().anyMatch(line -> line.contains(".versus/")), "the manifest is not deployed");

        // Second run, on a fresh machine after Flask's total changed: only pages showing it.
        String json = Files.readString(snapshot).replace("\"total\": 41800", "\"total\": 41900");
        Files.writeString(snapshot, json);
        List<String> second = runAsCi(commands, snapshot, dir.resolve("run-2"),
                dir.resolve("run-1/site-output/.versus/manifest.json"));
        assertTrue(second.contains("changed compare/django-vs-flask/index.html"), second.toString());
        assertFalse(second.contains("changed compare/drupal-vs-wordpress/index.html"), second.toString());
        assertTrue(second.stream().allMatch(line -> line.startsWith("changed ")), second.toString());
    }

    @Test
    void theDeployScriptUploadsCreatedAndChangedFilesAndDeletesTheRest() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the deploy script is a bash script");
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("compare/a-vs-b"));
        Files.writeString(site.resolve("compare/a-vs-b/index.html"), "new");
        Files.writeString(site.resolve("robots.txt"), "changed");
        Files.writeString(site.resolve("untouched.html"), "same");
        Path changes = dir.resolve("changes.txt");
        Files.writeString(changes, "created compare/a-vs-b/index.html\nchanged robots.txt\n"
                + "deleted compare/a-vs-c/index.html\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls.txt");
        // The stand-in aws logs its arguments and, for sync, the files it was given.
        Files.writeString(bin.resolve("aws"), "#!/bin/bash\necho \"$*\" >> '" + calls + "'\n"
                + "if [ \"$2\" = sync ]; then (cd \"$3\" && find . -type f | sort) >> '" + calls + "'; fi\n");
        bin.resolve("aws").toFile().setExecutable(true);

        ProcessBuilder deploy = new ProcessBuilder("/bin/bash", ".ci/deploy-s3.sh", changes.toString(),
                site.toString(), "s3://bucket/docs").redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        deploy.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = deploy.start();
        process.getOutputStream().close();
        assertEquals(0, process.waitFor(), Files.readString(dir.resolve("log.txt")));

        List<String> logged = Files.readAllLines(calls);
        assertTrue(logged.get(0).matches("s3 sync \\S+ s3://bucket/docs/ --no-progress"), logged.toString());
        assertEquals(List.of("./compare/a-vs-b/index.html", "./robots.txt"), logged.subList(1, 3));
        assertEquals("s3api delete-objects --bucket bucket --delete "
                + "{\"Objects\":[{\"Key\":\"docs/compare/a-vs-c/index.html\"}],\"Quiet\":true}", logged.get(3));
        assertEquals(4, logged.size(), "untouched.html is not uploaded");
    }

    /**
     * One CI run on a fresh machine: the workflow's Versus commands, in order, in a new folder,
     * with the fixture snapshot instead of the default one, and the deployed manifest restored.
     */
    private List<String> runAsCi(List<List<String>> commands, Path snapshot, Path workspace, Path deployed)
            throws Exception {
        Files.createDirectories(workspace);
        if (deployed != null) {
            Files.copy(deployed, workspace.resolve("deployed-manifest.json"));
        }
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>();
            for (String arg : command) {
                boolean file = arg.equals("site-output") || arg.endsWith(".txt") || arg.endsWith(".json");
                args.add(file ? workspace.resolve(arg).toString() : arg.replace("$SITE_URL", "https://example.org/"));
            }
            if (command.get(0).equals("build")) {
                args.addAll(List.of("--snapshot", snapshot.toString(), "--out", workspace.resolve("site-output").toString(),
                        "--quiet"));
            }
            assertEquals(0, Main.execute(args.toArray(String[]::new)), String.join(" ", args));
        }
        return Files.readAllLines(workspace.resolve("changes.txt"), StandardCharsets.UTF_8);
    }

    /** The arguments of each step that runs Versus, split as the shell would (double quotes only). */
    private static List<List<String>> versusCommands(JsonNode workflow) {
        List<List<String>> commands = new ArrayList<>();
        for (JsonNode step : steps(workflow)) {
            String run = step.path("run").asText("");
            for (String line : run.split("\n")) {
                if (line.startsWith(VERSUS)) {
                    commands.add(shellWords(line.substring(VERSUS.length())));
                }
            }
        }
        return commands;
    }

    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.trim().split("\\s+")) {
            words.add(word.replace("\"", ""));
        }
        return words;
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        assertFalse(steps.isEmpty(), "the workflow has steps");
        return steps;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
    }
}
