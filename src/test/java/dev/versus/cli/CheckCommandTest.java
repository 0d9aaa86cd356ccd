package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.check.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private TestSite site() {
        return new TestSite(dir.resolve("site"))
                .write("assets/site.css", "body { margin: 0; }\n")
                .page("index.html", "Home", "<p><a href=\"a/\">A</a></p>")
                .page("a/index.html", "A", "<p><a href=\"../\">Home</a></p>")
                .sitemap("", "a/");
    }

    @Test
    void aCleanSiteExitsZeroWithOnlyTheSummary() {
        site();
        assertEquals(0, Main.execute("check", dir.resolve("site").toString()));
        assertEquals("checked 2 pages and 6 links (0 external, not fetched) as served from https://example.org/tech/: 0 problems"
                + System.lineSeparator(), console.out());
    }

    @Test
    void problemsArePrintedOnePerLineBeforeTheSummaryAndExitOne() {
        site().page("a/index.html", "A", "<p><a href=\"../b/\">B</a></p>");
        assertEquals(1, Main.execute("check", "--base-url", "https://example.org/tech", dir.resolve("site").toString()));
        String n = System.lineSeparator();
        assertEquals("a/index.html:11:7: broken link \"../b/\": no file b/index.html" + n
                + "checked 2 pages and 6 links (0 external, not fetched) as served from https://example.org/tech/: 1 problem" + n,
                console.out());
    }

    @Test
    void aMissingFolderOrABadBaseUrlIsAUsageError() {
        assertEquals(2, Main.execute("check", dir.resolve("nope").toString()));
        assertTrue(console.err().contains("nope is not a folder"), console.err());
        site();
        assertEquals(2, Main.execute("check", "--base-url", "ftp://example.org/", dir.resolve("site").toString()));
        assertEquals(2, Main.execute("check", "--threads", "0", dir.resolve("site").toString()));
        assertEquals(2, Main.execute("check", "one", "two"));
    }
}
