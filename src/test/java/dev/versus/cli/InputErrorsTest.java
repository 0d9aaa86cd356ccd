package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.build.FixtureSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken template or content page per kind of error, built with {@code versus build}: each is
 * reported once, as {@code file:line:col: message} with the position counted by hand, with exit 1,
 * no stack trace, and the previous site left byte for byte as it was.
 */
class InputErrorsTest {
    /** The four lines of the page layout the template cases vary one line of. */
    private static final String IMPORT = "<#import \"layout.ftlh\" as layout>\n";
    private static final String OPEN = "<@layout.page meta=page.meta>\n";
    private static final String CLOSE = "</@layout.page>\n";
    private static final String FRONT = "---\ntitle: About\ndescription: What this is.\nslug: about\n";

    @TempDir
    static Path dir;
    static Path previous;
    static Map<String, byte[]> previousFiles;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void buildThePreviousSite() {
        previous = dir.resolve("previous");
        assertEquals(0, Main.execute("build", "--snapshot", FixtureSite.SNAPSHOT.toString(), "--templates", "templates",
                "--content", "content", "--out", previous.toString(), "--quiet"));
        previousFiles = FixtureSite.files(previous);
    }

    // Templates. page.ftlh is the layout of about.md, the first page built with one thread.

    @Test
    void aSyntaxErrorIsReportedWhereTheTagIs() {
        Path templates = templatesWith("page.ftlh", IMPORT + OPEN + "<#if>broken</#if>\n" + CLOSE);
        // FreeMarker points at the directive's name: the '#' in column 2.
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh") + ":3:2: malformed #if tag\n", err);
    }

    @Test
    void anUnclosedDirectiveIsReportedAtTheEndOfTheTemplate() {
        Path templates = templatesWith("page.ftlh", IMPORT + "<#if page.title??>\n<p>x</p>\n");
        // The template ends just after "<p>x</p>" (8 characters) on line 3.
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh")
                + ":3:9: the template ends inside #if, which is never closed: add </#if>\n", err);
    }

    @Test
    void aMissingVariableIsReportedAtTheExpressionWithThePageBeingRendered() {
        Path templates = templatesWith("page.ftlh", IMPORT + OPEN + "<h1>${page.foo}</h1>\n" + CLOSE);
        // "<h1>${" is 6 characters: page.foo starts in column 7.
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh") + ":3:7: page.foo is missing or null\n", err);
        assertTrue(err.contains("\n    ==> page.foo  [in template \"page.ftlh\" at line 3, column 7]\n"), err);
        assertTrue(err.contains("\n  template call chain:\n    - Failed at: ${page.foo}"), err);
        assertTrue(err.contains("\n  while rendering about/\n"), err);
    }

    @Test
    void anUnknownMacroIsNamed() {
        Path templates = templatesWith("page.ftlh", IMPORT + "<@layout.pag meta=page.meta>\n<p>x</p>\n</@layout.pag>\n");
        // "<@" is 2 characters: the macro's name starts in column 3.
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh")
                + ":2:3: no macro or directive named layout.pag (it is missing or null)\n", err);
        assertTrue(err.contains("\n  while rendering about/\n"), err);
    }

    @Test
    void aStringUsedAsASequenceSaysWhatItIsAndWhatWasExpected() {
        Path templates = templatesWith("page.ftlh", IMPORT + OPEN + "<#list page.title as c>${c}</#list>\n" + CLOSE);
        // "<#list " is 7 characters: page.title starts in column 8.
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh")
                + ":3:8: page.title is a string, but a sequence or collection is expected here\n", err);
    }

    @Test
    void aMissingImportNamesTheFileThatIsNotThere() {
        Path templates = templatesWith("page.ftlh", "<#import \"nothere.ftlh\" as layout>\n" + OPEN + CLOSE);
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh") + ":1:1: template \"nothere.ftlh\" does not exist: no "
                + templates.resolve("nothere.ftlh") + "\n", err);
    }

    @Test
    void aTemplateThatIsNotUtf8IsReportedAtTheBadByte() {
        Path templates = templatesWith("page.ftlh", bytes(IMPORT + OPEN + "<p>caf", 0xE9, "</p>\n" + CLOSE));
        // "<p>caf" is 6 characters: the byte 0xE9 is in column 7.
        String err = failingBuild(templates, copyOfContent());
        assertStartsWith(templates.resolve("page.ftlh") + ":3:7: not valid UTF-8 (byte 0xE9)", err);
    }

    @Test
    void anImportedTemplateThatIsNotUtf8IsReportedItselfWithTheImportThatReadIt() {
        Path templates = templatesWith("share-chart.ftlh", bytes("<#macro chart>", 0xFF, "</#macro>\n"));
        String err = failingBuild(templates, copyOfContent());
        // "<#macro chart>" is 14 characters. The first page to import it is a category page.
        assertStartsWith(templates.resolve("share-chart.ftlh") + ":1:15: not valid UTF-8 (byte 0xFF)", err);
        assertTrue(err.contains("Failed at: #import \"share-chart.ftlh\" as charts"), err);
        assertTrue(err.contains("\n  while rendering "), err);
    }

    @Test
    void aTemplateFailingOnEveryPageIsReportedOnce() {
        Path templates = dir.resolve("every-page");
        copy(Path.of("templates"), templates);
        Path comparison = templates.resolve("comparison.ftlh");
        write(comparison, read(comparison).replace("<h1>${v.heading}</h1>", "<h1>${v.nope}</h1>"));
        Path out = copyOfPreviousSite();

        int code = Main.execute("build", "--snapshot", FixtureSite.SNAPSHOT.toString(), "--templates",
                templates.toString(), "--content", "content", "--out", out.toString(), "--threads", "2", "--quiet");

        String err = console.err();
        assertEquals(1, code, err);
        // Line 5 of comparison.ftlh is "<h1>${v.heading}</h1>": the expression starts in column 7.
        assertStartsWith(comparison + ":5:7: v.nope is missing or null\n", err);
        assertEquals(1, occurrences(err, "while rendering"), err);
        assertEquals(1, occurrences(err, comparison + ":5:7:"), err);
        assertUnchanged(out);
    }

    // Content pages.

    @Test
    void aContentPageThatIsNotUtf8IsReportedAtTheBadByte() {
        Path content = contentWith("pages/about.md", bytes("---\ntitle: About\ndescription: Caf", 0xE9, "s\nslug: about\n---\n"));
        // "description: Caf" is 16 characters: the byte 0xE9 is in column 17 of line 3.
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md") + ":3:17: not valid UTF-8 (byte 0xE9)", err);
    }

    @Test
    void anEditorTextThatIsNotUtf8IsReportedAtTheBadByte() {
        Path content = contentWith("technologies/django.md", bytes("Django is ", 0xC3, "(\n"));
        // 0xC3 starts a two-byte sequence that '(' does not continue; it is in column 11.
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("technologies/django.md") + ":1:11: not valid UTF-8 (byte 0xC3)", err);
    }

    @Test
    void frontMatterWithoutItsClosingLineIsReportedAtTheOpeningLine() {
        Path content = contentWith("pages/about.md", FRONT + "\n# About\n");
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md")
                + ":1:1: front matter opened by --- is never closed: no line --- follows it\n", err);
    }

    @Test
    void frontMatterThatIsNotYamlIsReportedInTheFilesLines() {
        Path content = contentWith("pages/about.md", "---\ntitle: About\n  description: D\nslug: about\n---\n");
        // Line 3 continues the title, so its ':' (column 14) cannot start a mapping value.
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md")
                + ":3:14: front matter is not valid YAML: mapping values are not allowed here\n", err);
    }

    @Test
    void anUnknownFrontMatterKeyIsNamedWithTheKnownOnes() {
        Path content = contentWith("pages/about.md", FRONT + "author: Me\n---\n");
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md") + ":5:1: unknown front matter key \"author\"; "
                + "the known keys are title, description, slug, layout\n", err);
    }

    @Test
    void aListWhereTextIsExpectedIsReportedAtItsKey() {
        Path content = contentWith("pages/about.md", "---\ntitle: [About, Us]\ndescription: D\nslug: about\n---\n");
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md") + ":2:1: \"title\" must be text, found a list\n", err);
    }

    @Test
    void aMissingRequiredKeyIsReportedAtTheClosingLineWhereItWouldGo() {
        Path content = contentWith("pages/about.md", "---\ntitle: About\nslug: about\n---\n");
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md") + ":4:1: front matter has no \"description\"", err);
    }

    @Test
    void aLayoutThatDoesNotExistIsReportedAtThePageThatAsksForIt() {
        Path content = contentWith("pages/about.md", FRONT + "layout: fancy\n---\n");
        // "layout: " is 8 characters: the name starts in column 9 of line 5.
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/about.md") + ":5:9: layout \"fancy\" does not exist: no "
                + Path.of("templates", "fancy.ftlh") + "\n", err);
    }

    @Test
    void aPageOverOneMegabyteIsRefusedFromItsSize() {
        byte[] big = new byte[1_048_577];
        Arrays.fill(big, (byte) 'a');
        Path content = contentWith("pages/big.md", big);
        String err = failingBuild(Path.of("templates"), content);
        assertStartsWith(content.resolve("pages/big.md")
                + ":1:1: the page is 1,048,577 bytes; the limit is 1,048,576 (1 MB)\n", err);
    }

    /** Builds into a copy of the previous site, which must fail with exit 1 and leave the copy as it was. */
    private String failingBuild(Path templates, Path content) {
        Path out = copyOfPreviousSite();
        int code = Main.execute("build", "--snapshot", FixtureSite.SNAPSHOT.toString(), "--templates",
                templates.toString(), "--content", content.toString(), "--out", out.toString(), "--threads", "1",
                "--quiet");
        String err = console.err();
        assertEquals(1, code, err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertUnchanged(out);
        return err;
    }

    private static void assertUnchanged(Path out) {
        Map<String, byte[]> after = FixtureSite.files(out);
        assertEquals(previousFiles.keySet(), after.keySet());
        for (String file : previousFiles.keySet()) {
            assertArrayEquals(previousFiles.get(file), after.get(file), file);
        }
    }

    private static void assertStartsWith(String expected, String actual) {
        assertTrue(actual.startsWith(expected), () -> "expected the message to start with\n" + expected
                + "\nbut it was\n" + actual);
    }

    private static int counter;

    private static Path fresh(String name) {
        return dir.resolve(name + "-" + ++counter);
    }

    private static Path copyOfPreviousSite() {
        Path out = fresh("out");
        copy(previous, out);
        return out;
    }

    private static Path copyOfContent() {
        return contentWith(null, (byte[]) null);
    }

    private static Path templatesWith(String name, String text) {
        return templatesWith(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path templatesWith(String name, byte[] bytes) {
        Path templates = fresh("templates");
        copy(Path.of("templates"), templates);
        write(templates.resolve(name), bytes);
        return templates;
    }

    private static Path contentWith(String file, String text) {
        return contentWith(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The project's content pages (not its snapshot), with one file written over or added. */
    private static Path contentWith(String file, byte[] bytes) {
        Path content = fresh("content");
        copy(Path.of("content", "pages"), content.resolve("pages"));
        if (file != null) {
            write(content.resolve(file), bytes);
        }
        return content;
    }

    private static byte[] bytes(String before, int badByte, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + 1 + tail.length);
        all[head.length] = (byte) badByte;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
