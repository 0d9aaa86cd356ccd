package dev.versus.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link ShareChart}: bar lengths proportional to the largest value shown. */
final class ShareCharts {
    private static final int WIDTH = 436;

    private ShareCharts() {
    }

    /** One bar: a label, its value (any scale) and how the value is written. */
    record Input(String label, BigDecimal value, String text) {
    }

    static ShareChart layout(String title, String description, List<Input> inputs) {
        return layout(title, description, inputs, false);
    }

    /** The chart, mirrored when {@code rightToLeft}: labels on the right, bars growing leftwards. */
    static ShareChart layout(String title, String description, List<Input> inputs, boolean rightToLeft) {
        BarAxis axis = BarAxis.of(WIDTH, ShareChart.LABEL_WIDTH, rightToLeft);
        BigDecimal max = BigDecimal.ZERO;
        for (Input input : inputs) {
            max = max.max(input.value());
        }
        int span = WIDTH - ShareChart.LABEL_WIDTH - BarChart.VALUE_SPACE;
        List<ShareChart.Row> rows = new ArrayList<>();
        int y = 6;
        for (Input input : inputs) {
            rows.add(new ShareChart.Row(BarCharts.shortLabel(input.label()), y, length(input.value(), max, span),
                    input.text(), axis));
            y += ShareChart.ROW_HEIGHT;
        }
        return new ShareChart(title, description, WIDTH, y + 2, rows, axis);
    }

    private static int length(BigDecimal value, BigDecimal max, int span) {
        if (max.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(span)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }
}
