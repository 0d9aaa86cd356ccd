package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.compare.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartsTest {

    @Test
    void barLengthsAreProportionalToTheLargestValue() {
        // Span = 420 - 120 - 52 = 248; 0.5 of max 0.8 -> 155; 0.2 -> 62; 0 -> 0.
        BarChart chart = BarCharts.layout("t", "d", "A", "B", List.of(
                new BarCharts.Input("US", new Share(8, 10), "80%", new Share(5, 10), "50%"),
                new BarCharts.Input("DE", new Share(2, 10), "20%", new Share(0, 7), "0%")));
        assertEquals(248, chart.rows().get(0).firstLength());
        assertEquals(155, chart.rows().get(0).secondLength());
        assertEquals(62, chart.rows().get(1).firstLength());
        assertEquals(0, chart.rows().get(1).secondLength());
        assertEquals(30, chart.rows().get(1).y() - chart.rows().get(0).y(), "rows are 30 apart");
    }

    @Test
    void allZeroValuesDrawNoBars() {
        BarChart chart = BarCharts.layout("t", "d", "A", "B",
                List.of(new BarCharts.Input("US", new Share(0, 5), "0%", new Share(0, 0), "0%")));
        assertEquals(0, chart.rows().get(0).firstLength());
    }

    @Test
    void lengthsRoundHalfUpOnTheExactFractions() {
        // 248 * (1/4) / (1/3) = 186 exactly; 248 * (1/992) / (1/2) = 0.5 -> 1 (half up);
        // 248 * (1/3) / (2/3) = 124, where 34-digit decimals would give 123.99...
        assertEquals(186, BarCharts.length(new Share(1, 4), new Share(1, 3), 248));
        assertEquals(1, BarCharts.length(new Share(1, 992), new Share(1, 2), 248));
        assertEquals(124, BarCharts.length(new Share(1, 3), new Share(2, 3), 248));
        // products beyond a long (3e18 * 3e9): the BigInteger path gives the same answer
        assertEquals(124, BarCharts.length(new Share(3_000_000_000_000_000_000L, 9_000_000_000_000_000_000L),
                new Share(2_000_000_000L, 3_000_000_000L), 248));
    }

    @Test
    void longLabelsAreCutWithAnEllipsis() {
        assertEquals("Germany", BarCharts.shortLabel("Germany"));
        assertEquals("Bosnia and Herze…", BarCharts.shortLabel("Bosnia and Herzegovina"));
        assertEquals("Education & refe…", BarCharts.shortLabel("Education & reference"));
    }
}
