package dev.versus.load;

import dev.versus.load.JsonValue.ArrayValue;
import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.load.JsonValue.StringValue;
import dev.versus.model.Pricing;
import dev.versus.model.Technology;
import dev.versus.model.TopSite;
import dev.versus.model.Usage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one entry of {@code technologies}, checking its slug and references as it goes. */
final class TechnologyReader {
    private static final List<String> FIELDS = List.of("slug", "name", "categories", "website", "headquarters",
            "openSource", "pricing", "about", "usage", "topSites");
    private static final List<String> TOP_SITE_FIELDS = List.of("domain", "rank");
    private static final String PRICING_VALUES =
            Arrays.stream(Pricing.values()).map(Pricing::json).collect(Collectors.joining(", "));

    private final Expect expect;
    private final ErrorCollector errors;
    private final UniqueSlugs technologySlugs;
    private final UniqueSlugs categorySlugs;
    private final UsageReader usageReader;

    TechnologyReader(Expect expect, UniqueSlugs categorySlugs, UsageReader usageReader) {
        this.expect = expect;
        this.errors = expect.errors();
        this.technologySlugs = new UniqueSlugs(errors);
        this.categorySlugs = categorySlugs;
        this.usageReader = usageReader;
    }

    /** The technology, or null when it has errors (all reported). */
    Technology read(JsonValue value, JsonPath path) {
        ObjectValue object = expect.object(value, path);
        if (object == null) {
            return null;
        }
        int before = errors.count();
        ObjectFields fields = ObjectFields.check(object, path, errors, FIELDS);
        StringValue slug = expect.string(fields.required("slug"), fields.path("slug"));
        if (slug != null) {
            technologySlugs.add(slug, fields.path("slug"));
        }
        String name = expect.name(fields.required("name"), fields.path("name"), "name");
        List<String> categories = categories(fields.required("categories"), fields.path("categories"));
        String website = website(fields.optional("website"), fields.path("website"));
        String headquarters =
                expect.nullableName(fields.optional("headquarters"), fields.path("headquarters"), "headquarters");
        JsonValue openSourceValue = fields.optional("openSource");
        // Boolean.FALSE, not false: a primitive there would unbox bool()'s null (wrong type) and throw.
        Boolean openSource = openSourceValue == null
                ? Boolean.FALSE : expect.bool(openSourceValue, fields.path("openSource"));
        List<Pricing> pricing = pricing(fields.optional("pricing"), fields.path("pricing"));
        String about = expect.markdown(fields.optional("about"), fields.path("about"), "about text", true);
        Usage usage = usageReader.read(fields.required("usage"), fields.path("usage"));
        List<TopSite> topSites = topSites(fields.optional("topSites"), fields.path("topSites"));
        if (errors.count() > before) {
            return null;
        }
        return new Technology(slug.value(), name, categories, website, headquarters, openSource, pricing, about,
                usage, topSites);
    }

    private List<String> categories(JsonValue value, JsonPath path) {
        ArrayValue array = expect.nonEmptyArray(value, path, "category");
        if (array == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        List<String> slugs = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            StringValue category = expect.string(array.items().get(i), path.index(i));
            if (category == null) {
                continue;
            }
            slugs.add(category.value());
            if (!seen.add(category.value())) {
                errors.at(category, path.index(i), "category " + Quote.of(category.value()) + " is listed twice");
            } else if (!categorySlugs.contains(category.value())) {
                errors.at(category, path.index(i), "unknown category " + Quote.of(category.value())
                        + "; it is not a slug in $.categories");
            }
        }
        return slugs;
    }

    private String website(JsonValue value, JsonPath path) {
        String url = expect.nullableText(value, path);
        if (url == null) {
            return null;
        }
        Optional<String> shown = ShownText.oneLineProblem("website", url, ShownText.MAX_URL_LENGTH);
        Optional<String> problem = shown.isPresent() ? shown : Websites.problem(url)
                .map(reason -> "expected an absolute http(s) URL, found " + Quote.of(url) + ": " + reason);
        problem.ifPresent(message -> errors.at(value, path, message));
        return url;
    }

    private List<Pricing> pricing(JsonValue value, JsonPath path) {
        if (value == null) {
            return List.of();
        }
        ArrayValue array = expect.array(value, path);
        List<Pricing> tags = new ArrayList<>();
        for (int i = 0; array != null && i < array.items().size(); i++) {
            StringValue tag = expect.string(array.items().get(i), path.index(i));
            Pricing pricing = tag == null ? null : Pricing.fromJson(tag.value());
            if (pricing != null) {
                tags.add(pricing);
            } else if (tag != null) {
                errors.at(tag, path.index(i), "unknown pricing " + Quote.of(tag.value()) + "; expected one of: "
                        + PRICING_VALUES);
            }
        }
        return tags;
    }

    private List<TopSite> topSites(JsonValue value, JsonPath path) {
        if (value == null) {
            return List.of();
        }
        ArrayValue array = expect.array(value, path);
        List<TopSite> sites = new ArrayList<>();
        for (int i = 0; array != null && i < array.items().size(); i++) {
            ObjectValue item = expect.object(array.items().get(i), path.index(i));
            if (item == null) {
                continue;
            }
            ObjectFields fields = ObjectFields.check(item, path.index(i), errors, TOP_SITE_FIELDS);
            String domain = expect.oneLine(fields.required("domain"), fields.path("domain"), "domain",
                    ShownText.MAX_DOMAIN_LENGTH);
            Long rank = expect.integerAtLeast(1, "a rank", fields.required("rank"), fields.path("rank"));
            if (domain != null && rank != null) {
                sites.add(new TopSite(domain, rank));
            }
        }
        return sites;
    }
}
