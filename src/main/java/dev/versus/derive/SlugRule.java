package dev.versus.derive;

import dev.versus.load.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The snapshot format's slug rule ({@link Slugs}), and a deterministic repair for a source slug that breaks it.
 *
 * <p>Repair, in order: lower-case; every character outside {@code [a-z0-9.-]} becomes {@code -};
 * runs of {@code .} and {@code -} collapse to their first character; separators are trimmed from
 * both ends; a part equal to {@code vs} becomes {@code versus} (a part {@code vs} would let two
 * pairs share a comparison folder); parts are dropped from the end until the slug is at most
 * 80 characters; an empty result becomes {@code technology}. When the result is already taken,
 * {@code -2}, {@code -3}, ... is appended (the base shortened to keep 80 characters).
 */
final class SlugRule {
    static final int MAX_LENGTH = Slugs.MAX_LENGTH;

    private SlugRule() {
    }

    /** The format's rule itself, as {@code versus validate} checks it. */
    static boolean isValid(String slug) {
        return Slugs.isValid(slug);
    }

    /** The slug itself when valid and free, else its repair, unique against {@code taken}. */
    static String validAndUnique(String slug, Set<String> taken) {
        if (isValid(slug) && !taken.contains(slug)) {
            return slug;
        }
        String base = repair(slug);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            String suffix = "-" + n;
            candidate = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }

    static String repair(String slug) {
        String cleaned = slug.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]", "-")
                .replaceAll("([.-])[.-]+", "$1")
                .replaceAll("^[.-]+|[.-]+$", "");
        String joined = String.join("", replaceVsParts(cleaned));
        String shortened = shorten(joined, MAX_LENGTH);
        return shortened.isEmpty() ? "technology" : shortened;
    }

    /** Splits keeping the separators, so that {@code a.vs-b} becomes {@code a.versus-b}. */
    private static List<String> replaceVsParts(String cleaned) {
        List<String> pieces = new ArrayList<>();
        for (String piece : cleaned.split("(?=[.-])|(?<=[.-])")) {
            pieces.add(piece.equals("vs") ? "versus" : piece);
        }
        return pieces;
    }

    /** Drops whole parts from the end, so no part is cut in the middle. */
    private static String shorten(String slug, int max) {
        String result = slug;
        while (result.length() > max) {
            int cut = Math.max(result.lastIndexOf('-'), result.lastIndexOf('.'));
            result = cut > 0 ? result.substring(0, cut) : result.substring(0, max);
        }
        return result;
    }
}
