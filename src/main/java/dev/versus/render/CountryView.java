package dev.versus.render;

import java.util.List;

/**
 * A country's page: for each category with enough data there, its leading technologies beside
 * their worldwide rank, and those ranking much higher or lower there than worldwide.
 *
 * @param modeledNote the note on modeled country figures, or null when they were measured
 * @param thin categories counted there but too little to rank, linked; may be empty
 * @param thinNote the sentence introducing them, or null when there are none
 */
public record CountryView(PageMeta meta, String heading, String intro, String modeledNote,
        List<CategorySection> categories, List<Link> thin, String thinNote) {

    /** One category in the country. */
    public record CategorySection(String id, Link category, String total, List<Leader> leaders,
            List<Shift> higher, List<Shift> lower) {
    }

    /** A leading technology: "#1 here, #4 worldwide" and its count there. */
    public record Leader(Link technology, String ranks, String count) {
    }

    /** A technology ranking differently here: "#2 here, #11 worldwide". */
    public record Shift(Link technology, String ranks) {
    }
}
