package dev.versus.derive;

/**
 * The snapshot header's wording: title, source line and the Markdown notes shown on the
 * methodology page. Written for this project; nothing is copied from the sources.
 */
final class SnapshotNotes {
    static final String TITLE = "Web technology usage, January 2023";

    static final String SOURCE = "HTTP Archive crawl of 2023-01-01 (desktop and mobile) and Wappalyzer's "
            + "technology catalog; country weights from the Majestic Million (CC BY 3.0)";

    static final String NOTES = """
            **What a count is.** Each figure is the number of pages in the HTTP Archive crawl of \
            1 January 2023 on which Wappalyzer detected the technology, with the desktop and the mobile \
            crawl added together: a page seen by both clients counts twice. The public export lists one \
            row per page, client and category, so a technology filed under two categories had twice as \
            many rows as pages; we divided each row count by the number of categories the technology \
            had in Wappalyzer at the time of the crawl.

            **Change over time.** The earlier figure comes from the crawl of 1 February 2022, counted \
            the same way. The crawl itself covered more pages in 2023 than in 2022, so part of every \
            increase reflects the larger crawl rather than wider adoption. Ratios between technologies \
            in the same crawl are not affected by this.

            **Modeled breakdowns.** No public dataset gives these counts by country or by kind of \
            site. Both breakdowns are therefore modeled, not measured, and every page that shows them \
            says so. Country weights come from how many of the 15,000 most linked-to domains in the \
            Majestic Million use each country's top-level domain; kind-of-site weights are our own \
            estimate, nudged by the technology's categories. For each technology a random generator \
            seeded with its slug varies these weights and assigns between 55% and 85% (countries) or \
            60% and 90% (kinds of site) of its total, leaving the rest unattributed. The same data \
            always gives the same figures. The method is described in full on this page.

            **Sources and credits.** Usage counts: HTTP Archive, via a public export of its BigQuery \
            tables. Technology names, categories, websites, open-source flags and pricing tags: the \
            Wappalyzer technology catalog (the MIT-licensed version of January 2023 where it has the \
            technology, later GPL-3.0 versions otherwise; only facts are used). Country weights: the \
            Majestic Million by Majestic, licensed CC BY 3.0. Country codes: the public-domain \
            country-codes dataset. No top sites or company headquarters are given, because no open \
            source for them was available.
            """;

    private SnapshotNotes() {
    }
}
