package dev.versus.render.freemarker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record fast path must print exactly what FreeMarker's own bean model prints. */
public class RecordObjectWrapperTest {

    public record Item(String name, String href, int count, long total, boolean featured, Item parent) {
        public String label() {
            return name + " (" + count + ")";
        }

        public int doubled() {
            return count * 2;
        }

        public String greeting(String whom) {
            return "Hello " + whom + " from " + name;
        }

        public String getCode() {
            return "code-" + name;
        }
    }

    public record Shelf(String title, List<Item> items, List<String> tags, Item highlight, String note,
            Map<String, String> extras) {
    }

    /** Not public: FreeMarker cannot read it, and neither may the fast path. */
    record Hidden(String secret) {
    }

    private static final String TEMPLATE = """
            <h1>${page.title}</h1>
            <#if page.note??>${page.note}<#else>no note</#if> ${page.note!"fallback"}
            <#list page.items as item>${item.name}=<a href="${item.href}">${item.label}</a> ${item.count} ${item.count?c} \
            ${item.total} ${item.doubled + 1} ${item.featured?c} <#if item.featured>yes</#if> \
            ${(item.parent.name)!"-"} ${(item.parent.parent.name)!"none"} ${item.label()} ${item.greeting("you")} \
            ${item.code} ${item.getCode()}<#sep>; </#list>
            ${page.items?size} ${page.tags?join(", ")} <#list page.tags as t>${t}<#sep>|</#list>
            ${page.tags?has_content?c} ${page.items?has_content?c} ${page.highlight?has_content?c}
            ${page.highlight.name} ${page.highlight.parent???c} ${page.highlight} ${page.extras.a} ${page.extras?size}
            <#list page.extras as k, v>${k}:${v}</#list> ${page.title?length} ${page.title?upper_case}
            ${page.items[0].name} ${page.items?first.label} <#if page.items[1].featured>b<#else>not b</#if>
            """;

    @Test
    void printsWhatTheDefaultWrapperPrints() throws Exception {
        Item root = new Item("Root & <Co>", "../root/", 1234, 5_000_000_000L, true, null);
        Item child = new Item("Child", "child/", 7, 0, false, root);
        Shelf shelf = new Shelf("Tools \"quoted\"", List.of(root, child), List.of("x", "<y>"), child, null,
                Map.of("a", "1"));

        String fast = render(new RecordObjectWrapper(builder()), shelf);
        String slow = render(builder().build(), shelf);

        assertEquals(slow, fast);
        assertEquals("<h1>Tools &quot;quoted&quot;</h1>", fast.lines().findFirst().orElseThrow());
        List<String> lines = fast.lines().toList();
        assertEquals("<h1>Tools &quot;quoted&quot;</h1>", lines.get(0));
        assertEquals("no note fallback", lines.get(1));
        assertTrue(lines.get(2).startsWith("Root &amp; &lt;Co&gt;=<a href=\"../root/\">Root &amp; &lt;Co&gt; (1234)</a> "
                + "1,234 1234 5,000,000,000 2,469 true yes - none Root &amp; &lt;Co&gt; (1234) "
                + "Hello you from Root &amp; &lt;Co&gt; code-Root &amp; &lt;Co&gt; code-Root &amp; &lt;Co&gt;; "
                + "Child=<a href=\"child/\">Child (7)</a> 7 7 0 15 false  Root &amp; &lt;Co&gt; none"), lines.get(2));
        assertEquals("2 x, &lt;y&gt; x|&lt;y&gt;", lines.get(3));
        assertEquals("true true true", lines.get(4));
        assertTrue(lines.get(5).startsWith("Child true Item[name=Child, href=child/"), lines.get(5));
    }

    @Test
    void readsPublicRecordsThroughTheFastPathOnly() throws Exception {
        RecordObjectWrapper wrapper = new RecordObjectWrapper(builder());
        Item item = new Item("A", "a/", 1, 2, false, null);

        assertInstanceOf(RecordModel.class, wrapper.wrap(item));
        assertEquals("A (1)", ((TemplateHashModel) wrapper.wrap(item)).get("label").toString());
        assertEquals(List.of("count", "doubled", "featured", "href", "label", "name", "parent", "total"),
                RecordReaders.of(Item.class).keySet().stream().sorted().toList());
        assertEquals(Map.of(), RecordReaders.of(Hidden.class));
        assertFalse(wrapper.wrap(new Hidden("s")) instanceof RecordModel);
    }

    private static DefaultObjectWrapperBuilder builder() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return builder;
    }

    private static String render(ObjectWrapper wrapper, Object view) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setObjectWrapper(wrapper);
        Template template = new Template("test.ftlh", new StringReader(TEMPLATE), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("page", view), out);
        return out.toString();
    }
}
