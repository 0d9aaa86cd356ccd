package dev.versus.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.versus.render.CategoriesView;
import dev.versus.render.CategoryListView;
import dev.versus.render.CategoryView;
import dev.versus.render.ComparisonView;
import dev.versus.render.ContentView;
import dev.versus.render.CountryIndexView;
import dev.versus.render.CountryView;
import dev.versus.render.HomeView;
import dev.versus.render.NotFoundView;
import dev.versus.render.SearchView;
import dev.versus.render.TechnologyView;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md names every field of every record a page template can reach, under a
 * {@code ### Record} heading (nested records as {@code Outer.Inner}) in a table whose first column
 * is the field in backticks; and it names nothing that is not there. The failure lists each
 * difference as {@code Record.field}, so whoever adds or renames a view field knows what to write.
 */
class TemplatesDocTest {

    private static final Path DOC = Path.of("docs", "templates.md");
    /** The records handed to templates as {@code page}, one per page type. */
    private static final List<Class<?>> PAGE_VIEWS = List.of(ComparisonView.class, TechnologyView.class,
            CategoryView.class, CategoryListView.class, CategoriesView.class, HomeView.class, CountryView.class,
            CountryIndexView.class, ContentView.class, SearchView.class, NotFoundView.class);
    private static final Pattern RECORD_HEADING = Pattern.compile("^### (\\S+)\\s*$");
    private static final Pattern FIELD_ROW = Pattern.compile("^\\|\\s*`([A-Za-z0-9_]+)`\\s*\\|");

    @Test
    void everyFieldOfEveryViewRecordIsNamedUnderItsRecord() {
        Map<String, Set<String>> documented = documented(RulesDocTest.read(DOC));
        List<String> missing = new ArrayList<>();
        reachable(PAGE_VIEWS).forEach((record, fields) -> {
            Set<String> named = documented.getOrDefault(record, Set.of());
            fields.required().stream().filter(field -> !named.contains(field))
                    .forEach(field -> missing.add(record + "." + field));
        });
        assertEquals(List.of(), missing, DOC + " does not name these view fields (add a row `field` under "
                + "### Record, or a ### heading for a new record)");
    }

    @Test
    void everyFieldTheDocNamesStillExists() {
        Map<String, Fields> records = reachable(PAGE_VIEWS);
        List<String> stale = new ArrayList<>();
        documented(RulesDocTest.read(DOC)).forEach((record, named) -> {
            Fields fields = records.get(record);
            if (fields == null) {
                stale.add(record + " (no page view reaches this record)");
                return;
            }
            named.stream().filter(field -> !fields.allowed().contains(field))
                    .forEach(field -> stale.add(record + "." + field));
        });
        assertEquals(List.of(), stale, DOC + " names fields no view record has");
    }

    @Test
    void recordsAreFoundThroughNestedRecordsListsAndMaps() {
        Map<String, Fields> records = reachable(List.of(Outer.class));
        assertEquals(Set.of("TemplatesDocTest.Outer", "TemplatesDocTest.Outer.Inner", "TemplatesDocTest.Listed",
                "TemplatesDocTest.Keyed"), records.keySet());
        assertEquals(Set.of("inner", "listed", "keyed", "plain"), records.get("TemplatesDocTest.Outer").required());
        assertEquals(Set.of("label", "labelX"), records.get("TemplatesDocTest.Listed").allowed());
    }

    @Test
    void fieldRowsAreReadUnderTheirRecordHeadingOnly() {
        String doc = "## Templates\n| `page` | x |\n### A\n| field | type |\n|---|---|\n| `one` | `String` |\n"
                + "text | `not` |\n### A.B\n| `two` | `int` |\n";
        assertEquals(Map.of("A", Set.of("one"), "A.B", Set.of("two")), documented(doc));
    }

    /** The fields a record must have in the doc (its components) and may have (plus its getters). */
    record Fields(Set<String> required, Set<String> allowed) {
    }

    /** Every record reachable from the roots, by name, in the order met. */
    static Map<String, Fields> reachable(List<Class<?>> roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        roots.forEach(root -> visit(root, seen));
        Map<String, Fields> records = new LinkedHashMap<>();
        for (Class<?> record : seen) {
            Set<String> required = new TreeSet<>();
            for (RecordComponent component : record.getRecordComponents()) {
                required.add(component.getName());
            }
            Set<String> allowed = new TreeSet<>(required);
            for (Method method : record.getDeclaredMethods()) {
                if (isTemplateGetter(method)) {
                    allowed.add(method.getName());
                }
            }
            records.put(name(record), new Fields(required, allowed));
        }
        return records;
    }

    /** A public instance method without arguments that a template can read as {@code x.name}. */
    private static boolean isTemplateGetter(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && method.getParameterCount() == 0
                && method.getReturnType() != void.class && !method.isSynthetic()
                && !List.of("toString", "hashCode").contains(method.getName());
    }

    private static void visit(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, seen);
            }
            visit(parameterized.getRawType(), seen);
        } else if (type instanceof Class<?> record && record.isRecord() && seen.add(record)) {
            for (RecordComponent component : record.getRecordComponents()) {
                visit(component.getGenericType(), seen);
            }
        }
    }

    /** "ComparisonView.Side": the binary name without the package, nesting written with dots. */
    static String name(Class<?> record) {
        return record.getName().substring(record.getPackageName().length() + 1).replace('$', '.');
    }

    /** Record heading to the fields in the first column of the rows below it. */
    static Map<String, Set<String>> documented(String doc) {
        Map<String, Set<String>> documented = new TreeMap<>();
        String record = null;
        for (String line : doc.split("\n")) {
            if (line.startsWith("#")) {
                Matcher heading = RECORD_HEADING.matcher(line);
                record = heading.matches() ? heading.group(1) : null;
                if (record != null) {
                    documented.computeIfAbsent(record, r -> new TreeSet<>());
                }
                continue;
            }
            Matcher row = FIELD_ROW.matcher(line);
            if (record != null && row.find()) {
                documented.get(record).add(row.group(1));
            }
        }
        return documented;
    }

    record Outer(Inner inner, List<Listed> listed, Map<String, List<Keyed>> keyed, String plain) {
        record Inner(int depth) {
        }
    }

    record Listed(String label) {
        public int labelX() {
            return label.length();
        }
    }

    record Keyed(long count) {
    }
}
