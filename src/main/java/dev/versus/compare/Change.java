package dev.versus.compare;

import java.time.LocalDate;

/**
 * Both technologies' change since the most recent earlier date they both have a total for.
 *
 * <p>Rules: docs/comparison-rules.md §7.1.
 */
public record Change(LocalDate date, Growth first, Growth second) {
}
