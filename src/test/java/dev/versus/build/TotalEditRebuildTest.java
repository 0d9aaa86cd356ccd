package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after one technology's total changes rewrites the technology and category pages
 * that show it, keyed by their inputs rather than their views, with the bytes a clean build of
 * the changed snapshot writes; and pages of categories the technology is not in are not
 * rendered at all.
 */
class TotalEditRebuildTest {
    @TempDir
    Path dir;

    @Test
    void jqueryTotalRewritesItsPagesAndItsCategorysAsACleanBuildWrites() throws Exception {
        Path changed = dir.resolve("changed.json");
        String json = Files.readString(FixtureSite.SNAPSHOT);
        assertTrue(json.contains("\"total\": 6020000"));
        Files.writeString(changed, json.replace("\"total\": 6020000", "\"total\": 6030000"));
        Path site = dir.resolve("site");
        Path clean = dir.resolve("clean");
        FixtureSite.build(site);

        BuildReport rebuild = SiteBuild.run(FixtureSite.options(changed, site));
        SiteBuild.run(FixtureSite.options(changed, clean));

        // jQuery's own page and React's (its share among JavaScript libraries) show the total;
        // so does the category page, in its ranking and chart.
        List<String> showIt = List.of("technologies/jquery/index.html", "technologies/react/index.html",
                "categories/javascript-libraries/index.html");
        assertTrue(rebuild.changes().changed().containsAll(showIt), rebuild.changes().changed().toString());
        Map<String, byte[]> expected = FixtureSite.files(clean);
        Map<String, byte[]> actual = FixtureSite.files(site);
        for (String file : showIt) {
            assertArrayEquals(expected.get(file), actual.get(file), file);
        }
        // Django's page and the CMS pages are keyed by snapshot records jQuery is not among.
        assertTrue(rebuild.changes().changed().stream().noneMatch(file -> file.startsWith("categories/cms/")
                || file.startsWith("technologies/django/") || file.startsWith("technologies/wordpress/")));
        // A changed figure neither adds nor removes a page.
        assertEquals(0, rebuild.changes().created().size() + rebuild.changes().deleted().size());
    }
}
