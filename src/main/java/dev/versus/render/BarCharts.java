package dev.versus.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link BarChart}: bar lengths proportional to the largest value shown. */
final class BarCharts {
    private static final int WIDTH = 420;
    /** About what fits in the label column at the chart's 12px label size. */
    private static final int MAX_LABEL = 17;

    private BarCharts() {
    }

    /** One input row: a label, both values (any scale), and how each value is written. */
    record Input(String label, BigDecimal first, String firstText, BigDecimal second, String secondText) {
    }

    static BarChart layout(String title, String description, String firstName, String secondName, List<Input> inputs) {
        BigDecimal max = BigDecimal.ZERO;
        for (Input input : inputs) {
            max = max.max(input.first()).max(input.second());
        }
        int span = WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_SPACE;
        List<BarChart.Row> rows = new ArrayList<>();
        int y = 8;
        for (Input input : inputs) {
            rows.add(new BarChart.Row(shortLabel(input.label()), y, length(input.first(), max, span), input.firstText(),
                    length(input.second(), max, span), input.secondText()));
            y += BarChart.ROW_HEIGHT;
        }
        return new BarChart(title, description, firstName, secondName, WIDTH, y + 4, rows);
    }

    /** Labels longer than the label column are cut with an ellipsis; the table has them whole. */
    static String shortLabel(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)).stripTrailing() + "\u2026";
    }

    private static int length(BigDecimal value, BigDecimal max, int span) {
        if (max.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(span)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }
}
