package dev.versus.load;

import dev.versus.load.JsonValue.ArrayValue;
import dev.versus.load.JsonValue.IntegerValue;
import dev.versus.load.JsonValue.Member;
import dev.versus.load.JsonValue.ObjectValue;
import dev.versus.model.Category;
import dev.versus.model.SiteCategory;
import dev.versus.model.Snapshot;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parsed document against the snapshot format, version 1, reporting every error to the
 * collector, and builds the model when there is none. Parts that technologies refer to
 * (categories, site categories, country overrides) are read first, wherever they sit in the file.
 */
final class SnapshotValidator {
    static final int SCHEMA_VERSION = 1;
    private static final List<String> FIELDS =
            List.of("schemaVersion", "snapshot", "categories", "siteCategories", "technologies", "countries");

    private final ErrorCollector errors;
    private final Expect expect;

    SnapshotValidator(ErrorCollector errors) {
        this.errors = errors;
        this.expect = new Expect(errors);
    }

    /** The snapshot, or null when the collector has errors. */
    Snapshot validate(JsonValue root) {
        ObjectValue object = expect.object(root, JsonPath.ROOT);
        if (object == null || !readsVersion(object)) {
            return null;
        }
        ObjectFields fields = ObjectFields.check(object, JsonPath.ROOT, errors, FIELDS);
        expect.integer(fields.required("schemaVersion"), fields.path("schemaVersion"));
        SnapshotInfoReader header = new SnapshotInfoReader(expect);
        SnapshotInfo info = header.read(fields.required("snapshot"), fields.path("snapshot"));
        CategoryReader categoryReader = new CategoryReader(expect);
        List<Category> categories = categoryReader.categories(fields.required("categories"), fields.path("categories"));
        List<SiteCategory> siteCategories =
                categoryReader.siteCategories(fields.optional("siteCategories"), fields.path("siteCategories"));
        CountryCodes countries = CountryCodes.read(fields.optional("countries"), fields.path("countries"), expect);
        UsageReader usageReader =
                new UsageReader(expect, countries, categoryReader.siteCategorySlugs(), header.date());
        TechnologyReader technologyReader =
                new TechnologyReader(expect, categoryReader.categorySlugs(), usageReader);
        List<Technology> technologies = technologies(fields, technologyReader);
        if (errors.count() > 0) {
            return null;
        }
        return new Snapshot(info, categories, siteCategories, technologies, countries.overrides());
    }

    /**
     * False, after reporting it, when {@code schemaVersion} is an integer other than the one this
     * build reads. Nothing else is checked then: a later version's fields would only add noise.
     */
    private boolean readsVersion(ObjectValue root) {
        Member version = root.member("schemaVersion");
        if (version == null || !(version.value() instanceof IntegerValue number)) {
            return true; // missing or wrongly typed: reported with the other errors
        }
        if (number.big() == null && number.value() == SCHEMA_VERSION) {
            return true;
        }
        errors.at(number, JsonPath.ROOT.key("schemaVersion"), "unsupported schemaVersion " + number.text()
                + "; this build reads schemaVersion " + SCHEMA_VERSION);
        return false;
    }

    private List<Technology> technologies(ObjectFields fields, TechnologyReader reader) {
        JsonPath path = fields.path("technologies");
        ArrayValue array = expect.array(fields.required("technologies"), path);
        List<Technology> technologies = new ArrayList<>(array == null ? 0 : array.items().size());
        for (int i = 0; array != null && i < array.items().size(); i++) {
            Technology technology = reader.read(array.items().get(i), path.index(i));
            if (technology != null) {
                technologies.add(technology);
            }
        }
        return technologies;
    }
}
