package dev.versus.load;

import dev.versus.load.JsonValue.StringValue;
import java.util.HashMap;
import java.util.Map;

/** The slugs of one kind (technologies, categories or site categories), checked as they are added. */
final class UniqueSlugs {
    private final Map<String, StringValue> firstBySlug = new HashMap<>();
    private final ErrorCollector errors;

    UniqueSlugs(ErrorCollector errors) {
        this.errors = errors;
    }

    /**
     * Adds a slug, reporting it when it breaks the slug rule or was added before. A slug that
     * breaks the rule is still added, so references to it do not each report it again.
     */
    void add(StringValue slug, JsonPath path) {
        Slugs.problem(slug.value()).ifPresent(problem -> errors.at(slug, path, problem));
        StringValue first = firstBySlug.putIfAbsent(slug.value(), slug);
        if (first != null) {
            errors.at(slug, path, "duplicate slug " + Quote.of(slug.value()) + " (first at line " + first.line()
                    + ", column " + first.column() + ")");
        }
    }

    boolean contains(String slug) {
        return firstBySlug.containsKey(slug);
    }
}
