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
    private final Words words;
    private final PopularitySentences popularity;
    private final LeadSentences leads;
    /**
     * "67,300 pages" by count: the totals of a category's technologies recur on every comparison
     * they are in, and each is a plural message formatted by ICU. Bounded by the distinct counts
     * a build words.
     */
    private static final String UNITS = "sentences.units";
    private final Map<Long, String> unitsByCount = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Wording in the language of {@code words}; {@code countries} should name countries in the same one.
     *
     * @param categories the snapshot's categories by slug, for award lines
     * @param siteCategoryNames display names of kinds of site by slug ("Education/Reference")
     */
    public Wording(Unit unit, CountryNames countries, Map<String, Category> categories,
            Map<String, String> siteCategoryNames, Words words) {
        this.unit = unit;
        this.countries = countries;
        this.categories = Map.copyOf(categories);
        this.words = words;
        this.popularity = new PopularitySentences(unit, words);
        this.leads = new LeadSentences(unit, countries, siteCategoryNames, words);
    }

    /** The wording for everything one snapshot describes, in the language of {@code words}. */
    public static Wording of(Snapshot snapshot, Words words) {
        return new Wording(snapshot.info().unit(), CountryNames.of(snapshot.countries(), words),
                snapshot.categories().stream().collect(Collectors.toMap(Category::slug, Function.identity())),
                snapshot.siteCategories().stream().collect(Collectors.toMap(SiteCategory::slug, SiteCategory::name)),
                words);
    }

    public CountryNames countryNames() {
        return countries;
    }

    public Words words() {
        return words;
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
        Words.noteShown(UNITS);
        return unitsByCount.computeIfAbsent(count, this::newUnits);
    }

    private String newUnits(long count) {
        return words.t(UNITS, "count", count, "unit", unit.plural());
    }

    /** "detected on 67,300 pages"; "not detected" for 0, as the change phrase says it. */
    public String detectedOn(long count) {
        return count == 0 ? words.t("sentences.not_detected") : words.t("sentences.detected_on", "units", units(count));
    }

    /**
     * One technology's bullet: "Django has a larger share of its pages in the United States than
     * Flask.", or null for none.
     */
    public String countryBullet(Technology technology, Technology other, CountryLead lead) {
        return leads.countryBullet(technology, other, lead);
    }

    /** Where each has the larger share of its own total: "Django has a larger share of its pages in ...; Flask ...". */
    public String countries(Comparison comparison) {
        return leads.countries(comparison);
    }

    /** "8th most popular in Ukraine in the Web frameworks category" (the rules' words). */
    public String award(Award award) {
        Category category = categories.get(award.category());
        String categoryName = category == null ? award.category() : words.categoryName(category.slug(), category.name());
        return words.t("awards.line", "rank", award.rank(), "country", countries.inSentence(award.country()),
                "category", categoryName);
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
        String since = words.formats().date(date);
        if (growth.earlier() == 0) {
            return growth.now() == 0 ? words.t("sentences.not_detected") : words.t("sentences.new_since", "date", since);
        }
        return words.t("sentences.change_since", "change", percentChange(growth.value()), "date", since);
    }

    /**
     * One technology's change where a heading already gives the date: "+12.3%", "−4.0%", "new"
     * when it was not detected then and is now, "not detected" when it is detected at neither date.
     */
    public String changeSinceHeading(Growth growth) {
        if (growth.earlier() == 0) {
            return growth.now() == 0 ? words.t("sentences.not_detected") : words.t("sentences.new");
        }
        return percentChange(growth.value());
    }

    /**
     * A change as a signed percentage in the language: "+12.3%", "−4.0%" (a real minus sign),
     * with the rules' digits ({@link Percentages#change}); only an exact 0 is unsigned.
     */
    public String percentChange(java.math.BigDecimal fraction) {
        String magnitude = words.formats().share(fraction.abs());
        return switch (fraction.signum()) {
            case 1 -> words.t("sentences.change_up", "percent", magnitude);
            case -1 -> words.t("sentences.change_down", "percent", magnitude);
            default -> magnitude;
        };
    }

    /** The page's meta description, from its own figures; see {@link MetaDescription}. */
    public String metaDescription(Comparison comparison) {
        Technology first = comparison.first();
        Technology second = comparison.second();
        return MetaDescription.fit(List.of(
                words.t("sentences.meta_first", "first", first.name(), "second", second.name(),
                        "sentence", popularity.sentence(comparison, false)),
                words.t("sentences.meta_totals", "first", first.name(), "first_units", units(first.total()),
                        "second", second.name(), "second_units", units(second.total())),
                words.t("sentences.meta_more")));
    }
}
