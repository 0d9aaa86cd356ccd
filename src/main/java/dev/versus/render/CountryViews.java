package dev.versus.render;

import dev.versus.compare.Catalog;
import dev.versus.compare.CountryRanking;
import dev.versus.compare.CountryRankings;
import dev.versus.model.Origin;
import dev.versus.model.Technology;
import dev.versus.plan.Routes;
import dev.versus.text.CountryNames;
import dev.versus.text.Counts;
import dev.versus.text.Plural;
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
    private final String unit;

    CountryViews(Catalog catalog, SiteContext site) {
        this.rankings = catalog::countryRankings;
        this.site = site;
        this.names = new CountryNames(catalog.snapshot().countries());
        this.origin = catalog.snapshot().info().provenance().byCountry();
        this.unit = catalog.snapshot().info().unit().plural();
    }

    CountryView country(String code) {
        String route = Routes.country(code);
        String root = Routes.toRoot(route);
        String name = names.name(code);
        String inSentence = names.inSentence(code);
        List<CountryRanking> ranked = rankings.get().ranked(code);
        List<CountryRanking> thin = rankings.get().thin(code);
        int detected = rankings.get().detectedTechnologies(code);
        String heading = "Web technologies in " + inSentence;
        String counts = (origin.isModeled() ? "modeled " : "") + "counts of " + unit + ".";
        String description = ranked.isEmpty()
                ? capitalized(technologies(detected)) + " detected in " + inSentence
                        + ", too few in any category to rank; from " + counts
                : "The leading technologies of " + categories(ranked.size()) + " in " + inSentence
                        + ", each beside its worldwide rank; " + technologies(detected) + " detected there, from "
                        + counts;
        // A page that ranks no category has nothing a search should lead to (see CountryRankings.withRanking).
        PageMeta meta = site.meta(route, heading + " — leaders by category | " + site.siteName(), description,
                ranked.isEmpty(), List.of(new Link("Countries", Routes.countries())), name);
        return new CountryView(meta, heading, intro(inSentence, detected, ranked.size()),
                Notes.modeled(origin, Notes.COUNTRIES),
                ranked.stream().map(ranking -> section(ranking, root)).toList(),
                thin.stream().map(ranking -> categoryLink(ranking, root)).toList(),
                thin.isEmpty() ? null : "Too little data to rank here (under " + Counts.format(rankings.get().minSample())
                        + " " + unit + " in the category):");
    }

    private String intro(String inSentence, int detected, int ranked) {
        if (detected == 0) {
            return "No technology was detected in " + inSentence + " in this snapshot.";
        }
        String found = capitalized(technologies(detected)) + (detected == 1 ? " was" : " were") + " detected in "
                + inSentence + ". ";
        if (ranked == 0) {
            return found + "No category has the " + Counts.format(rankings.get().minSample()) + " " + unit
                    + " here that a ranking needs, so none is ranked.";
        }
        return found + "For each of "
                + categories(ranked) + " with enough data, here are the technologies counted on the most " + unit
                + " there, with each one's rank worldwide, and those that rank much higher or lower here than "
                + "they do worldwide.";
    }

    private CountryView.CategorySection section(CountryRanking ranking, String root) {
        return new CountryView.CategorySection(
                ranking.category().slug(),
                categoryLink(ranking, root),
                Counts.format(ranking.total()) + " " + unit + " here",
                ranking.leaders().stream().map(p -> new CountryView.Leader(technologyLink(p.technology(), root),
                        ranks(p), Counts.format(p.count()) + " " + unit)).toList(),
                shifts(ranking.higherHere(), root),
                shifts(ranking.lowerHere(), root));
    }

    private List<CountryView.Shift> shifts(List<CountryRanking.Placing> placings, String root) {
        return placings.stream()
                .map(p -> new CountryView.Shift(technologyLink(p.technology(), root), ranks(p)))
                .toList();
    }

    /** "#1 here, #4 worldwide", or "not detected here, #4 worldwide". */
    static String ranks(CountryRanking.Placing placing) {
        String here = placing.detected() ? "#" + Counts.format(placing.rank()) + " here" : "not detected here";
        return here + ", #" + Counts.format(placing.worldRank()) + " worldwide";
    }

    CountryIndexView index() {
        String route = Routes.countries();
        String root = Routes.toRoot(route);
        List<String> codes = new ArrayList<>(rankings.get().countries());
        codes.sort(Comparator.comparing(names::name, CountryNames.ALPHABETICAL).thenComparing(Comparator.naturalOrder()));
        List<CountryIndexView.Entry> entries = new ArrayList<>();
        List<Link> items = new ArrayList<>();
        for (String code : codes) {
            entries.add(new CountryIndexView.Entry(new Link(names.name(code), root + Routes.country(code)),
                    technologies(rankings.get().detectedTechnologies(code)) + " detected"));
            items.add(new Link(names.name(code), Routes.country(code)));
        }
        String heading = "Web technologies by country";
        String description = "Which web technologies lead each category in " + codes.size()
                + " " + Plural.noun(codes.size(), "country", "countries") + ", beside their worldwide rank.";
        PageMeta meta = site.meta(route, heading + " | " + site.siteName(), description, false, List.of(),
                "Countries");
        String intro = "Pick a country to see which technologies lead each category there and how that differs "
                + "from the worldwide ranking. " + (codes.size() == 1 ? "One country has" : codes.size() + " countries have")
                + " figures in this snapshot.";
        return new CountryIndexView(meta, heading, intro, Notes.modeled(origin, Notes.COUNTRIES), entries,
                ListJsonLd.itemList(site, "Countries", items));
    }

    private static Link categoryLink(CountryRanking ranking, String root) {
        return new Link(ranking.category().name(), root + Routes.category(ranking.category().slug()));
    }

    private static Link technologyLink(Technology tech, String root) {
        return new Link(tech.name(), root + Routes.technology(tech.slug()));
    }

    private static String technologies(int count) {
        return Plural.count(count, "technology", "technologies");
    }

    private static String categories(int count) {
        return Plural.count(count, "category", "categories");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
