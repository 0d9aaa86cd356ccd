package dev.versus.render;

import dev.versus.model.Message;
import dev.versus.text.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

/**
 * Which tables of the message files each kind of page uses, by its template, so that a page's
 * input key covers only the messages it can show: an edit to {@code [country]} in de.toml renders
 * the German country pages again, not the German comparisons. MessageTablesTest renders every
 * kind of page of a site while recording the keys it formats and fails when a kind uses a table
 * that is not listed here.
 */
final class MessageTables {
    /** The header, footer and breadcrumbs every page shows. */
    private static final Set<String> FRAME = Set.of("nav", "footer", "layout", "units");

    private static final Map<String, Set<String>> BY_TEMPLATE = Map.ofEntries(
            Map.entry("comparison.ftlh", Set.of("comparison", "badges", "sentences", "awards", "notes")),
            Map.entry("technology.ftlh", Set.of("technology", "category", "badges", "sentences", "awards", "notes")),
            Map.entry("category.ftlh", Set.of("category", "sentences", "notes", "pager")),
            Map.entry("category-comparisons.ftlh", Set.of("category", "sentences", "notes", "pager")),
            Map.entry("categories.ftlh", Set.of("category_list")),
            Map.entry("country.ftlh", Set.of("country", "sentences", "notes")),
            Map.entry("countries.ftlh", Set.of("countries", "notes")),
            Map.entry("home.ftlh", Set.of("home", "search", "category")),
            Map.entry("search.ftlh", Set.of("search", "category")),
            Map.entry("404.ftlh", Set.of("not_found")),
            Map.entry("page.ftlh", Set.of("json_ld")),
            Map.entry("methodology.ftlh", Set.of("methodology", "json_ld")));

    private MessageTables() {
    }

    /** The tables pages made with {@code template} use; every table for a template of the site's own. */
    static Set<String> of(String template) {
        return BY_TEMPLATE.get(template);
    }

    /** The table of a key: "comparison" for "comparison.facts". */
    static String tableOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /**
     * A digest of the language's messages in the template's tables and the frame's, and of its
     * names of categories and kinds of site; of every message for a template not listed.
     */
    static byte[] digest(Words words, String template) {
        Set<String> tables = of(template);
        MessageDigest digest = dev.versus.hash.Sha256.newDigest();
        digest.update((words.language().code() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Message message : words.messages().messages().values()) {
            String table = tableOf(message.key());
            if (tables == null || tables.contains(table) || FRAME.contains(table)) {
                digest.update((message.key() + "\u0000" + message.language() + "\u0000" + message.pattern() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        new java.util.TreeMap<>(words.names()).forEach((key, name) -> digest.update((key + "\u0000" + name + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return digest.digest();
    }
}
