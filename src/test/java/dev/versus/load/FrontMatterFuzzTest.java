package dev.versus.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the front matter reader of content pages and editors' texts: whatever the text, it
 * returns front matter that keeps its promises or throws {@link InvalidContentException} whose
 * every error is positioned inside the file; any other exception is a finding. A normal build
 * replays the inputs under {@code src/test/resources/dev/versus/load/FrontMatterFuzzTestInputs/<method>/}
 * (seeds and every crash found so far). To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='FrontMatterFuzzTest#readsAnyPage' -Djazzer.max_duration=5m}.
 */
class FrontMatterFuzzTest {
    /** Far above any front matter; longer inputs only slow each execution. */
    private static final int MAX_INPUT_BYTES = 16 * 1024;
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
    private static final Pattern POSITIONED = Pattern.compile("^fuzz\\.md:(\\d+):(\\d+): \\S");

    @FuzzTest(maxDuration = "10m")
    void readsAnyPage(byte[] input) {
        if (input.length <= MAX_INPUT_BYTES) {
            String text = new String(input, StandardCharsets.UTF_8);
            read(text, true);
            read(text, false);
        }
    }

    private static void read(String text, boolean page) {
        FrontMatter front;
        try {
            front = page ? FrontMatter.parse("fuzz.md", text) : FrontMatter.parseEditorText("fuzz.md", text);
        } catch (InvalidContentException expected) {
            checkErrors(text, expected);
            return;
        }
        check(text.endsWith(front.body()), "the body is not what follows the front matter");
        for (FrontMatter.Entry entry : front.entries().values()) {
            check(FrontMatter.PAGE_KEYS.contains(entry.key()), "an unknown key was accepted: " + entry.key());
            check(!entry.value().isBlank(), "a blank value was accepted for " + entry.key());
            checkLine(text, entry.keyLine());
            checkLine(text, entry.valueLine());
        }
        if (page) {
            for (String key : new String[] {"title", "description", "slug"}) {
                check(front.value(key).isPresent(), "a page was accepted without " + key);
            }
        } else {
            check(front.entries().isEmpty(), "an editor's text was accepted with keys");
        }
    }

    private static void checkErrors(String text, InvalidContentException e) {
        check(!e.errors().isEmpty(), "an exception without errors");
        for (String error : e.errors()) {
            Matcher position = POSITIONED.matcher(error);
            check(position.find(), "an error without file:line:col: " + error);
            checkLine(text, Integer.parseInt(position.group(1)));
            check(Integer.parseInt(position.group(2)) >= 1, "a column before 1: " + error);
        }
    }

    /**
     * A position on a line of the file: from 1 to the number of lines (one more for a final line
     * end). Lines end with LF, CR LF or a lone CR, as YAML, Jackson and editors count them (a lone
     * CR was the fuzzer's first finding, in this property rather than in the reader).
     */
    private static void checkLine(String text, int line) {
        long lines = LINE_END.matcher(text).results().count() + 1;
        check(line >= 1 && line <= lines, "line " + line + " is outside the file's " + lines + " lines");
    }

    private static void check(boolean condition, String finding) {
        if (!condition) {
            throw new AssertionError(finding);
        }
    }
}
