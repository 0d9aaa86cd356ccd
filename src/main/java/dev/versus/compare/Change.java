package dev.versus.compare;

import java.time.LocalDate;

/** Both technologies' change since the most recent earlier date they both have a total for. */
public record Change(LocalDate date, Growth first, Growth second) {
}
