package dev.versus.load;

import dev.versus.load.JsonValue.ArrayValue;
import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.load.JsonValue.StringValue;
import dev.versus.model.Category;
import dev.versus.model.SiteCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code categories} and {@code siteCategories}, collecting their slugs so that technologies
 * can be checked against them with a lookup rather than a scan.
 */
final class CategoryReader {
    private static final List<String> CATEGORY_FIELDS = List.of("slug", "name", "singular");
    private static final List<String> SITE_CATEGORY_FIELDS = List.of("slug", "name");

    private final Expect expect;
    private final ErrorCollector errors;
    private final UniqueSlugs categorySlugs;
    private final UniqueSlugs siteCategorySlugs;

    CategoryReader(Expect expect) {
        this.expect = expect;
        this.errors = expect.errors();
        this.categorySlugs = new UniqueSlugs(errors);
        this.siteCategorySlugs = new UniqueSlugs(errors);
    }

    UniqueSlugs categorySlugs() {
        return categorySlugs;
    }

    UniqueSlugs siteCategorySlugs() {
        return siteCategorySlugs;
    }

    /** The required, non-empty {@code categories}. */
    List<Category> categories(JsonValue value, JsonPath path) {
        ArrayValue array = expect.nonEmptyArray(value, path, "category");
        List<Category> categories = new ArrayList<>();
        for (int i = 0; array != null && i < array.items().size(); i++) {
            ObjectFields fields = entry(array.items().get(i), path.index(i), CATEGORY_FIELDS, categorySlugs);
            if (fields == null) {
                continue;
            }
            int before = errors.count();
            String slug = slugText(fields);
            String name = expect.name(fields.required("name"), fields.path("name"), "name");
            String singular = expect.name(fields.required("singular"), fields.path("singular"), "singular");
            if (errors.count() == before && slug != null) {
                categories.add(new Category(slug, name, singular));
            }
        }
        return categories;
    }

    /** The optional {@code siteCategories}; empty when absent. */
    List<SiteCategory> siteCategories(JsonValue value, JsonPath path) {
        ArrayValue array = value == null ? null : expect.array(value, path);
        List<SiteCategory> siteCategories = new ArrayList<>();
        for (int i = 0; array != null && i < array.items().size(); i++) {
            ObjectFields fields = entry(array.items().get(i), path.index(i), SITE_CATEGORY_FIELDS, siteCategorySlugs);
            if (fields == null) {
                continue;
            }
            String slug = slugText(fields);
            String name = expect.name(fields.required("name"), fields.path("name"), "name");
            if (slug != null && name != null) {
                siteCategories.add(new SiteCategory(slug, name));
            }
        }
        return siteCategories;
    }

    /** One entry's fields, its slug checked and registered; null when the entry is not an object. */
    private ObjectFields entry(JsonValue value, JsonPath path, List<String> known, UniqueSlugs slugs) {
        ObjectValue object = expect.object(value, path);
        if (object == null) {
            return null;
        }
        ObjectFields fields = ObjectFields.check(object, path, errors, known);
        StringValue slug = expect.string(fields.required("slug"), fields.path("slug"));
        if (slug != null) {
            slugs.add(slug, fields.path("slug"));
        }
        return fields;
    }

    private static String slugText(ObjectFields fields) {
        return fields.optional("slug") instanceof StringValue slug ? slug.value() : null;
    }
}
