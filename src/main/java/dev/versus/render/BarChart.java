package dev.versus.render;

import java.util.List;

/**
 * A grouped horizontal bar chart as inline SVG geometry: one row per label with a bar for each
 * technology. Lengths are computed here so that the template only places them.
 *
 * @param title the chart's accessible name
 * @param width the viewBox width; bars start at {@link #labelWidth()}
 */
public record BarChart(String title, String description, String firstName, String secondName,
        int width, int height, List<Row> rows) {

    /** Space on the left for row labels; bars start here. */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /** Where the right-aligned row labels end, a little left of the bars. */
    public int labelX() {
        return LABEL_WIDTH - LABEL_GAP;
    }

    /** Wide enough for "Computers Electronics and" at 12px; longer labels are cut to fit. */
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
    public record Row(String label, int y, int firstLength, String firstValue, int secondLength, String secondValue) {
        public int secondY() {
            return y + BAR_HEIGHT + 2;
        }

        /** The label's baseline, between the two bars. */
        public int labelY() {
            return y + BAR_HEIGHT + 6;
        }

        /** The value text just right of the end of the first bar, and its baseline. */
        public int firstValueX() {
            return LABEL_WIDTH + firstLength + 4;
        }

        public int firstValueY() {
            return y + 9;
        }

        public int secondValueX() {
            return LABEL_WIDTH + secondLength + 4;
        }

        public int secondValueY() {
            return secondY() + 9;
        }
    }
}
