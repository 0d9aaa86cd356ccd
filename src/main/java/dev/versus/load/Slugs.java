package dev.versus.load;

import java.util.Optional;

/**
 * The slug rule of the snapshot format: {@value #PATTERN}, at most {@value #MAX_LENGTH}
 * characters, and no part equal to {@code vs} when split at {@code .} and {@code -}. Slugs become
 * URL paths ({@code /django-vs-flask/}), so later stages check theirs with this class too.
 */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(?:[.-][a-z0-9]+)*$";
    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return problem(slug).isEmpty();
    }

    /** Why {@code slug} is refused, as a sentence naming it, or empty when it is a valid slug. */
    public static Optional<String> problem(String slug) {
        String quoted = Quote.of(slug);
        if (slug.length() > MAX_LENGTH) {
            return Optional.of("slug " + quoted + " is too long; at most " + MAX_LENGTH + " characters are allowed");
        }
        if (!matchesPattern(slug)) {
            return Optional.of("slug " + quoted + " does not match " + PATTERN
                    + " (lower-case letters and digits, in parts joined by single \".\" or \"-\")");
        }
        if (hasVsPart(slug)) {
            return Optional.of("slug " + quoted + " has a part \"vs\", which would make comparison URLs"
                    + " such as a-vs-b ambiguous");
        }
        return Optional.empty();
    }

    /** The pattern, checked by hand: slugs are checked by the ten thousand. */
    private static boolean matchesPattern(String slug) {
        boolean partStarted = false;
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                partStarted = true;
            } else if ((c == '.' || c == '-') && partStarted) {
                partStarted = false;
            } else {
                return false;
            }
        }
        return partStarted;
    }

    private static boolean hasVsPart(String slug) {
        int partStart = 0;
        for (int i = 0; i <= slug.length(); i++) {
            if (i == slug.length() || slug.charAt(i) == '.' || slug.charAt(i) == '-') {
                if (i - partStart == 2 && slug.startsWith("vs", partStart)) {
                    return true;
                }
                partStart = i + 1;
            }
        }
        return false;
    }
}
