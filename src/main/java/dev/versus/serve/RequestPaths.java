package dev.versus.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the path of a request into the segments of a file path inside the site, or refuses it.
 * Anything that could name a place outside the site is refused rather than repaired: the path
 * is decoded exactly once, and a {@code %} left after decoding (double encoding), {@code .} and
 * {@code ..} segments, empty segments, backslashes, colons (drive letters) and control
 * characters make the request a bad one. Hidden names (starting with ".", such as the build's
 * {@code .versus/}) and {@code _redirects} are never served.
 */
final class RequestPaths {
    private RequestPaths() {
    }

    /** What a request path is: a path in the site, a path that is never served, or a bad request. */
    sealed interface Result permits Site, Hidden, Bad {
    }

    /**
     * A path in the site.
     *
     * @param path the decoded path, starting with "/"
     * @param segments its non-empty segments, each safe as a file name
     * @param trailingSlash whether it names a folder ("/compare/a-vs-b/")
     */
    record Site(String path, List<String> segments, boolean trailingSlash) implements Result {
    }

    /** A path the server never serves (hidden files, the redirect map); answered as missing. */
    record Hidden() implements Result {
    }

    /** A path that cannot be a file of the site. */
    record Bad(String reason) implements Result {
    }

    static Result parse(URI uri) {
        if (uri.isOpaque() || uri.getRawAuthority() != null && uri.getScheme() == null) {
            return new Bad("not a path: " + uri);
        }
        return parse(uri.getRawPath());
    }

    static Result parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
            return new Bad("the path must start with a single /");
        }
        String path;
        try {
            path = decodeOnce(rawPath);
        } catch (IllegalArgumentException e) {
            return new Bad(e.getMessage());
        }
        if (path.startsWith("//")) {
            return new Bad("empty segment in the path"); // "/%2f": the split below would find no segment
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return new Bad("forbidden character in the path");
            }
        }
        boolean trailingSlash = path.endsWith("/");
        String inner = path.substring(1, trailingSlash && path.length() > 1 ? path.length() - 1 : path.length());
        List<String> segments = inner.isEmpty() ? List.of() : List.of(inner.split("/", -1));
        boolean hidden = false;
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return new Bad("empty, . or .. segment in the path");
            }
            hidden |= segment.startsWith(".") && !segment.equals(".well-known");
        }
        if (hidden || segments.equals(List.of(Redirects.FILE))) {
            return new Hidden();
        }
        return new Site(path, segments, trailingSlash);
    }

    /** Percent-decodes once, strictly: a broken escape or bytes that are not UTF-8 are refused. */
    static String decodeOnce(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("a % escape is cut short");
                }
                int high = hexValue(raw.charAt(i + 1));
                int low = hexValue(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("a % escape is not hexadecimal");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int end = i + Character.charCount(raw.codePointAt(i));
                byte[] utf8 = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the path is not UTF-8");
        }
    }

    /**
     * The value of an ASCII hex digit, else -1. Not Character.digit, which also reads fullwidth
     * and other Unicode digits: "%" and a fullwidth "2e" would decode to "." where no proxy in
     * front of the server would (RFC 3986 hex digits are ASCII).
     */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
