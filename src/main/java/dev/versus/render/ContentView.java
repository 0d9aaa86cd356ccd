package dev.versus.render;

import java.util.List;

/**
 * A Markdown page.
 *
 * @param bodyHtml sanitized HTML from the page's Markdown
 * @param data the snapshot's facts, for the methodology layout; null for plain pages
 * @param jsonLd extra JSON-LD for the head (the Dataset on the methodology page), or null
 */
public record ContentView(PageMeta meta, String title, String bodyHtml, DataFacts data, String jsonLd) {

    /** What the methodology page states about the snapshot in force. */
    public record DataFacts(String title, String date, String source, String unit, List<String> provenance,
            List<String> thresholds, String notesHtml, String technologies, String categories, String comparisons) {
    }
}
