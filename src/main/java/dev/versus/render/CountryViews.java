package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.CountryRanking;
import dev.versus.compare.CountryRankings;
import dev.versus.model.Origin;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import dev.versus.text.CountryNames;
import dev.versus.text.Language;
import dev.versus.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the views of country pages and of the country list from the country rankings. */
final class CountryViews {
    /** Ranked when the first country page is rendered, not when the renderer is made. */
    private final java.util.function.Supplier<CountryRankings> rankings;
    private final SiteContext site;
    private final CountryNames names;
    private final Origin origin;
    /** What a count counts, as messages select on it: "websites", "pages" or "domains". */
    private final String unit;
    private final Words words;

    CountryViews(Catalog catalog, SiteContext site) {
        this.rankings = catalog::countryRankings;
        this.site = site;
        this.names = CountryNames.of(catalog.snapshot().countries(), site.words());
        this.origin = catalog.snapshot().info().provenance().byCountry();
        this.unit = catalog.snapshot().info().unit().plural();
        this.words = site.words();
    }

    private boolean english() {
        return words.language() == Language.EN;
    }

    CountryView country(String code) {
        String route = Routes.country(code);
        String root = Routes.toRoot(route);
        String name = names.name(code);
        String inSentence = names.inSentence(code);
        List<CountryRanking> ranked = rankings.get().ranked(code);
        List<CountryRanking> thin = rankings.get().thin(code);
        int detected = rankings.get().detectedTechnologies(code);
        String heading = words.t("country.heading", "country", inSentence);
        String modeled = origin.isModeled() ? "yes" : "no";
        String description = ranked.isEmpty()
                ? words.t("country.description_unranked", "country", inSentence, "technologies", detected,
                        "modeled", modeled, "unit", unit)
                : words.t("country.description", "country", inSentence, "categories", ranked.size(),
                        "technologies", detected, "modeled", modeled, "unit", unit);
        // A page that ranks no category has nothing a search should lead to (see CountryRankings.withRanking).
        PageMeta meta = site.meta(route, words.t("country.title", "country", inSentence, "site", site.siteName()),
                description, ranked.isEmpty(), List.of(new Link(words.t("country.crumb_countries"), Routes.countries())),
                name);
        return new CountryView(meta, heading, intro(inSentence, detected, ranked.size()),
                Notes.modeled(origin, "notes.countries", words),
                ranked.stream().map(ranking -> section(ranking, root)).toList(),
                thin.stream().map(ranking -> categoryLink(ranking, root)).toList(),
                thin.isEmpty() ? null : words.t("country.thin_note", "minimum", rankings.get().minSample(), "unit", unit));
    }

    private String intro(String inSentence, int detected, int ranked) {
        if (detected == 0) {
            return words.t("country.intro_none", "country", inSentence);
        }
        return words.t(ranked == 0 ? "country.intro_unranked" : "country.intro", "country", inSentence,
                "technologies", detected, "categories", ranked, "minimum", rankings.get().minSample(), "unit", unit);
    }

    private CountryView.CategorySection section(CountryRanking ranking, String root) {
        return new CountryView.CategorySection(
                ranking.category().slug(),
                categoryLink(ranking, root),
                words.t("country.category_total", "count", ranking.total(), "unit", unit),
                ranking.leaders().stream().map(p -> new CountryView.Leader(technologyLink(p.technology(), root),
                        ranks(p), words.t("country.leader_count", "count", p.count(), "unit", unit))).toList(),
                shifts(ranking.higherHere(), root),
                shifts(ranking.lowerHere(), root));
    }

    private List<CountryView.Shift> shifts(List<CountryRanking.Placing> placings, String root) {
        return placings.stream()
                .map(p -> new CountryView.Shift(technologyLink(p.technology(), root), ranks(p)))
                .toList();
    }

    /** "#1 here, #4 worldwide", or "not detected here, #4 worldwide". */
    private String ranks(CountryRanking.Placing placing) {
        return placing.detected()
                ? words.t("country.ranks", "rank", placing.rank(), "world_rank", placing.worldRank())
                : words.t("country.ranks_not_detected", "world_rank", placing.worldRank());
    }

    CountryIndexView index() {
        String route = Routes.countries();
        String root = Routes.toRoot(route);
        List<String> codes = new ArrayList<>(rankings.get().countries());
        codes.sort(Comparator.comparing(names::name, alphabetical()).thenComparing(Comparator.naturalOrder()));
        List<CountryIndexView.Entry> entries = new ArrayList<>();
        List<Link> items = new ArrayList<>();
        for (String code : codes) {
            entries.add(new CountryIndexView.Entry(new Link(names.name(code), root + Routes.country(code)),
                    words.t("countries.detected", "count", rankings.get().detectedTechnologies(code))));
            items.add(new Link(names.name(code), Routes.country(code)));
        }
        String heading = words.t("countries.heading");
        String description = words.t("countries.description", "count", codes.size());
        PageMeta meta = site.meta(route, words.t("countries.title", "site", site.siteName()), description, false,
                List.of(), words.t("countries.crumb"));
        String intro = words.t("countries.intro", "count", codes.size());
        return new CountryIndexView(meta, heading, intro, Notes.modeled(origin, "notes.countries", words), entries,
                ListJsonLd.itemList(site, words.t("countries.list_name"), items));
    }

    /** English keeps the snapshot's order of names; another language sorts by its own collation (CLDR). */
    private Comparator<String> alphabetical() {
        if (english()) {
            return CountryNames.ALPHABETICAL;
        }
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(words.language().locale());
        return collator::compare;
    }

    private Link categoryLink(CountryRanking ranking, String root) {
        return new Link(words.categoryName(ranking.category().slug(), ranking.category().name()),
                root + Routes.category(ranking.category().slug()));
    }

    private static Link technologyLink(Technology tech, String root) {
        return new Link(tech.name(), root + Routes.technology(tech.slug()));
    }

}
