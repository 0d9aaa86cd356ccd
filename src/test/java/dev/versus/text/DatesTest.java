package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void datesReadDayMonthNameYear() {
        assertEquals("1 February 2022", Dates.format(LocalDate.of(2022, 2, 1)));
        assertEquals("31 December 2023", Dates.format(LocalDate.of(2023, 12, 31)));
        assertEquals("9 January 2024", Dates.format(LocalDate.of(2024, 1, 9)));
    }
}
