package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.model.Settings;
import dev.versus.testing.TestFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds into an existing output rewrite only what changed, guided by the manifest. */
class IncrementalBuildTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void rebuildingAnUnchangedSiteRewritesNothing() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Map<String, FileTime> before = ageEveryFile(out);

        BuildReport again = FixtureSite.build(out);

        assertTrue(again.changes().isEmpty(), again.changes().lines().toString());
        // Every page's input key matched, so none was rendered again.
        assertEquals(0, again.rendered());
        assertEquals(before, modificationTimes(out), "no file was touched, the manifest included");
    }

    @Test
    void aRebuildWithTheSameInputsLoadsNothingAndReportsTheSameSite() throws Exception {
        Path out = dir.resolve("site");
        BuildReport first = FixtureSite.build(out);
        Map<String, FileTime> before = ageEveryFile(out);

        BuildReport again = FixtureSite.build(out);

        // Same snapshot, content, templates, options and code: the snapshot is not even read, the
        // files the manifest lists are only looked at.
        assertEquals(List.of("load", "write"), List.copyOf(again.stageTimes().keySet()));
        assertEquals(first.pages(), again.pages());
        assertEquals(first.comparisonPages(), again.comparisonPages());
        assertEquals(0, again.bytes());
        assertTrue(again.changes().isEmpty(), again.changes().lines().toString());
        assertEquals(before, modificationTimes(out), "no file was touched, the manifest included");
    }

    @Test
    void aFileRemovedByHandSendsTheRebuildTheLongWayAndIsWrittenAgain() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        byte[] page = Files.readAllBytes(out.resolve("compare/django-vs-flask/index.html"));
        Files.delete(out.resolve("compare/django-vs-flask/index.html"));
        Files.write(out.resolve("technologies/flask/index.html"), new byte[] {'x'});

        BuildReport again = FixtureSite.build(out);

        assertTrue(again.stageTimes().containsKey("plan"), again.stageTimes().toString());
        assertEquals(List.of("compare/django-vs-flask/index.html", "technologies/flask/index.html"),
                again.changes().changed().stream().sorted().toList());
        assertArrayEquals(page, Files.readAllBytes(out.resolve("compare/django-vs-flask/index.html")));
        assertEquals(List.of("load", "write"), List.copyOf(FixtureSite.build(out).stageTimes().keySet()),
                "whole again, the next rebuild loads nothing");
    }

    @Test
    void aManifestFromBeforeComparisonsWereCountedIsRebuiltTheLongWayOnce() throws Exception {
        Path out = dir.resolve("site");
        BuildReport first = FixtureSite.build(out);
        Path manifest = out.resolve(".versus/manifest.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replaceFirst(",\"comparisons\":\\d+", ""));

        BuildReport again = FixtureSite.build(out);

        assertTrue(again.stageTimes().containsKey("plan"), "no count to report: the site is planned");
        assertEquals(0, again.rendered(), "every page key still matched");
        assertEquals(json, Files.readString(manifest), "the manifest gains its count back");
        assertEquals(first.comparisonPages(), FixtureSite.build(out).comparisonPages());
    }

    @Test
    void changingOneTotalRewritesExactlyThePagesThatShowIt() throws Exception {
        Path out = dir.resolve("site");
        Path snapshot = copyOfFixture("\"total\": 41800", "\"total\": 41900");
        FixtureSite.build(out);
        Map<String, FileTime> before = ageEveryFile(out);

        BuildReport report = SiteBuild.run(FixtureSite.options(snapshot, out));

        // Flask's total is in its 4 comparisons, and it changes the Web frameworks total
        // (974,000 -> 974,100), so every market share shown on the other 6 Web frameworks
        // comparisons changes too. CMS and JavaScript-library pairs show neither.
        Set<String> webFrameworks = Set.of("django-vs-flask", "django-vs-react", "django-vs-ruby-on-rails",
                "django-vs-web2py", "flask-vs-react", "flask-vs-ruby-on-rails", "flask-vs-web2py",
                "react-vs-ruby-on-rails", "react-vs-web2py", "ruby-on-rails-vs-web2py");
        List<String> changedComparisons = report.changes().changed().stream()
                .filter(p -> p.startsWith("compare/")).toList();
        assertEquals(webFrameworks.stream().map(p -> "compare/" + p + "/index.html").sorted().toList(), changedComparisons);
        assertEquals(List.of(), report.changes().created());
        assertEquals(List.of(), report.changes().deleted());
        assertEquals(FixtureSite.files(out).keySet().stream().filter(p -> p.startsWith("compare/")).count()
                - webFrameworks.size(), 4, "the 4 other comparisons were not rendered again");
        Map<String, FileTime> after = modificationTimes(out);
        for (String path : before.keySet()) {
            boolean changed = report.changes().changed().contains(path) || path.equals(".versus/manifest.json");
            assertEquals(changed, !before.get(path).equals(after.get(path)), path);
        }
    }

    @Test
    void theJavaRuntimeIsNotABuildInput() throws Exception {
        // Pages take country names from the committed CLDR table, not the runtime's locale data, so
        // another Java keeps every page key: the manifest names only what pages are made of.
        // (Java17And25BuildTheSameSiteTest builds with a second JDK into this kind of output.)
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        String json = Files.readString(out.resolve(".versus/manifest.json"));

        JsonNode inputs = new ObjectMapper().readTree(json).get("inputs");
        List<String> names = new java.util.ArrayList<>();
        inputs.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("content", "messages", "options", "snapshot", "templates", "versus"), names);
        assertFalse(json.contains(Runtime.version().toString()), "the runtime's version is nowhere in the manifest");
        assertFalse(json.contains(System.getProperty("java.vm.vendor")), "nor its vendor");
    }

    @Test
    void changesAreWrittenOnePerLineWithTheirStatus() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Path snapshot = copyOfFixture("\"total\": 41800", "\"total\": 41900");
        Path changes = dir.resolve("changes.txt");
        assertEquals(0, dev.versus.cli.Main.execute("build", "--snapshot", snapshot.toString(), "--out", out.toString(),
                "--base-url", FixtureSite.BASE.toString(), "--changes", changes.toString(), "--quiet"));
        List<String> lines = Files.readAllLines(changes);
        assertTrue(lines.contains("changed compare/django-vs-flask/index.html"), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.matches("(created|changed|deleted) \\S+")), lines.toString());
    }

    @Test
    void pagesNoLongerProducedAreDeleted() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        // Squarespace leaves the CMS category for JavaScript libraries: its CMS pairs go, new ones come.
        Path snapshot = copyOfFixture("\"categories\": [\"cms\"],\n      \"website\": \"https://www.squarespace.com\"",
                "\"categories\": [\"javascript-libraries\"],\n      \"website\": \"https://www.squarespace.com\"");

        BuildReport report = SiteBuild.run(FixtureSite.options(snapshot, out));

        assertTrue(report.changes().deleted().containsAll(List.of("compare/drupal-vs-squarespace/index.html",
                "compare/squarespace-vs-wordpress/index.html")), report.changes().deleted().toString());
        assertTrue(report.changes().created().containsAll(List.of("compare/jquery-vs-squarespace/index.html",
                "compare/react-vs-squarespace/index.html")), report.changes().created().toString());
        assertFalse(Files.exists(out.resolve("compare/drupal-vs-squarespace")), "emptied folders go too");
    }

    @Test
    void aTemplateChangeRewritesOnlyThePagesWhoseBytesChange() throws Exception {
        Path templates = dir.resolve("templates");
        TestFolders.copy(Path.of("templates"), templates);
        Path out = dir.resolve("site");
        SiteBuild.run(options(templates, out));
        Map<String, FileTime> before = ageEveryFile(out);
        Path comparison = templates.resolve("comparison.ftlh");
        Files.writeString(comparison, Files.readString(comparison).replace("<h2 id=\"facts\">${t(\"comparison.facts\")}</h2>",
                "<h2 id=\"facts\">Side by side</h2>"));

        BuildReport report = SiteBuild.run(options(templates, out));

        assertEquals(14, report.changes().changed().stream().filter(p -> p.startsWith("compare/")).count());
        assertEquals(before.get("methodology/index.html"), modificationTimes(out).get("methodology/index.html"));
        assertEquals(before.get("assets/site.css"), modificationTimes(out).get("assets/site.css"));
    }

    private BuildOptions options(Path templates, Path out) {
        return new BuildOptions(FixtureSite.SNAPSHOT, Path.of("content"), templates, out, FixtureSite.BASE, 2,
                Settings.DEFAULTS);
    }

    private Path copyOfFixture(String find, String replace) throws Exception {
        String json = Files.readString(FixtureSite.SNAPSHOT);
        assertTrue(json.contains(find), "the fixture has " + find);
        Path copy = dir.resolve("snapshot.json");
        Files.writeString(copy, json.replace(find, replace));
        return copy;
    }

    /** Sets every file's mtime far in the past, so any rewrite shows. */
    private static Map<String, FileTime> ageEveryFile(Path out) throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        return modificationTimes(out);
    }

    private static Map<String, FileTime> modificationTimes(Path out) throws Exception {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
