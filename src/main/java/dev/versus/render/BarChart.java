package dev.versus.render;

import java.util.List;

/**
 * A grouped horizontal bar chart as inline SVG geometry: one row per label with a bar for each
 * technology. Lengths are computed here so that the template only places them.
 *
 * @param title the chart's accessible name
 * @param width the viewBox width
 * @param axis where the bars start and which way they grow
 */
public record BarChart(String title, String description, String firstName, String secondName,
        int width, int height, List<Row> rows, BarAxis axis) {

    /** The label column's width (kept for templates written before charts could be mirrored). */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    /** Whether the chart is mirrored; its svg then carries direction="rtl". */
    public boolean rightToLeft() {
        return axis.rightToLeft();
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /** Where the row labels end (text-anchor end), a little before the bars. */
    public int labelX() {
        return axis.labelX(LABEL_GAP);
    }

    /**
     * The label column's width; bars start at its edge. Wide enough for "Computers Electronics and"
     * at 12px; longer labels are cut to fit.
     */
    static final int LABEL_WIDTH = 170;
    static final int LABEL_GAP = 8;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 11;
    static final int VALUE_SPACE = 52;

    /**
     * One group: its label, the y of its first bar, each bar's length and value text. The
     * positions derived from these are methods here, not arithmetic in the template: FreeMarker
     * adds numbers as BigDecimals: with their formatting, a fifth of the template's time (profiled).
     */
    public record Row(String label, int y, int firstLength, String firstValue, int secondLength, String secondValue,
            BarAxis axis) {
        public int firstBarX() {
            return axis.barX(firstLength);
        }

        public int secondBarX() {
            return axis.barX(secondLength);
        }

        public int secondY() {
            return y + BAR_HEIGHT + 2;
        }

        /** The label's baseline, between the two bars. */
        public int labelY() {
            return y + BAR_HEIGHT + 6;
        }

        /** The value text just past the end of the first bar, and its baseline. */
        public int firstValueX() {
            return axis.valueX(firstLength);
        }

        public int firstValueY() {
            return y + 9;
        }

        public int secondValueX() {
            return axis.valueX(secondLength);
        }

        public int secondValueY() {
            return secondY() + 9;
        }
    }
}
