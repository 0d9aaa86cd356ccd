package dev.versus.serve;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the request-path decoder of {@code versus serve}. Whatever the path, parsing returns a
 * result and never throws, and a {@link RequestPaths.Site} names a place inside the site: its
 * segments are non-empty file names with no {@code .} or {@code ..}, separator, NUL, control
 * character or drive colon, and resolving them under a root never leaves it. Inputs are the
 * fuzzer's bytes read as UTF-8; the regression inputs live under
 * {@code src/test/resources/dev/versus/serve/RequestPathsFuzzTestInputs/<method>/}.
 */
class RequestPathsFuzzTest {
    private static final Path ROOT = Path.of("site-root");

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"/", "%", "%2e", "%2E", "%2f", "%2F", "%5c", "%00", "%25", "%c0%ae", "..", ".", "\\", ":",
        "_redirects", ".well-known", ".versus", "index.html", "?", "#", "//"})
    void parsedPathsStayInsideTheSite(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        checkResult(raw, RequestPaths.parse(raw));
        URI uri = uriOrNull(raw);
        if (uri != null) {
            checkResult(raw, RequestPaths.parse(uri));
        }
    }

    /** Decoding refuses with IllegalArgumentException only, and undoes percent-encoding exactly. */
    @FuzzTest(maxDuration = "10m")
    void decodeOnceUndoesPercentEncoding(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            String decoded = RequestPaths.decodeOnce(text);
            if (text.indexOf('%') < 0) {
                require(decoded.equals(text), "text without % changed by decoding: " + text);
            }
            require(escapesAreAsciiHex(text), "decoded an escape that is not % and two ASCII hex digits: " + text);
        } catch (IllegalArgumentException refused) {
            require(text.indexOf('%') >= 0, "text without % refused: " + text);
        }
        String encoded = percentEncodeEveryByte(text);
        require(RequestPaths.decodeOnce(encoded).equals(text), "encoding then decoding lost: " + text);
    }

    private static void checkResult(String raw, RequestPaths.Result result) {
        require(result != null, "no result for " + raw);
        if (!(result instanceof RequestPaths.Site site)) {
            return;
        }
        require(site.path().startsWith("/") && !site.path().startsWith("//"), "path " + site.path());
        require(site.path().equals("/" + String.join("/", site.segments()) + (site.trailingSlash()
                && !site.segments().isEmpty() ? "/" : "")), "segments do not make the path: " + site);
        for (String segment : site.segments()) {
            checkSegment(raw, segment);
        }
        Path resolved = ROOT;
        for (String segment : site.segments()) {
            resolved = resolved.resolve(segment);
        }
        require(resolved.normalize().startsWith(ROOT), "leaves the site: " + raw + " -> " + resolved);
        require(!site.segments().equals(List.of(Redirects.FILE)), "serves the redirect map: " + raw);
    }

    private static void checkSegment(String raw, String segment) {
        require(!segment.isEmpty() && !segment.equals(".") && !segment.equals(".."), "segment " + segment);
        require(!segment.startsWith(".") || segment.equals(".well-known"), "hidden segment served: " + raw);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            require(c >= 0x20 && c != 0x7F && c != '/' && c != '\\' && c != ':' && c != '%',
                    String.format("segment with U+%04X from %s", (int) c, raw));
        }
        require(!Path.of(segment).isAbsolute() && Path.of(segment).getNameCount() == 1, "segment " + segment);
    }

    private static URI uriOrNull(String raw) {
        try {
            return new URI(raw);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** RFC 3986: {@code pct-encoded = "%" HEXDIG HEXDIG}, and HEXDIG is ASCII only. */
    private static boolean escapesAreAsciiHex(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 3)) {
            if (i + 2 >= text.length() || !isAsciiHex(text.charAt(i + 1)) || !isAsciiHex(text.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String percentEncodeEveryByte(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            byte[] escape = String.format("%%%02X", b & 0xFF).getBytes(StandardCharsets.US_ASCII);
            out.write(escape, 0, escape.length);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void require(boolean condition, String finding) {
        if (!condition) {
            throw new AssertionError(finding);
        }
    }
}
