package dev.versus.model;

/** Where each kind of figure comes from. A field the snapshot leaves out is measured. */
public record Provenance(Origin total, Origin byCountry, Origin bySiteCategory, Origin history, Origin topSites) {

    public static final Provenance ALL_MEASURED =
            new Provenance(Origin.MEASURED, Origin.MEASURED, Origin.MEASURED, Origin.MEASURED, Origin.MEASURED);
}
