package dev.versus.derive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The four prepared source files of the data folder, read into plain records: the Wappalyzer
 * catalog, the two HTTP Archive usage datasets, the ccTLD counts of the Majestic top sites and
 * the ISO country list. Nothing here interprets the facts; {@link SnapshotDerivation} does.
 *
 * @param categoriesById catalog categories by Wappalyzer id
 * @param technologiesBySlug catalog technologies by slug
 * @param currentUsage est_page_loads by slug in the current dataset
 * @param earlierUsage est_page_loads by slug in the earlier dataset
 * @param domainsByCountry number of top-site domains per ccTLD country, by code
 * @param countryCodes ISO alpha-2 codes of countries.json
 */
record SourceData(
        Map<Long, CatalogCategory> categoriesById,
        Map<String, CatalogTechnology> technologiesBySlug,
        Map<String, Long> currentUsage,
        Map<String, Long> earlierUsage,
        Map<String, Integer> domainsByCountry,
        Set<String> countryCodes) {

    static final String CURRENT_DATE = "2023-01-01";
    static final String EARLIER_DATE = "2022-02-01";

    /** A category of the catalog. */
    record CatalogCategory(long id, String slug, String name) {
    }

    /** A technology's facts in the catalog; website and pricing as the source has them. */
    record CatalogTechnology(
            String slug, String name, List<Long> categoryIds, String website, boolean oss, List<String> pricing) {
    }

    static SourceData load(Path dataDir) throws IOException {
        Map<String, Object> catalog = PlainJson.asObject(PlainJson.read(dataDir.resolve("technologies.json")));
        Map<String, Object> usage = PlainJson.asObject(PlainJson.read(dataDir.resolve("usage_httparchive.json")));
        return new SourceData(
                categories(catalog),
                technologies(catalog),
                usageOn(usage, CURRENT_DATE),
                usageOn(usage, EARLIER_DATE),
                domainsByCountry(dataDir.resolve("top_sites_majestic.csv")),
                countryCodes(dataDir.resolve("countries.json")));
    }

    private static Map<Long, CatalogCategory> categories(Map<String, Object> catalog) {
        Map<Long, CatalogCategory> byId = new TreeMap<>();
        for (Object item : PlainJson.asArray(catalog.get("categories"))) {
            Map<String, Object> category = PlainJson.asObject(item);
            long id = (Long) category.get("id");
            byId.put(id, new CatalogCategory(id, (String) category.get("slug"), (String) category.get("name")));
        }
        return byId;
    }

    private static Map<String, CatalogTechnology> technologies(Map<String, Object> catalog) {
        Map<String, CatalogTechnology> bySlug = new LinkedHashMap<>();
        for (Object item : PlainJson.asArray(catalog.get("technologies"))) {
            Map<String, Object> tech = PlainJson.asObject(item);
            List<Long> ids = new ArrayList<>();
            PlainJson.asArray(tech.get("categories")).forEach(id -> ids.add((Long) id));
            List<String> pricing = new ArrayList<>();
            PlainJson.asArray(tech.get("pricing")).forEach(tag -> pricing.add((String) tag));
            String slug = (String) tech.get("slug");
            bySlug.put(slug, new CatalogTechnology(slug, (String) tech.get("name"), ids,
                    (String) tech.get("website"), Boolean.TRUE.equals(tech.get("oss")), pricing));
        }
        return bySlug;
    }

    /** The dataset is picked by its date, not its position, so a reordered file still reads right. */
    private static Map<String, Long> usageOn(Map<String, Object> usage, String date) throws IOException {
        for (Object item : PlainJson.asArray(usage.get("datasets"))) {
            Map<String, Object> dataset = PlainJson.asObject(item);
            if (date.equals(dataset.get("date"))) {
                Map<String, Long> loads = new LinkedHashMap<>();
                PlainJson.asObject(dataset.get("technologies")).forEach((slug, counts) ->
                        loads.put(slug, (Long) PlainJson.asObject(counts).get("est_page_loads")));
                return loads;
            }
        }
        throw new IOException("usage_httparchive.json has no dataset dated " + date);
    }

    /**
     * Domains per country: the ccTLD's country, and the United States for .edu, .gov and .mil,
     * the sponsored top-level domains only US institutions may hold. Without these the United
     * States, whose sites mostly use .com, would weigh less than Poland.
     */
    private static Map<String, Integer> domainsByCountry(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int column = header.indexOf("cctld_country");
        int tldColumn = header.indexOf("tld");
        if (column < 0 || tldColumn < 0) {
            throw new IOException(csv.getFileName() + " has no tld or cctld_country column");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String country = cells.length > column ? cells[column] : "";
            if (country.isEmpty() && cells.length > tldColumn && US_SPONSORED_TLDS.contains(cells[tldColumn])) {
                country = "US";
            }
            if (!country.isEmpty()) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        return counts;
    }

    static final Set<String> US_SPONSORED_TLDS = Set.of("edu", "gov", "mil");

    private static Set<String> countryCodes(Path file) throws IOException {
        Set<String> codes = new TreeSet<>();
        Map<String, Object> countries = PlainJson.asObject(PlainJson.read(file));
        for (Object item : PlainJson.asArray(countries.get("countries"))) {
            codes.add((String) PlainJson.asObject(item).get("iso2"));
        }
        return codes;
    }
}
