package dev.versus.render;

/**
 * Where a chart's bars start and which way they grow. Left to right, the label column is on the
 * left and bars grow rightwards from its edge; right to left, the whole chart is mirrored: the
 * label column is on the right and bars grow leftwards. SVG is not mirrored by the page's
 * {@code dir}, so the mirrored x are computed here.
 *
 * <p>The text anchors need no mirroring: a right-to-left chart's svg carries {@code direction="rtl"},
 * and text-anchor start and end follow the text's direction (labels anchored at their end, values at
 * their start, as left to right).
 *
 * @param start the x where every bar starts: the label column's edge next to the bars
 */
public record BarAxis(int start, boolean rightToLeft) {
    /** The space between a bar's end and its value text. */
    static final int VALUE_GAP = 4;

    /** The axis of a chart {@code width} wide whose label column is {@code labelWidth} wide. */
    static BarAxis of(int width, int labelWidth, boolean rightToLeft) {
        return new BarAxis(rightToLeft ? width - labelWidth : labelWidth, rightToLeft);
    }

    /** The x of a bar's rect, its left edge: the start, or right to left the far end. */
    public int barX(int length) {
        return rightToLeft ? start - length : start;
    }

    /** Where the value text of a bar is anchored: just past the bar's end. */
    public int valueX(int length) {
        return rightToLeft ? start - length - VALUE_GAP : start + length + VALUE_GAP;
    }

    /** Where the row labels are anchored: {@code gap} inside the label column from the bars. */
    public int labelX(int gap) {
        return rightToLeft ? start + gap : start - gap;
    }
}
