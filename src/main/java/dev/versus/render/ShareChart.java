package dev.versus.render;

import java.util.List;

/**
 * A horizontal bar chart of one series as inline SVG geometry: one bar per label, each a share
 * of some whole. Lengths are computed here so that the template only places them.
 *
 * @param title the chart's accessible name
 * @param width the viewBox width; bars start at {@link #labelWidth()}
 */
public record ShareChart(String title, String description, int width, int height, List<Row> rows) {

    static final int ROW_HEIGHT = 22;
    static final int BAR_HEIGHT = 14;
    /** Wider than the two-series charts' label column: these labels are names, cut at the same length. */
    static final int LABEL_WIDTH = 136;

    /** Space on the left for row labels; bars start here. */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    /** Where the right-aligned row labels end, a little left of the bars. */
    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    /** One bar: its label, its top, its length and its value text. */
    public record Row(String label, int y, int length, String value) {
        public int barHeight() {
            return BAR_HEIGHT;
        }

        /** Where the value text starts, just right of the bar's end. */
        public int valueX() {
            return LABEL_WIDTH + length + 4;
        }

        /** The baseline of the label and value text, centred on the bar. */
        public int textY() {
            return y + BAR_HEIGHT - 3;
        }
    }
}
