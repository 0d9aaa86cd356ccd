package dev.versus.text;

import dev.versus.compare.Award;
import dev.versus.compare.Comparison;
import dev.versus.compare.CountryLead;
import dev.versus.compare.Growth;
import dev.versus.model.Category;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import dev.versus.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sentences of a comparison page, built from its figures as the comparison rules word them.
 * Names are plain text: escaping is the template's job, so nothing here is HTML.
 *
 * <p>Rules: docs/comparison-rules.md §6.4, §7.2, §10.5.
 */
public final class Wording {
    private final Unit unit;
    private final CountryNames countries;
    private final Map<String, Category> categories;
    private final PopularitySentences popularity;
    private final LeadSentences leads;

    /**
     * @param categories the snapshot's categories by slug, for award lines
     * @param siteCategoryNames display names of kinds of site by slug ("Education/Reference")
     */
    public Wording(Unit unit, CountryNames countries, Map<String, Category> categories,
            Map<String, String> siteCategoryNames) {
        this.unit = unit;
        this.countries = countries;
        this.categories = Map.copyOf(categories);
        this.popularity = new PopularitySentences(unit);
        this.leads = new LeadSentences(unit, countries, siteCategoryNames);
    }

    /** The wording for everything one snapshot describes. */
    public static Wording of(Snapshot snapshot) {
        return new Wording(snapshot.info().unit(), new CountryNames(snapshot.countries()),
                snapshot.categories().stream().collect(Collectors.toMap(Category::slug, Function.identity())),
                snapshot.siteCategories().stream().collect(Collectors.toMap(SiteCategory::slug, SiteCategory::name)));
    }

    public CountryNames countryNames() {
        return countries;
    }

    /** The headline bullet: "Django is much more popular than Flask." */
    public String headline(Comparison comparison) {
        return popularity.headline(comparison);
    }

    /** The rules' popularity sentence: "The Django web framework is 36 times more popular than Flask." */
    public String popularity(Comparison comparison) {
        return popularity.sentence(comparison, true);
    }

    /** "67,300 pages", "1 page", "0 pages". */
    public String units(long count) {
        return Plural.count(count, unit.singular(), unit.plural());
    }

    /** "detected on 67,300 pages"; "not detected" for 0, as the change phrase says it. */
    public String detectedOn(long count) {
        return count == 0 ? "not detected" : "detected on " + units(count);
    }

    /**
     * One technology's bullet: "Django has a larger share of its pages in the United States than
     * Flask.", or null for none.
     */
    public String countryBullet(Technology technology, Technology other, CountryLead lead) {
        String clause = leads.countryClause(technology, other, lead);
        return clause == null ? null : clause + ".";
    }

    /** Where each has the larger share of its own total: "Django has a larger share of its pages in ...; Flask ...". */
    public String countries(Comparison comparison) {
        return leads.countries(comparison);
    }

    /** "8th most popular in Ukraine in the Web frameworks category" (the rules' words). */
    public String award(Award award) {
        Category category = categories.get(award.category());
        String categoryName = category == null ? award.category() : category.name();
        return Ordinals.of(award.rank()) + " most popular in " + countries.inSentence(award.country())
                + " in the " + categoryName + " category";
    }

    /** Which kinds of site each has the larger share on: "Django has a larger share of its pages on sites focused on ...". */
    public String siteCategories(Comparison comparison) {
        return leads.siteCategories(comparison);
    }

    /** A kind of site inside a sentence: "education and reference". */
    public String siteCategoryInSentence(String slug) {
        return leads.siteCategoryInSentence(slug);
    }

    /**
     * One technology's change: "+12.3% since 1 February 2022"; "new since 1 February 2022" when it
     * was not detected then and is now; "not detected" when it is detected at neither date.
     */
    public String change(Growth growth, LocalDate date) {
        if (growth.earlier() == 0) {
            return growth.now() == 0 ? "not detected" : "new since " + Dates.format(date);
        }
        return Percentages.change(growth.value()) + " since " + Dates.format(date);
    }

    /**
     * One technology's change where a heading already gives the date: "+12.3%", "−4.0%", "new"
     * when it was not detected then and is now, "not detected" when it is detected at neither date.
     */
    public String changeSinceHeading(Growth growth) {
        if (growth.earlier() == 0) {
            return growth.now() == 0 ? "not detected" : "new";
        }
        return Percentages.change(growth.value());
    }

    /** The page's meta description, from its own figures; see {@link MetaDescription}. */
    public String metaDescription(Comparison comparison) {
        Technology first = comparison.first();
        Technology second = comparison.second();
        return MetaDescription.fit(List.of(
                first.name() + " vs " + second.name() + ": " + popularity.sentence(comparison, false),
                first.name() + " is detected on " + units(first.total()) + " and " + second.name()
                        + " on " + units(second.total()) + ".",
                "Compare by country and kind of site."));
    }
}
