package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.compare.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartsTest {

    @Test
    void barLengthsAreProportionalToTheLargestValue() {
        // Span = 480 - 170 - 52 = 258; 0.5 of max 0.8 -> 161.25 -> 161; 0.2 -> 64.5 -> 65 (half up); 0 -> 0.
        BarChart chart = BarCharts.layout("t", "d", "A", "B", List.of(
                new BarCharts.Input("US", new Share(8, 10), "80%", new Share(5, 10), "50%"),
                new BarCharts.Input("DE", new Share(2, 10), "20%", new Share(0, 7), "0%")));
        assertEquals(258, chart.rows().get(0).firstLength());
        assertEquals(161, chart.rows().get(0).secondLength());
        assertEquals(65, chart.rows().get(1).firstLength());
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
    void labelsThatFitTheColumnAreKeptWhole() {
        // The column leaves 170 - 8 - 4 = 158px; Helvetica widths at 12px plus a tenth, each rounded up.
        assertEquals("Germany", BarCharts.shortLabel("Germany"));
        assertEquals(144, LabelWidths.width("Bosnia and Herzegovina"));
        assertEquals("Bosnia and Herzegovina", BarCharts.shortLabel("Bosnia and Herzegovina"));
        // 24 characters, exactly 158px: the longest kind of site of the default snapshot fits
        assertEquals(158, LabelWidths.width("Computers and technology"));
        assertEquals("Computers and technology", BarCharts.shortLabel("Computers and technology"));
    }

    @Test
    void longerLabelsAreCutWithAnEllipsisInsideTheColumn() {
        // Room before the ellipsis (1em, 14px): 144px. "South Georgia and the" is 144px; the space after it is
        // cut with the rest.
        assertEquals("South Georgia and the\u2026",
                BarCharts.shortLabel("South Georgia and the South Sandwich Islands"));
        // W is 944/1000 em: 12 * 0.944 * 1.1 = 12.46, 13px each; eleven are 143px
        assertEquals("WWWWWWWWWWW\u2026", BarCharts.shortLabel("W".repeat(15)));
        for (String label : new String[] {"Computers Electronics and Technology Services", "Non-Profit/Advocacy/NGO",
                "\u00c5land Islands and \u00c5land Islands again"}) {
            assertTrue(LabelWidths.width(BarCharts.shortLabel(label)) <= 158, label);
        }
    }
}
