package dev.versus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.load.SnapshotReader;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import dev.versus.text.Counts;
import dev.versus.text.Percentages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every comparison page of the fixture build: the twin's figures equal what the rules give,
 * recomputed here the slow, obvious way from the snapshot, and the visible text shows those
 * figures rounded as the rules say.
 */
class TwinAgreementTest {
    @TempDir
    Path dir;

    @Test
    void everyPageTwinMatchesTheRulesAndThePageText() throws Exception {
        Path out = dir.resolve("site");
        FixtureSite.build(out);
        Snapshot snapshot = SnapshotReader.read(FixtureSite.SNAPSHOT);
        Map<String, Technology> bySlug = snapshot.technologies().stream()
                .collect(Collectors.toMap(Technology::slug, Function.identity()));
        List<String> pages = FixtureSite.files(out).keySet().stream().filter(f -> f.startsWith("compare/")).toList();
        assertEquals(14, pages.size());
        for (String file : pages) {
            Document page = Jsoup.parse(Files.readString(out.resolve(file)));
            JsonNode twin = new ObjectMapper().readTree(page.expectFirst("script#comparison-data").data());
            Technology a = bySlug.get(twin.get("first").asText());
            Technology b = bySlug.get(twin.get("second").asText());
            assertEquals("compare/" + a.slug() + "-vs-" + b.slug() + "/index.html", file);
            checkPopularity(file, twin, page, a, b);
            checkCategories(file, twin, page, snapshot, a, b);
            checkChange(file, twin, a, b);
        }
    }

    private static void checkPopularity(String file, JsonNode twin, Document page, Technology a, Technology b) {
        assertEquals(a.total(), twin.at("/totals/" + a.slug()).asLong(), file);
        assertEquals(b.total(), twin.at("/totals/" + b.slug()).asLong(), file);
        String leader = b.total() > a.total() ? b.slug() : a.slug();
        assertEquals(leader, twin.get("leader").asText(), file);
        long max = Math.max(a.total(), b.total());
        long min = Math.min(a.total(), b.total());
        if (min == 0) {
            assertTrue(twin.get("ratio").isNull(), file);
        } else {
            assertEquals((double) max / min, twin.get("ratio").asDouble(), 1e-12, file);
        }
        assertEquals(min < 100, twin.get("noindex").asBoolean(), file);
        assertEquals(min < 100, page.selectFirst("meta[name=robots][content=noindex]") != null, file);
        assertEquals(List.of(Counts.format(a.total()) + " pages", Counts.format(b.total()) + " pages"),
                page.select("section[aria-labelledby=popularity] tbody tr:eq(0) td").eachText(), file);
    }

    private static void checkCategories(String file, JsonNode twin, Document page, Snapshot snapshot,
            Technology a, Technology b) {
        TreeSet<String> shared = new TreeSet<>(a.categories());
        shared.retainAll(b.categories());
        List<String> twinShared = new ArrayList<>();
        twin.get("sharedCategories").forEach(node -> twinShared.add(node.asText()));
        assertEquals(new ArrayList<>(shared), twinShared, file);
        List<String> shareCells = page.select("section[aria-labelledby=popularity] tbody tr:gt(0) td").eachText();
        int cell = 0;
        for (String category : shared) {
            List<Technology> members = snapshot.technologies().stream()
                    .filter(t -> t.categories().contains(category))
                    .sorted(Comparator.comparingLong(Technology::total).reversed().thenComparing(Technology::slug))
                    .toList();
            long sum = members.stream().mapToLong(Technology::total).sum();
            for (Technology t : List.of(a, b)) {
                assertEquals(members.indexOf(t) + 1, twin.at("/ranks/" + category + "/" + t.slug()).asInt(), file);
                BigDecimal share = BigDecimal.valueOf(t.total()).divide(BigDecimal.valueOf(sum), MathContext.DECIMAL128);
                assertEquals(share.doubleValue(), twin.at("/shares/" + category + "/" + t.slug()).asDouble(), 1e-15, file);
                assertEquals(Percentages.share(share), shareCells.get(cell++), file);
            }
        }
    }

    private static void checkChange(String file, JsonNode twin, Technology a, Technology b) {
        TreeSet<LocalDate> common = new TreeSet<>(a.usage().history().stream().map(HistoryPoint::date).toList());
        common.retainAll(b.usage().history().stream().map(HistoryPoint::date).toList());
        if (common.isEmpty()) {
            assertTrue(twin.get("change").isNull(), file);
            return;
        }
        LocalDate date = common.last();
        assertEquals(date.toString(), twin.at("/change/date").asText(), file);
        for (Technology t : List.of(a, b)) {
            long earlier = t.usage().history().stream().filter(h -> h.date().equals(date)).findFirst().orElseThrow().total();
            JsonNode value = twin.at("/change/values/" + t.slug());
            if (earlier == 0) {
                assertTrue(value.isNull(), file);
            } else {
                assertEquals((double) t.total() / earlier - 1, value.asDouble(), 1e-12, file);
            }
        }
    }
}
