package dev.versus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.compare.Share;
import java.math.BigDecimal;
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

    /** The two rows of {@link #barLengthsAreProportionalToTheLargestValue}: lengths 258 and 161, then 65 and 0. */
    private static BarChart twoRows(boolean rightToLeft) {
        return BarCharts.layout("t", "d", "A", "B", List.of(
                new BarCharts.Input("US", new Share(8, 10), "80%", new Share(5, 10), "50%"),
                new BarCharts.Input("DE", new Share(2, 10), "20%", new Share(0, 7), "0%")), rightToLeft);
    }

    @Test
    void leftToRightKeepsTodaysPositions() {
        // Bars start at the label column's edge, 170; values 4px past their ends; labels end 8px before the bars.
        BarChart chart = twoRows(false);
        assertFalse(chart.rightToLeft());
        assertEquals(162, chart.labelX());
        BarChart.Row us = chart.rows().get(0);
        assertEquals(List.of(8, 25, 21), List.of(us.y(), us.labelY(), us.secondY()));
        assertEquals(List.of(170, 258, 432, 17), List.of(us.firstBarX(), us.firstLength(), us.firstValueX(), us.firstValueY()));
        assertEquals(List.of(170, 161, 335, 30), List.of(us.secondBarX(), us.secondLength(), us.secondValueX(), us.secondValueY()));
        BarChart.Row de = chart.rows().get(1);
        assertEquals(List.of(170, 65, 239), List.of(de.firstBarX(), de.firstLength(), de.firstValueX()));
        assertEquals(List.of(170, 0, 174), List.of(de.secondBarX(), de.secondLength(), de.secondValueX()));
        assertEquals(BarCharts.layout("t", "d", "A", "B", List.of(
                new BarCharts.Input("US", new Share(8, 10), "80%", new Share(5, 10), "50%"),
                new BarCharts.Input("DE", new Share(2, 10), "20%", new Share(0, 7), "0%"))), chart,
                "left to right is the default");
    }

    @Test
    void rightToLeftMirrorsEveryPosition() {
        // Mirrored in the 480 wide viewBox: the label column is 310..480, bars end at 310 and grow leftwards.
        BarChart chart = twoRows(true);
        assertTrue(chart.rightToLeft());
        assertEquals(318, chart.labelX(), "labels are anchored 8px right of the bars");
        BarChart.Row us = chart.rows().get(0);
        // 310 - 258 = 52, and the value 4px further left at 48 (480 - 432); 310 - 161 = 149, value at 145
        assertEquals(List.of(52, 258, 48), List.of(us.firstBarX(), us.firstLength(), us.firstValueX()));
        assertEquals(List.of(149, 161, 145), List.of(us.secondBarX(), us.secondLength(), us.secondValueX()));
        assertEquals(List.of(8, 25, 21, 17, 30), List.of(us.y(), us.labelY(), us.secondY(), us.firstValueY(),
                us.secondValueY()), "heights do not change");
        BarChart.Row de = chart.rows().get(1);
        // 310 - 65 = 245, value at 241; an empty bar sits at 310, its value at 306
        assertEquals(List.of(245, 65, 241), List.of(de.firstBarX(), de.firstLength(), de.firstValueX()));
        assertEquals(List.of(310, 0, 306), List.of(de.secondBarX(), de.secondLength(), de.secondValueX()));
        assertEquals("US", us.label());
    }

    @Test
    void shareChartsMirrorToo() {
        // Width 436, label column 136, span 436 - 136 - 52 = 248: 3 of max 3 -> 248, 1.5 -> 124.
        List<ShareCharts.Input> inputs = List.of(new ShareCharts.Input("Django", new BigDecimal("3"), "3%"),
                new ShareCharts.Input("Flask", new BigDecimal("1.5"), "1.5%"));
        ShareChart ltr = ShareCharts.layout("t", "d", inputs);
        assertFalse(ltr.rightToLeft());
        assertEquals(128, ltr.labelX());
        assertEquals(List.of(136, 248, 388, 17), List.of(ltr.rows().get(0).barX(), ltr.rows().get(0).length(),
                ltr.rows().get(0).valueX(), ltr.rows().get(0).textY()));
        assertEquals(List.of(136, 124, 264, 39), List.of(ltr.rows().get(1).barX(), ltr.rows().get(1).length(),
                ltr.rows().get(1).valueX(), ltr.rows().get(1).textY()));
        // Mirrored: the label column is 300..436; bars end at 300.
        ShareChart rtl = ShareCharts.layout("t", "d", inputs, true);
        assertTrue(rtl.rightToLeft());
        assertEquals(308, rtl.labelX());
        assertEquals(List.of(52, 248, 48, 17), List.of(rtl.rows().get(0).barX(), rtl.rows().get(0).length(),
                rtl.rows().get(0).valueX(), rtl.rows().get(0).textY()));
        assertEquals(List.of(176, 124, 172, 39), List.of(rtl.rows().get(1).barX(), rtl.rows().get(1).length(),
                rtl.rows().get(1).valueX(), rtl.rows().get(1).textY()));
    }
}
