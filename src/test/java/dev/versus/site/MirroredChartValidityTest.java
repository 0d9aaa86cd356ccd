package dev.versus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.versus.render.BarAxis;
import dev.versus.render.BarChart;
import dev.versus.render.ShareChart;
import dev.versus.render.freemarker.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mirrored charts, as an Arabic page shows them (direction="rtl" on the svg, isolated names in the
 * key), pass the Nu HTML Checker in a right-to-left page.
 */
class MirroredChartValidityTest {
    @TempDir
    Path dir;

    @Test
    void mirroredChartsAreValidHtml() throws Exception {
        Files.writeString(dir.resolve("charts.ftlh"), """
                <#import "layout.ftlh" as layout><#import "share-chart.ftlh" as charts>
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>t</title></head><body><main>
                <@layout.barChart chart=page[0] id="bars"/>
                <@charts.shareChart chart=page[1] id="shares"/>
                </main></body></html>
                """);
        BarAxis bars = new BarAxis(310, true);
        BarChart barChart = new BarChart("\u0627\u0644\u062d\u0635\u0629", "d", "Django", "Flask", 480, 42,
                List.of(new BarChart.Row("\u0623\u0644\u0645\u0627\u0646\u064a\u0627", 8, 258, "80%", 161, "50%", bars)),
                bars);
        BarAxis shares = new BarAxis(300, true);
        ShareChart shareChart = new ShareChart("t", "d", 436, 30,
                List.of(new ShareChart.Row("Django", 6, 248, "3%", shares)), shares);
        Templates templates = Templates.from(List.of(dir, Path.of("templates")));
        String html = Templates.render(templates.get("charts.ftlh"), List.of(barChart, shareChart));
        Path page = dir.resolve("charts.html");
        Files.writeString(page, html);
        assertEquals(2, html.split("direction=\"rtl\"", -1).length - 1, "both charts are marked right to left");
        assertEquals(List.of(), NuHtmlChecker.errors(page.toFile()));
        Files.writeString(page, html.replace("<bdi>", "<bdi dir=\"sideways\">"));
        assertFalse(NuHtmlChecker.errors(page.toFile()).isEmpty(), "the checker sees the chart markup");
    }
}
