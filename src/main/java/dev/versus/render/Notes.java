package dev.versus.render;

import dev.versus.model.Origin;

/** The notes a page shows beside a section built from modeled figures. */
final class Notes {
    static final String TOTALS = "These totals are modeled, not measured; the methodology page explains how.";
    static final String COUNTRIES = "These country figures are modeled, not measured; the methodology page explains how.";
    static final String AWARDS = "These awards rank modeled country figures, not measured ones; the methodology page explains how.";
    static final String SITE_KINDS = "These kind-of-site figures are modeled, not measured; the methodology page explains how.";
    static final String TOP_SITES = "These top sites are modeled, not measured; the methodology page explains how.";
    static final String HISTORY = "These earlier totals are modeled, not measured; the methodology page explains how.";

    private Notes() {
    }

    /**
     * The note at {@code key} ("notes.totals") in the language of {@code words} when the figures
     * are modeled, or null when they were measured.
     */
    static String modeled(Origin origin, String key, dev.versus.text.Words words) {
        return origin.isModeled() ? words.t(key) : null;
    }

    /** The English note when the figures are modeled, or null when they were measured. */
    static String modeled(Origin origin, String note) {
        return origin.isModeled() ? note : null;
    }
}
