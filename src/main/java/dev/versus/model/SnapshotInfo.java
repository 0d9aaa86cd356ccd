package dev.versus.model;

import java.time.LocalDate;

/**
 * The snapshot's header: what date the figures describe and where they come from.
 *
 * @param notes Markdown shown on the methodology page, or null
 */
public record SnapshotInfo(
        LocalDate date, String title, String source, Unit unit, Provenance provenance, String notes) {
}
