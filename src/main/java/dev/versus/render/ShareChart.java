package dev.versus.render;

import java.util.List;

/**
 * A horizontal bar chart of one series as inline SVG geometry: one bar per label, each a share
 * of some whole. Lengths are computed here so that the template only places them.
 *
 * @param title the chart's accessible name
 * @param width the viewBox width
 * @param axis where the bars start and which way they grow
 */
public record ShareChart(String title, String description, int width, int height, List<Row> rows, BarAxis axis) {

    static final int ROW_HEIGHT = 22;
    static final int BAR_HEIGHT = 14;
    /** Wider than the two-series charts' label column: these labels are names, cut at the same length. */
    static final int LABEL_WIDTH = 136;

    /** The label column's width (kept for templates written before charts could be mirrored). */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    /** Whether the chart is mirrored; its svg then carries direction="rtl". */
    public boolean rightToLeft() {
        return axis.rightToLeft();
    }

    /** Where the row labels end (text-anchor end), a little before the bars. */
    public int labelX() {
        return axis.labelX(8);
    }

    /** One bar: its label, its top, its length and its value text. */
    public record Row(String label, int y, int length, String value, BarAxis axis) {
        public int barHeight() {
            return BAR_HEIGHT;
        }

        public int barX() {
            return axis.barX(length);
        }

        /** Where the value text starts, just past the bar's end. */
        public int valueX() {
            return axis.valueX(length);
        }

        /** The baseline of the label and value text, centred on the bar. */
        public int textY() {
            return y + BAR_HEIGHT - 3;
        }
    }
}
