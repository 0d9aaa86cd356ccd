package dev.versus.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's redirect map, read from {@code _redirects} at its root (Netlify's format: one
 * {@code FROM TO [STATUS]} a line, {@code #} comments; the status defaults to 301). Only exact
 * paths are kept: lines with splats ({@code *}), placeholders ({@code :name}), conditions, or a
 * status that is not a redirect (200 rewrites, 404) are skipped, since the build writes none.
 * As on Netlify, a file that exists is served rather than redirected.
 */
final class Redirects {
    static final String FILE = "_redirects";
    static final Redirects NONE = new Redirects(Map.of());
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

    /** Where a path goes, and with which status. */
    record Target(String location, int status) {
    }

    private final Map<String, Target> byPath;

    private Redirects(Map<String, Target> byPath) {
        this.byPath = byPath;
    }

    /** The map of the site folder, or none when it has no (readable) {@code _redirects}. */
    static Redirects read(Path siteRoot) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            System.err.println("versus serve: ignoring " + file + ": " + e.getMessage());
            return NONE;
        }
    }

    static Redirects parse(List<String> lines) {
        Map<String, Target> byPath = new HashMap<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\\s+");
            if (fields.length < 2 || fields.length > 3 || !fields[0].startsWith("/") || isPattern(fields[0])) {
                continue;
            }
            Integer status = fields.length == 3 ? status(fields[2]) : Integer.valueOf(301);
            if (status != null && REDIRECT_STATUSES.contains(status)) {
                byPath.putIfAbsent(fields[0], new Target(fields[1], status));
            }
        }
        return new Redirects(Map.copyOf(byPath));
    }

    /** The redirect of a decoded request path; "/a" and "/a/" are the same source, as on Netlify. */
    Target find(String path) {
        Target exact = byPath.get(path);
        if (exact != null || path.equals("/")) {
            return exact;
        }
        return byPath.get(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
    }

    int size() {
        return byPath.size();
    }

    private static boolean isPattern(String from) {
        return from.contains("*") || from.contains("/:");
    }

    /** "301" or "301!" (forced), else null. */
    private static Integer status(String field) {
        String digits = field.endsWith("!") ? field.substring(0, field.length() - 1) : field;
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
