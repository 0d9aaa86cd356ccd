package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartsTest {

    @Test
    void barLengthsAreProportionalToTheLargestValue() {
        // Span = 420 - 120 - 52 = 248; 0.5 of max 0.8 -> 155; 0.2 -> 62; 0 -> 0.
        BarChart chart = BarCharts.layout("t", "d", "A", "B", List.of(
                new BarCharts.Input("US", new BigDecimal("0.8"), "80%", new BigDecimal("0.5"), "50%"),
                new BarCharts.Input("DE", new BigDecimal("0.2"), "20%", BigDecimal.ZERO, "0%")));
        assertEquals(248, chart.rows().get(0).firstLength());
        assertEquals(155, chart.rows().get(0).secondLength());
        assertEquals(62, chart.rows().get(1).firstLength());
        assertEquals(0, chart.rows().get(1).secondLength());
        assertEquals(30, chart.rows().get(1).y() - chart.rows().get(0).y(), "rows are 30 apart");
    }

    @Test
    void allZeroValuesDrawNoBars() {
        BarChart chart = BarCharts.layout("t", "d", "A", "B",
                List.of(new BarCharts.Input("US", BigDecimal.ZERO, "0%", BigDecimal.ZERO, "0%")));
        assertEquals(0, chart.rows().get(0).firstLength());
    }

    @Test
    void longLabelsAreCutWithAnEllipsis() {
        assertEquals("Germany", BarCharts.shortLabel("Germany"));
        assertEquals("Bosnia and Herze…", BarCharts.shortLabel("Bosnia and Herzegovina"));
        assertEquals("Education & refe…", BarCharts.shortLabel("Education & reference"));
    }
}
