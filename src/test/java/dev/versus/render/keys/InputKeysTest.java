package dev.versus.render.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputKeysTest {

    record Row(String label, String value) {
    }

    record View(String title, List<Row> rows, boolean flag, int count, long total, Row extra) {
    }

    private static View view() {
        return new View("Django vs Flask — usage", List.of(new Row("a", "1"), new Row("b", "2")), true, 3, 4L,
                null);
    }

    @Test
    void theSameViewGivesTheSameKey() {
        View copy = new View("Django vs Flask — usage", new ArrayList<>(List.of(new Row("a", "1"), new Row("b", "2"))),
                true, 3, 4L, null);
        assertArrayEquals(InputKeys.of(view()), InputKeys.of(copy));
        assertEquals(32, InputKeys.of(view()).length);
    }

    @Test
    void anyChangedValueGivesAnotherKey() {
        View v = view();
        List<View> changed = List.of(
                new View("Django vs Flask — usagE", v.rows(), true, 3, 4L, null),
                new View(v.title(), List.of(new Row("a", "1"), new Row("b", "3")), true, 3, 4L, null),
                new View(v.title(), List.of(new Row("a", "1")), true, 3, 4L, null),
                new View(v.title(), v.rows(), false, 3, 4L, null),
                new View(v.title(), v.rows(), true, 4, 4L, null),
                new View(v.title(), v.rows(), true, 3, 5L, null),
                new View(v.title(), v.rows(), true, 3, 4L, new Row(null, null)));
        for (View other : changed) {
            assertFalse(Arrays.equals(InputKeys.of(v), InputKeys.of(other)), other.toString());
        }
    }

    /** toString() could not tell these apart: "Row[label=a, value=b, c]" either way. */
    @Test
    void textMovedBetweenValuesGivesAnotherKey() {
        assertFalse(Arrays.equals(InputKeys.of(new Row("a", "b, c")), InputKeys.of(new Row("a, value=b", "c"))));
        assertFalse(Arrays.equals(InputKeys.of(List.of("ab")), InputKeys.of(List.of("a", "b"))));
        assertFalse(Arrays.equals(InputKeys.of(new Row(null, "x")), InputKeys.of(new Row("null", "x"))));
    }

    @Test
    void aFailedDigestLeavesNothingBehindForTheNextPage() {
        byte[] before = InputKeys.of(view());
        try {
            InputKeys.of(List.of(new Object() {
                @Override
                public String toString() {
                    throw new IllegalStateException("broken value");
                }
            }));
        } catch (IllegalStateException expected) {
            // the next key must not include what was streamed before the failure
        }
        assertArrayEquals(before, InputKeys.of(view()));
    }
}
