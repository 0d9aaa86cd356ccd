package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.versus.compare.Share;
import dev.versus.render.freemarker.Templates;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in chart macros print a mirrored chart's positions and mark its svg right to left. */
class MirroredChartTemplatesTest {
    @TempDir
    Path dir;

    private Element render(String macroCall, Object chart) throws IOException {
        Files.writeString(dir.resolve("chart-test.ftlh"), macroCall);
        Templates templates = Templates.from(List.of(dir, Path.of("templates")));
        return Jsoup.parse(Templates.render(templates.get("chart-test.ftlh"), chart)).expectFirst("svg");
    }

    private Element barChart(boolean rightToLeft) throws IOException {
        // Arabic labels, as a kind of site and a country would be named on an Arabic page
        BarChart chart = BarCharts.layout("t", "d", "A", "B", List.of(
                new BarCharts.Input("\u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a \u0627\u0644\u0645\u062a\u062d\u062f\u0629",
                        new Share(8, 10), "80%", new Share(5, 10), "50%"),
                new BarCharts.Input("<\u0623\u0644\u0645\u0627\u0646\u064a\u0627>", new Share(2, 10), "20%",
                        new Share(0, 7), "0%")), rightToLeft);
        return render("<#import \"layout.ftlh\" as layout><@layout.barChart chart=page id=\"c\"/>", chart);
    }

    private Element caption(boolean rightToLeft) throws IOException {
        return barChart(rightToLeft).parent().expectFirst("figcaption");
    }

    @Test
    void aMirroredBarChartDrawsLabelsRightAndBarsGrowingLeft() throws IOException {
        Element svg = barChart(true);
        assertEquals("rtl", svg.attr("direction"), "text-anchor start and end then follow the right-to-left text");
        Elements labels = svg.select("text.label");
        assertEquals(List.of("318", "318"), labels.eachAttr("x"));
        assertEquals("<\u0623\u0644\u0645\u0627\u0646\u064a\u0627>", labels.get(1).text(), "labels are escaped text");
        Elements bars = svg.select("rect");
        // x = 310 - length: the bars' right ends line up at 310, the label column's edge
        assertEquals(List.of("52", "149", "245", "310"), bars.eachAttr("x"));
        assertEquals(List.of("258", "161", "65", "0"), bars.eachAttr("width"));
        assertEquals(List.of("48", "145", "241", "306"), svg.select("text.value").eachAttr("x"));
        assertEquals(List.of("80%", "50%", "20%", "0%"), svg.select("text.value").eachText());
    }

    @Test
    void aMirroredChartsKeyIsolatesEachName() throws IOException {
        // Two Latin names in a right-to-left caption: isolated, each follows its own key.
        Element caption = caption(true);
        assertEquals(List.of("A", "B"), caption.select("span.key + bdi").eachText());
        assertEquals(List.of("key a", "key b"), caption.select("span").eachAttr("class"));
        assertEquals(0, caption(false).select("bdi").size(), "left to right, the caption is as before");
        assertEquals("A B", caption(false).text());
    }

    @Test
    void aLeftToRightBarChartIsUnchanged() throws IOException {
        Element svg = barChart(false);
        assertFalse(svg.hasAttr("direction"));
        assertEquals(List.of("162", "162"), svg.select("text.label").eachAttr("x"));
        assertEquals(List.of("170", "170", "170", "170"), svg.select("rect").eachAttr("x"));
        assertEquals(List.of("432", "335", "239", "174"), svg.select("text.value").eachAttr("x"));
    }

    @Test
    void aMirroredShareChartDrawsLabelsRightAndBarsGrowingLeft() throws IOException {
        ShareChart chart = ShareCharts.layout("t", "d", List.of(new ShareCharts.Input("Django", new BigDecimal("3"), "3%"),
                new ShareCharts.Input("Flask", new BigDecimal("1.5"), "1.5%")), true);
        Element svg = render("<#import \"share-chart.ftlh\" as charts><@charts.shareChart chart=page id=\"c\"/>", chart);
        assertEquals("rtl", svg.attr("direction"));
        assertEquals(List.of("308", "308"), svg.select("text.label").eachAttr("x"));
        assertEquals(List.of("52", "176"), svg.select("rect").eachAttr("x"));
        assertEquals(List.of("248", "124"), svg.select("rect").eachAttr("width"));
        assertEquals(List.of("48", "172"), svg.select("text.value").eachAttr("x"));
    }
}
