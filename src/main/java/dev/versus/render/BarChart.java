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

    /** Space on the left for row labels. */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    static final int LABEL_WIDTH = 120;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 11;
    static final int VALUE_SPACE = 52;

    /** One group: its label, the y of its first bar, each bar's length and value text. */
    public record Row(String label, int y, int firstLength, String firstValue, int secondLength, String secondValue) {
        public int secondY() {
            return y + BAR_HEIGHT + 2;
        }

        public int labelY() {
            return y + BAR_HEIGHT + 1;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }
    }
}
