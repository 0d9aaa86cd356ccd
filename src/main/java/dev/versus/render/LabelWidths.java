package dev.versus.render;

/**
 * How wide a chart label draws at the chart's 12px label size, in whole pixels, from Helvetica's
 * advance widths (the widest of the fonts the stylesheet falls back on for Latin text) plus a
 * tenth for fonts that run wider. A guess on the safe side: a label cut a letter early reads
 * better than one running off the chart.
 */
final class LabelWidths {
    private static final int FONT_SIZE = 12;
    /** Thousandths of an em for the printable ASCII characters, space (32) to tilde (126). */
    private static final int[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    /** Anything else (accented letters, other scripts, the ellipsis) counts as a wide letter. */
    private static final int OTHER = 1000;

    private LabelWidths() {
    }

    static int width(String text) {
        long thousandths = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            thousandths += c >= 32 && c <= 126 ? ASCII[c - 32] : OTHER;
        }
        // 12px per em, plus a tenth, rounded up
        return (int) ((thousandths * FONT_SIZE * 11 + 9_999) / 10_000);
    }
}
