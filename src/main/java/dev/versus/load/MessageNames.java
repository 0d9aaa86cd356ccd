package dev.versus.load;

import dev.versus.model.Category;
import dev.versus.model.MessageName;
import dev.versus.model.SiteCategory;
import dev.versus.model.SiteMessages;
import dev.versus.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message files' names of the snapshot's categories and kinds of site, checked against the
 * snapshot once both are read. The snapshot names them in the site's first language; every
 * other language needs a name for each ({@code [categories]}, {@code [site_kinds]}), unless its
 * fallback chain reaches the first language, whose names are the snapshot's. A name for
 * something the snapshot does not have is not read: a new snapshot that drops a category must not
 * break a rebuild, and one file may serve several snapshots.
 */
public final class MessageNames {
    private MessageNames() {
    }

    /** @throws InvalidContentException listing every missing or unknown name, at most 50 */
    public static void check(SiteMessages messages, Snapshot snapshot) throws InvalidContentException {
        List<String> errors = new ArrayList<>();
        Set<String> categories = new TreeSet<>();
        snapshot.categories().stream().map(Category::slug).forEach(categories::add);
        Set<String> kinds = new TreeSet<>();
        snapshot.siteCategories().stream().map(SiteCategory::slug).forEach(kinds::add);
        List<String> languages = messages.languages();
        for (String language : languages) {
            Map<String, MessageName> names = messages.namesIn(language);
            boolean reachesFirst = messages.of(language).languages().contains(languages.get(0));
            if (!reachesFirst) {
                String file = messages.files().get(language);
                missing(names, "categories.", categories, file, language, errors);
                missing(names, "site_kinds.", kinds, file, language, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors.size() > 50 ? errors.subList(0, 50) : errors);
        }
    }


    private static void missing(Map<String, MessageName> names, String table, Set<String> slugs, String file,
            String language, List<String> errors) {
        List<String> lacking = slugs.stream().filter(slug -> !names.containsKey(table + slug)).toList();
        if (!lacking.isEmpty()) {
            String tableName = table.substring(0, table.length() - 1);
            errors.add(file + ":1:1: no " + language + " name for " + lacking.size() + " of the snapshot's "
                    + tableName.replace('_', ' ') + ": " + String.join(", ", lacking.subList(0, Math.min(5,
                            lacking.size()))) + (lacking.size() > 5 ? ", …" : "") + "; add them under ["
                    + tableName + "] (slug = \"name\"), or name a fallback language: [language] fallback");
        }
    }
}
