package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Front matter: values with their positions in the file, and each kind of error at its line and column. */
class FrontMatterTest {
    private static final String FILE = "content/pages/about.md";

    private static List<String> errors(String text) {
        return assertThrows(InvalidContentException.class, () -> FrontMatter.parse(FILE, text)).errors();
    }

    @Test
    void aPageHasItsValuesAndWhereEachValueIs() throws Exception {
        FrontMatter front = FrontMatter.parse(FILE,
                "---\ntitle: About\ndescription: \"What: this is\"\nslug: about\nlayout: fancy\n---\n# About\n");
        assertEquals(Optional.of("About"), front.value("title"));
        assertEquals(Optional.of("What: this is"), front.value("description"));
        assertEquals(Optional.of("fancy"), front.value("layout"));
        // "layout: " is 8 characters on line 5.
        assertEquals(FILE + ":5:9", front.positionOf(FILE, "layout"));
        assertEquals(new FrontMatter.Entry("slug", "about", 4, 1, 4, 7), front.entries().get("slug"));
        assertEquals("# About\n", front.body());
    }

    @Test
    void windowsLineEndsCountAsOneLineEach() throws Exception {
        FrontMatter front = FrontMatter.parse(FILE, "---\r\ntitle: A\r\ndescription: B\r\nslug: c\r\n---\r\nBody\r\n");
        assertEquals(FILE + ":4:7", front.positionOf(FILE, "slug"));
        assertEquals("Body\r\n", front.body());
    }

    @Test
    void aPageWithoutLayoutIsPlacedAtItsFirstLine() throws Exception {
        FrontMatter front = FrontMatter.parse(FILE, "---\ntitle: A\ndescription: B\nslug: c\n---\n");
        assertEquals(Optional.empty(), front.value("layout"));
        assertEquals(FILE + ":1:1", front.positionOf(FILE, "layout"));
        assertEquals("", front.body());
    }

    @Test
    void aPageWithoutFrontMatterIsOneError() {
        assertEquals(List.of(FILE + ":1:1: no front matter; a page starts with a line ---, then title, description, "
                + "slug as key: value lines, then a line ---"), errors("# About\n---\n"));
    }

    @Test
    void anOpeningLineWithoutAClosingOneIsAnErrorAtTheOpeningLine() {
        assertEquals(List.of(FILE + ":1:1: front matter opened by --- is never closed: no line --- follows it"),
                errors("---\ntitle: A\ndescription: B\nslug: c\n\n# About\n"));
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItStarts() {
        // The quote is the 8th character of line 2; the YAML parser only notices at the end of the block.
        assertEquals(List.of(FILE + ":2:8: front matter is not valid YAML: found unexpected end of stream "
                + "while scanning a quoted scalar that starts here"),
                errors("---\ntitle: \"About\ndescription: B\nslug: c\n---\n"));
    }

    @Test
    void aTabIndentIsReportedOnItsLine() {
        List<String> errors = errors("---\ntitle: A\n\tdescription: B\nslug: c\n---\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(FILE + ":3:1: front matter is not valid YAML: "), errors.get(0));
    }

    @Test
    void aMapWhereTextIsExpectedIsAnErrorAtItsKeyAndTheKeyIsNotAlsoCalledMissing() {
        assertEquals(List.of(FILE + ":3:1: \"description\" must be text, found a map (key: value pairs)"),
                errors("---\ntitle: A\ndescription: {a: b}\nslug: c\n---\n"));
    }

    @Test
    void aNumberOrABooleanWhereTextIsExpectedSaysHowToQuoteIt() {
        assertEquals(List.of(
                FILE + ":2:1: \"title\" must be text, but YAML reads yes as a boolean; put it in quotes: title: \"yes\"",
                FILE + ":4:1: \"slug\" must be text, but YAML reads 123 as a number; put it in quotes: slug: \"123\""),
                errors("---\ntitle: yes\ndescription: B\nslug: 123\n---\n"));
    }

    @Test
    void anEmptyValueAndARepeatedKeyAreErrorsAtTheirKeys() {
        assertEquals(List.of(FILE + ":2:1: \"title\" has no value", FILE + ":5:1: \"slug\" is given twice"),
                errors("---\ntitle:\ndescription: B\nslug: c\nslug: d\n---\n"));
    }

    @Test
    void eachMissingKeyIsReportedAtTheClosingLine() {
        assertEquals(List.of(
                FILE + ":3:1: front matter has no \"title\"; add a line title: ... before this one "
                        + "(required: title, description, slug)",
                FILE + ":3:1: front matter has no \"slug\"; add a line slug: ... before this one "
                        + "(required: title, description, slug)"),
                errors("---\ndescription: B\n---\n"));
    }

    @Test
    void anUnknownKeyListsTheKnownOnes() {
        assertEquals(List.of(FILE + ":3:1: unknown front matter key \"Title\"; the known keys are title, description, "
                + "slug, layout"), errors("---\ntitle: A\nTitle: x\ndescription: B\nslug: c\n---\n"));
    }

    @Test
    void anEditorTextMayHaveNoFrontMatterOrAnEmptyOne() throws Exception {
        assertEquals("Django is a web framework.\n",
                FrontMatter.parseEditorText(FILE, "Django is a web framework.\n").body());
        assertEquals("Text\n", FrontMatter.parseEditorText(FILE, "---\n---\nText\n").body());
        InvalidContentException e = assertThrows(InvalidContentException.class,
                () -> FrontMatter.parseEditorText(FILE, "---\ntitle: Django\n---\nText\n"));
        assertEquals(List.of(FILE + ":2:1: unknown front matter key \"title\"; this file takes none"), e.errors());
    }

    /** Whatever the text, the reader returns or throws its own error, positioned in the file. */
    @Test
    void noTextMakesItThrowAnythingElse() {
        List<String> hostile = List.of("---\na: " + "[".repeat(20_000) + "\n---\n", "---\n\u0000: b\n---\n",
                "---\na: !!binary x\n---\n", "---\n? [a]\n: b\n---\n", "---\na: &x [*x]\n---\n", "---\na: *nope\n---\n",
                "---\n- a\n- b\n---\n", "---\njust text\n---\n", "---\na: b\n...\nc: d\n---\n", "---", "---\n---",
                "\uFEFF---\n---\n", "---\r---\r", "---\n%YAML 9.9\n---\n");
        for (String text : hostile) {
            checkOnlyPositionedErrors(text);
        }
        Random random = new Random(42);
        String alphabet = "-:\n\r\t \"'[]{},&*!?|>#%@`abc123\u00e9\uD83D\uDE00";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "---\n" : "");
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkOnlyPositionedErrors(text.append(random.nextBoolean() ? "\n---\n" : "").toString());
        }
    }

    private static void checkOnlyPositionedErrors(String text) {
        try {
            FrontMatter.parse(FILE, text);
        } catch (InvalidContentException e) {
            for (String error : e.errors()) {
                assertTrue(error.matches("(?s)" + java.util.regex.Pattern.quote(FILE) + ":[1-9]\\d*:[1-9]\\d*: .+"),
                        () -> "for " + text + ": " + error);
            }
        } catch (RuntimeException e) {
            fail("for " + text.substring(0, Math.min(80, text.length())) + ": " + e, e);
        }
    }
}
