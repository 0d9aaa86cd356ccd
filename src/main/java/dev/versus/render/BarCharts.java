package dev.versus.render;

import dev.versus.compare.Share;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link BarChart}: bar lengths proportional to the largest value shown. */
final class BarCharts {
    private static final int WIDTH = 480;

    private BarCharts() {
    }

    /** One input row: a label, both shares, and how each is written. */
    record Input(String label, Share first, String firstText, Share second, String secondText) {
    }

    static BarChart layout(String title, String description, String firstName, String secondName, List<Input> inputs) {
        return layout(title, description, firstName, secondName, inputs, false);
    }

    /** The chart, mirrored when {@code rightToLeft}: labels on the right, bars growing leftwards. */
    static BarChart layout(String title, String description, String firstName, String secondName, List<Input> inputs,
            boolean rightToLeft) {
        BarAxis axis = BarAxis.of(WIDTH, BarChart.LABEL_WIDTH, rightToLeft);
        Share max = longest(inputs);
        int span = WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_SPACE;
        List<BarChart.Row> rows = new ArrayList<>();
        int y = 8;
        for (Input input : inputs) {
            rows.add(new BarChart.Row(shortLabel(input.label()), y, length(input.first(), max, span), input.firstText(),
                    length(input.second(), max, span), input.secondText(), axis));
            y += BarChart.ROW_HEIGHT;
        }
        return new BarChart(title, description, firstName, secondName, WIDTH, y + 4, rows, axis);
    }

    /** The largest share of any row, either series: the length every bar is scaled against (0/1 when none). */
    static Share longest(List<Input> inputs) {
        Share max = new Share(0, 1);
        for (Input input : inputs) {
            max = largest(largest(max, input.first()), input.second());
        }
        return max;
    }

    private static Share largest(Share a, Share b) {
        return b.compareTo(a) > 0 ? b : a;
    }

    /**
     * The label whole when it fits the label column, else cut with an ellipsis so that it does:
     * labels are aligned against the bars, so one too wide runs off the chart's outer edge.
     * The table below the chart has every label whole.
     */
    static String shortLabel(String label) {
        int room = BarChart.LABEL_WIDTH - BarChart.LABEL_GAP - LABEL_MARGIN;
        if (LabelWidths.width(label) <= room) {
            return label;
        }
        int roomBeforeEllipsis = room - LabelWidths.width("\u2026");
        int end = 0;
        int width = 0;
        while (end < label.length()) {
            int next = label.offsetByCodePoints(end, 1);
            int step = LabelWidths.width(label.substring(end, next));
            if (width + step > roomBeforeEllipsis) {
                break;
            }
            width += step;
            end = next;
        }
        return label.substring(0, end).stripTrailing() + "\u2026";
    }

    /** Space kept free at the chart's outer edge (left, or right when mirrored). */
    private static final int LABEL_MARGIN = 4;

    /**
     * span * value / max rounded half up, on the exact fractions: span * p * W / (w * P) for
     * value p/w and max P/W, in longs while the products fit, else in BigInteger.
     */
    static int length(Share value, Share max, int span) {
        if (max.part() == 0 || max.whole() == 0 || value.whole() == 0) {
            return 0;
        }
        try {
            long numerator = Math.multiplyExact(Math.multiplyExact(value.part(), max.whole()), span);
            long denominator = Math.multiplyExact(value.whole(), max.part());
            return (int) (Math.addExact(Math.multiplyExact(numerator, 2), denominator) / Math.multiplyExact(denominator, 2));
        } catch (ArithmeticException overflow) {
            BigInteger numerator = BigInteger.valueOf(value.part()).multiply(BigInteger.valueOf(max.whole()))
                    .multiply(BigInteger.valueOf(span));
            BigInteger denominator = BigInteger.valueOf(value.whole()).multiply(BigInteger.valueOf(max.part()));
            return numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1)).intValueExact();
        }
    }
}
