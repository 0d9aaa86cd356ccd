package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.check.CheckReport;
import dev.versus.check.Problem;
import dev.versus.check.SiteCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture site as built must pass {@code versus check}: every link, anchor, asset and sitemap entry. */
class SiteCheckOfFixtureTest {
    @TempDir
    Path dir;

    @Test
    void theFixtureSiteHasNoProblems() throws Exception {
        Path site = dir.resolve("site");
        FixtureSite.build(site);
        CheckReport report = SiteCheck.run(site, null, 2);
        assertEquals(FixtureSite.BASE, report.base(), "the base URL is read from the home page's canonical link");
        assertEquals(List.of(), report.problems().stream().map(Problem::toString).toList());
        assertTrue(report.pages() >= 14 + 9 + 3, "every comparison, technology and category page is checked");
    }
}
