package dev.versus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import dev.versus.model.NavLink;
import dev.versus.model.PageKind;
import dev.versus.model.RedirectFormat;
import dev.versus.model.SiteConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import dev.versus.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads versus.toml into a {@link SiteConfig}. Every key is optional; an unknown table or key, a
 * value of the wrong type, a URL that is not absolute or a name Versus does not know is an error
 * at its line and column, all of them reported together.
 */
public final class SiteConfigReader {
    private static final TomlFactory TOML = new TomlFactory();

    /** The name a build looks for in the current folder. */
    public static final String FILE_NAME = "versus.toml";

    private static final List<String> SITE_KEYS = List.of("title", "tagline", "taglines", "baseUrl", "dataSource",
            "languages");
    private static final List<String> BUILD_KEYS =
            List.of("snapshot", "content", "templates", "output", "pages", "redirects");
    private static final List<String> LINK_KEYS = List.of("label", "labels", "url");
    private static final String TABLES = "[site], [build], [[nav]], [[footer]]";

    private final String name;
    /** The [site] table, whose languages decide which languages labels and taglines may name. */
    private JsonNode rootSite;
    private final Path folder;
    private final TomlPositions positions;
    /** Errors by position, so that they read in the file's order whichever check found them. */
    private final java.util.TreeMap<Long, String> errors = new java.util.TreeMap<>();

    private SiteConfigReader(String name, Path folder, TomlPositions positions) {
        this.name = name;
        this.folder = folder;
        this.positions = positions;
    }

    /**
     * The configuration in that file; its paths are resolved against the file's folder.
     *
     * @throws InvalidContentException when the file is not valid TOML or not a valid configuration
     */
    public static SiteConfig read(Path file) throws IOException, InvalidContentException {
        String name = SourceNames.of(file);
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file)).toString();
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new InvalidContentException(List.of(name + ":" + e.line() + ":" + e.column() + ": "
                    + e.getMessage() + "; save versus.toml as UTF-8"));
        }
        return parse(name, file.getParent(), text);
    }

    /** The configuration in {@code text}, named {@code name} in messages, with paths under {@code folder} (null: as written). */
    static SiteConfig parse(String name, Path folder, String text) throws InvalidContentException {
        JsonNode root;
        try {
            root = readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
            int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
            throw new InvalidContentException(List.of(name + ":" + line + ":" + column + ": " + e.getOriginalMessage()));
        }
        SiteConfigReader reader = new SiteConfigReader(name, folder, TomlPositions.scan(text));
        SiteConfig config = reader.config(root == null ? JsonNodeFactory.instance.objectNode() : root);
        if (!reader.errors.isEmpty()) {
            throw new InvalidContentException(List.copyOf(reader.errors.values()));
        }
        return config;
    }

    /**
     * The document as a tree, built from the TOML factory's tokens rather than by a TomlMapper,
     * whose setup alone cost a quarter of a second of every command's start (measured: 350 ms
     * against 90 ms for this repository's versus.toml), a delay `serve` pays before its first page.
     */
    static JsonNode readTree(String text) throws JsonProcessingException {
        try (JsonParser parser = TOML.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(parser, first);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a String has nothing to fail on reading
        }
    }

    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, node(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(node(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_EMBEDDED_OBJECT -> {
                return nodes.pojoNode(parser.getEmbeddedObject());
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    private SiteConfig config(JsonNode root) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!List.of("site", "build", "nav", "footer").contains(key)) {
                error(key, "unknown " + (root.get(key).isObject() || root.get(key).isArray() ? "table" : "key")
                        + " \"" + key + "\"; versus.toml has the tables " + TABLES);
            }
        }
        JsonNode site = table(root, "site", SITE_KEYS);
        rootSite = site;
        JsonNode build = table(root, "build", BUILD_KEYS);
        SiteConfig d = SiteConfig.DEFAULTS;
        List<String> languages = languages(site);
        String tagline = string(site, "site", "tagline", d.tagline());
        return new SiteConfig(
                string(site, "site", "title", d.title()),
                tagline,
                translations(site, "site", "taglines", tagline != null, "tagline", languages),
                url(site),
                string(site, "site", "dataSource", d.dataSource()),
                path(build, "snapshot"), path(build, "content"), path(build, "templates"), path(build, "output"),
                pages(build),
                names(build, "redirects", RedirectFormat.class, RedirectFormat::ofKey, "redirect format",
                        Arrays.stream(RedirectFormat.values()).map(RedirectFormat::key).toList(), d.redirects()),
                links(root, "nav", d.nav(), languages),
                links(root, "footer", d.footer(), languages),
                languages);
    }

    /** [site] languages: known codes, each once; the first is served at the root. */
    private List<String> languages(JsonNode site) {
        JsonNode value = site == null ? null : site.get("languages");
        if (value == null) {
            return SiteConfig.DEFAULT_LANGUAGES;
        }
        if (!value.isArray() || value.isEmpty()) {
            valueError("site.languages", "languages must be a non-empty array of language codes, got "
                    + (value.isArray() ? "an empty array" : kind(value)));
            return SiteConfig.DEFAULT_LANGUAGES;
        }
        List<String> languages = new ArrayList<>();
        for (JsonNode element : value) {
            String code = element.isTextual() ? element.textValue() : null;
            String problem = code == null ? "languages must be an array of strings, got " + kind(element) + " in it"
                    : Language.of(code).isEmpty() ? "unknown language \"" + code + "\"; known: " + Language.codes()
                    : languages.contains(code) ? "language \"" + code + "\" is listed twice" : null;
            if (problem != null) {
                // A repeated code is shown at its second listing, every other mistake at its first.
                at(positions.element("site.languages", element.isTextual() ? "\"" + code + "\"" : element.toString(),
                        code != null && languages.contains(code) ? 2 : 1), problem);
                return SiteConfig.DEFAULT_LANGUAGES;
            }
            languages.add(code);
        }
        return languages;
    }

    /**
     * A table of words in each language but the first ({@code taglines}, {@code labels}): required
     * when {@code needed} (the words are set for the first language), for exactly the other languages.
     */
    private Map<String, String> translations(JsonNode table, String path, String key, boolean needed, String what,
            List<String> languages) {
        JsonNode value = table == null ? null : table.get(key);
        List<String> others = languages.subList(1, languages.size());
        // Without [site] languages, the languages may come from --languages: any shipped one may be given.
        boolean languagesSet = table != null && rootSite != null && rootSite.get("languages") != null;
        List<String> allowed = languagesSet ? others
                : java.util.Arrays.stream(Language.values()).map(Language::code).filter(c -> !c.equals(languages.get(0)))
                        .toList();
        Map<String, String> words = new java.util.TreeMap<>();
        if (value != null && !value.isObject()) {
            valueError(path + "." + key, key + " must be a table of words by language, like { de = \"…\" }, got "
                    + kind(value));
            return words;
        }
        if (value != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!allowed.contains(entry.getKey())) {
                    error(path + "." + key + "." + entry.getKey(), "\"" + entry.getKey() + "\" in " + key
                            + " is not one of the site's other languages " + others);
                } else if (!entry.getValue().isTextual()) {
                    valueError(path + "." + key + "." + entry.getKey(), key + " must hold strings, got "
                            + kind(entry.getValue()));
                } else {
                    words.put(entry.getKey(), entry.getValue().textValue());
                }
            }
        }
        List<String> missing = others.stream().filter(code -> !words.containsKey(code)).toList();
        if (needed && !missing.isEmpty()) {
            error(path + "." + what, "the " + what + " has no words for " + String.join(", ", missing) + "; give them with "
                    + key + " = { " + missing.get(0) + " = \"…\" }, or leave the " + what
                    + " out to use the message files' words");
        }
        return words;
    }

    /** The table at {@code key}, after reporting its unknown keys; null when absent or not a table. */
    private JsonNode table(JsonNode parent, String key, List<String> known) {
        JsonNode table = parent.get(key);
        if (table == null) {
            return null;
        }
        if (!table.isObject()) {
            error(key, "\"" + key + "\" must be a table [" + key + "], got " + kind(table));
            return null;
        }
        unknownKeys(table, key, "[" + key + "]", known);
        return table;
    }

    private void unknownKeys(JsonNode table, String path, String shown, List<String> known) {
        for (Iterator<String> it = table.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                error(path + "." + key, "unknown key \"" + key + "\" in " + shown + "; known keys: "
                        + String.join(", ", known));
            }
        }
    }

    private String string(JsonNode table, String path, String key, String fallback) {
        JsonNode value = table == null ? null : table.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            valueError(path + "." + key, key + " must be a string, got " + kind(value));
            return fallback;
        }
        return value.textValue();
    }

    private URI url(JsonNode site) {
        String text = string(site, "site", "baseUrl", null);
        if (text == null) {
            return null;
        }
        URI uri = BaseUrls.parse(text);
        if (uri == null) {
            valueError("site.baseUrl", "baseUrl must be an absolute http(s) URL, got \"" + text + "\"");
        }
        return uri;
    }

    private Path path(JsonNode build, String key) {
        String text = string(build, "build", key, null);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            valueError("build." + key, key + " must name a path, got an empty string");
            return null;
        }
        return folder == null ? Path.of(text) : folder.resolve(text);
    }

    /**
     * The page kinds to build. Every page links to comparisons, technologies and categories, so
     * only countries and search can be left out.
     */
    private Set<PageKind> pages(JsonNode build) {
        Set<PageKind> pages = names(build, "pages", PageKind.class, PageKind::ofKey, "page kind",
                Arrays.stream(PageKind.values()).map(PageKind::key).toList(), SiteConfig.DEFAULTS.pages());
        List<String> missing = List.of(PageKind.COMPARISONS, PageKind.TECHNOLOGIES, PageKind.CATEGORIES).stream()
                .filter(kind -> !pages.contains(kind)).map(kind -> "\"" + kind.key() + "\"").toList();
        if (!missing.isEmpty() && build != null && build.get("pages") != null && build.get("pages").isArray()) {
            valueError("build.pages", "pages must include \"comparisons\", \"technologies\" and \"categories\""
                    + " (every page links to them); only \"countries\" and \"search\" can be left out; missing: "
                    + String.join(", ", missing));
        }
        return pages;
    }

    private <E extends Enum<E>> Set<E> names(JsonNode build, String key, Class<E> type, Function<String, E> byName,
            String what, List<String> known, Set<E> fallback) {
        JsonNode value = build == null ? null : build.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isArray()) {
            valueError("build." + key, key + " must be an array of strings, got " + kind(value));
            return fallback;
        }
        Set<E> chosen = EnumSet.noneOf(type);
        for (JsonNode element : value) {
            E named = element.isTextual() ? byName.apply(element.textValue()) : null;
            if (!element.isTextual()) {
                valueError("build." + key, key + " must be an array of strings, got " + kind(element) + " in it");
            } else if (named == null) {
                at(positions.element("build." + key, "\"" + element.textValue() + "\""), "unknown " + what + " \""
                        + element.textValue() + "\" in [build] " + key + "; known: " + String.join(", ", known));
            } else {
                chosen.add(named);
            }
        }
        return chosen;
    }

    private List<NavLink> links(JsonNode root, String key, List<NavLink> fallback, List<String> languages) {
        JsonNode value = root.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isArray()) {
            error(key, "\"" + key + "\" must be an array of tables [[" + key + "]], got " + kind(value));
            return fallback;
        }
        List<NavLink> links = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String path = key + "[" + i + "]";
            JsonNode link = value.get(i);
            if (!link.isObject()) {
                error(path, "each [[" + key + "]] must be a table with label and url, got " + kind(link));
                continue;
            }
            unknownKeys(link, path, "[[" + key + "]]", LINK_KEYS);
            String label = required(link, path, key, "label");
            String url = required(link, path, key, "url");
            Map<String, String> labels = translations(link, path, "labels", label != null, "label", languages);
            if (url != null && !url.startsWith("/") && BaseUrls.parse(url) == null) {
                valueError(path + ".url", "url must be a path from the site root (\"/about/\") or an absolute"
                        + " http(s) URL, got \"" + url + "\"");
            } else if (label != null && url != null) {
                links.add(new NavLink(label, url, labels, null));
            }
        }
        return links;
    }

    private String required(JsonNode link, String path, String key, String field) {
        if (link.get(field) == null) {
            error(path, "[[" + key + "]] needs a " + field);
            return null;
        }
        return string(link, path, field, null);
    }

    /** What a TOML value is, as a message names it ("an integer", "a table"); message files use it too. */
    static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a float";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "a table";
        }
        return value.isPojo() ? "a date or time" : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** An error at the key (or table) at that path. */
    private void error(String path, String message) {
        TomlPositions.Position p = positions.of(path);
        add(p.line(), p.column(), message);
    }

    /** An error at the value of the key at that path. */
    private void valueError(String path, String message) {
        TomlPositions.Position p = positions.of(path);
        add(p.valueLine(), p.valueColumn(), message);
    }

    private void at(TomlPositions.Position p, String message) {
        add(p.line(), p.column(), message);
    }

    private void add(int line, int column, String message) {
        // Two errors at one place (a link missing both label and url) keep their order.
        long key = ((long) line << 40) | ((long) column << 16) | errors.size();
        errors.put(key, name + ":" + line + ":" + column + ": " + message);
    }
}
