package dev.versus.render.freemarker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.render.BuiltInWords;
import freemarker.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <@cached key=…>}: a body rendered once per key and language in a build, then repeated. */
class CachedDirectiveTest {
    @TempDir
    Path dir;

    public record Side(String href, String name) {
    }

    private Template template(String text) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), text);
        return Templates.from(dir).get("t.ftlh");
    }

    private static final String AWARDS = "<@cached key=\"awards \" + page.href><b>${page.name}</b></@cached>";

    @Test
    void aKeySeenBeforeRepeatsTheFirstMarkupWithoutRenderingTheBody() throws Exception {
        Template template = template(AWARDS);
        MessageMethod english = new MessageMethod(BuiltInWords.english());
        assertEquals("<b>Django &amp; co</b>", Templates.render(template, new Side("/d/", "Django & co"), english));
        // The same key with another name: the body is not rendered again, so the first page's text shows.
        assertEquals("<b>Django &amp; co</b>", Templates.render(template, new Side("/d/", "Changed"), english));
        assertEquals("<b>Flask</b>", Templates.render(template, new Side("/f/", "Flask"), english), "another key");
    }

    @Test
    void eachLanguageKeepsItsOwnFragments() throws Exception {
        Template template = template(AWARDS);
        Templates.render(template, new Side("/d/", "Django"), new MessageMethod(BuiltInWords.english()));
        assertEquals("<b>Django (de)</b>", Templates.render(template, new Side("/d/", "Django (de)"),
                new MessageMethod(BuiltInWords.english())), "a second language's t comes with its own cache");
    }

    @Test
    void withoutALanguageNothingIsKeptFromOnePageToTheNext() throws Exception {
        Template template = template(AWARDS);
        Templates.render(template, new Side("/d/", "Django"));
        assertEquals("<b>Flask</b>", Templates.render(template, new Side("/d/", "Flask")));
    }

    @Test
    void pastItsBoundTheDirectiveRendersEveryTime() throws Exception {
        Template template = template("<@cached key=page.href>${page.name}</@cached>");
        CachedDirective cached = new CachedDirective(2);
        StringBuilder out = new StringBuilder();
        for (String[] page : new String[][] {{"a", "1"}, {"b", "2"}, {"c", "3"}, {"a", "4"}, {"c", "5"}}) {
            java.io.StringWriter writer = new java.io.StringWriter();
            template.process(Map.of("page", new Side(page[0], page[1]), "cached", cached), writer);
            out.append(writer);
        }
        assertEquals("12315", out.toString(), "a and b kept: a repeats its first text; c, past the bound, shows its own each time");
    }

    @Test
    void aMissingOrExtraParameterIsTheTemplatesFaultWithItsPosition() throws Exception {
        for (String call : new String[] {"<@cached>x</@cached>", "<@cached key=\"k\" ttl=3>x</@cached>",
                "<@cached key=3>x</@cached>"}) {
            Template template = template("<p>\n" + call + "\n");
            RenderException e = assertThrows(RenderException.class,
                    () -> Templates.render(template, new Side("/d/", "Django")), call);
            assertTrue(e.getMessage().contains("cached takes one parameter, key, a string naming everything its "
                    + "body shows"), e.getMessage());
            assertTrue(e.getMessage().contains("t.ftlh:2:1"), e.getMessage());
        }
    }
}
