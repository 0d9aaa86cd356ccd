package dev.versus.model;

import java.time.LocalDate;

/** A technology's total at an earlier date. */
public record HistoryPoint(LocalDate date, long total) {
}
