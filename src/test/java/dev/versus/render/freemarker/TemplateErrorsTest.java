package dev.versus.render.freemarker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template failures told apart: the template's fault (with its position) or a bug of Versus's view code. */
class TemplateErrorsTest {
    @TempDir
    Path dir;

    /** A view whose accessor fails, as a bug in Versus's own code would. */
    public record FailingView(String title) {
        @Override
        public String title() {
            throw new IllegalArgumentException("broken view");
        }
    }

    public record View(String title, int count) {
    }

    private Template template(String text) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), text);
        return Templates.from(dir).get("t.ftlh");
    }

    private String firstLine(RuntimeException e) {
        return e.getMessage().lines().findFirst().orElseThrow();
    }

    @Test
    void columnsCountATabAsOneCharacterAsEditorsDo() throws Exception {
        Template template = template("a\n\t${page.nope}\n");
        RenderException e = assertThrows(RenderException.class, () -> Templates.render(template, new View("T", 1)));
        // A tab, then "${": the expression starts in column 4.
        assertEquals(dir.resolve("t.ftlh") + ":2:4: page.nope is missing or null", firstLine(e));
    }

    @Test
    void aFailingBuiltInIsTheTemplatesFault() throws Exception {
        Template template = template("${page.count / 0}\n");
        RenderException e = assertThrows(RenderException.class, () -> Templates.render(template, new View("T", 1)));
        assertTrue(firstLine(e).startsWith(dir.resolve("t.ftlh") + ":1:"), e.getMessage());
    }

    @Test
    void aViewThatThrowsIsABugOfVersusNotOfTheTemplate() throws Exception {
        Template template = template("<h1>${page.title}</h1>\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Templates.render(template, new FailingView("T")));
        assertTrue(e.getMessage().startsWith("a bug of Versus: Java code called by t.ftlh failed: "), e.getMessage());
    }

    @Test
    void anUnknownDirectiveIsNamed() throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), "x\n  <#foo>\n");
        Templates templates = Templates.from(dir);
        RenderException e = assertThrows(RenderException.class, () -> templates.get("t.ftlh"));
        // "  <" is 3 characters: FreeMarker points at the '#' in column 4.
        assertEquals(dir.resolve("t.ftlh") + ":2:4: unknown directive #foo", firstLine(e));
    }

    @Test
    void aMissingTemplateSaysWhichFileIsNotThere() {
        RenderException e = assertThrows(RenderException.class, () -> Templates.from(dir).get("home.ftlh"));
        assertEquals(dir.resolve("home.ftlh") + " does not exist; every templates folder needs home.ftlh", e.getMessage());
    }
}
