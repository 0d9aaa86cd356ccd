package dev.versus.derive;

import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Origin;
import dev.versus.model.Pricing;
import dev.versus.model.Provenance;
import dev.versus.model.Snapshot;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Technology;
import dev.versus.model.Unit;
import dev.versus.model.Usage;
import dev.versus.derive.SourceData.CatalogCategory;
import dev.versus.derive.SourceData.CatalogTechnology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the source data into a snapshot: every technology with a current usage count, with
 * its catalog facts, measured total and history, and modeled breakdowns. Records what it
 * dropped or changed in a {@link DerivationSummary}.
 */
final class SnapshotAssembly {
    private static final Provenance PROVENANCE =
            new Provenance(Origin.MEASURED, Origin.MODELED, Origin.MODELED, Origin.MEASURED, null);

    private final SourceData data;
    private final CountryModel countries;
    private final SiteKindModel siteKinds = new SiteKindModel();
    private final SlugAssignment slugs;
    private final Map<String, String> categorySlugs = new TreeMap<>();
    private final List<String> notInCatalog = new ArrayList<>();
    private final List<String> withoutCategory = new ArrayList<>();
    private int websitesDropped;
    private int pricingTagsDropped;

    SnapshotAssembly(SourceData data) {
        this.data = data;
        this.countries = new CountryModel(data.domainsByCountry(), data.countryCodes());
        this.slugs = new SlugAssignment(new TreeSet<>(data.currentUsage().keySet()));
    }

    Snapshot snapshot() {
        List<Technology> technologies = new ArrayList<>();
        for (String sourceSlug : new TreeSet<>(data.currentUsage().keySet())) {
            Technology technology = technology(sourceSlug);
            if (technology != null) {
                technologies.add(technology);
            }
        }
        technologies.sort((a, b) -> a.slug().compareTo(b.slug()));
        SnapshotInfo info = new SnapshotInfo(LocalDate.parse(SourceData.CURRENT_DATE), SnapshotNotes.TITLE,
                SnapshotNotes.SOURCE, Unit.PAGES, PROVENANCE, SnapshotNotes.NOTES);
        return new Snapshot(info, usedCategories(technologies), SiteKinds.asSiteCategories(), technologies, Map.of());
    }

    DerivationSummary summary(Snapshot snapshot) {
        Set<String> countriesUsed = new TreeSet<>();
        snapshot.technologies().forEach(t -> countriesUsed.addAll(t.usage().byCountry().keySet()));
        int withHistory = (int) snapshot.technologies().stream().filter(t -> !t.usage().history().isEmpty()).count();
        return new DerivationSummary(snapshot.technologies().size(), snapshot.categories().size(),
                PairCount.sharingACategory(snapshot.technologies()), withHistory, countries.baseWeights().size(),
                countriesUsed.size(), slugs.remapped(), notInCatalog, withoutCategory, websitesDropped,
                pricingTagsDropped);
    }

    private Technology technology(String sourceSlug) {
        CatalogTechnology facts = data.technologiesBySlug().get(sourceSlug);
        if (facts == null) {
            notInCatalog.add(sourceSlug);
            return null;
        }
        List<String> categories = categories(facts);
        if (categories.isEmpty()) {
            withoutCategory.add(sourceSlug);
            return null;
        }
        String slug = slugs.slugFor(sourceSlug);
        String website = WebsiteRule.acceptable(facts.website());
        if (website == null && facts.website() != null) {
            websitesDropped++;
        }
        return new Technology(slug, facts.name(), categories, website, null, facts.oss(), pricing(facts), null,
                usage(slug, sourceSlug, categories), List.of());
    }

    /** Catalog order, repeats and unknown ids dropped. */
    private List<String> categories(CatalogTechnology facts) {
        Set<String> slugsInOrder = new LinkedHashSet<>();
        for (long id : facts.categoryIds()) {
            CatalogCategory category = data.categoriesById().get(id);
            if (category != null) {
                slugsInOrder.add(categorySlugs.computeIfAbsent(category.slug(),
                        s -> SlugRule.validAndUnique(s, new TreeSet<>(categorySlugs.values()))));
            }
        }
        return new ArrayList<>(slugsInOrder);
    }

    /** Wappalyzer's own tags only, in the format's order; nothing is added. */
    private List<Pricing> pricing(CatalogTechnology facts) {
        Set<Pricing> tags = EnumSet.noneOf(Pricing.class);
        for (String tag : facts.pricing()) {
            Pricing pricing = Pricing.fromJson(tag);
            if (pricing == null) {
                pricingTagsDropped++;
            } else {
                tags.add(pricing);
            }
        }
        return new ArrayList<>(tags);
    }

    /** Models are seeded with the snapshot slug, the one readers see and can recompute from. */
    private Usage usage(String slug, String sourceSlug, List<String> categories) {
        long total = data.currentUsage().get(sourceSlug);
        Long earlier = data.earlierUsage().get(sourceSlug);
        List<HistoryPoint> history = earlier == null ? List.of()
                : List.of(new HistoryPoint(LocalDate.parse(SourceData.EARLIER_DATE), earlier));
        return new Usage(total, countries.allocate(slug, total), siteKinds.allocate(slug, total, categories), history);
    }

    private List<Category> usedCategories(List<Technology> technologies) {
        Set<String> used = new TreeSet<>();
        technologies.forEach(t -> used.addAll(t.categories()));
        List<Category> categories = new ArrayList<>();
        for (CatalogCategory category : data.categoriesById().values()) {
            String slug = categorySlugs.get(category.slug());
            if (slug != null && used.contains(slug)) {
                categories.add(new Category(slug, category.name(), CategorySingulars.of(category.slug(), category.name())));
            }
        }
        categories.sort((a, b) -> a.slug().compareTo(b.slug()));
        return categories;
    }
}
