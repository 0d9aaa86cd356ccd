package dev.versus.render;

import dev.versus.compare.Share;
import dev.versus.text.LocaleFormats;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares as one language writes them, by fraction, written once per build. A technology's share of
 * its own total in a country, or of a category's total, is the same on each of its N-1 comparisons,
 * and writing one (the exact decimal, its rounding, the language's digits) cost a twentieth of a
 * comparison page's time (profiled). Bounded by the distinct fractions the snapshot has.
 */
final class ShareTexts {
    private final LocaleFormats formats;
    private final Map<Fraction, String> texts = new ConcurrentHashMap<>();

    ShareTexts(LocaleFormats formats) {
        this.formats = formats;
    }

    /** The share as {@link LocaleFormats#share} writes it. */
    String of(Share share) {
        return Memo.get(texts, new Fraction(share.part(), share.whole()), fraction -> formats.share(share.exact()));
    }

    /**
     * The key: a record's equals and hashCode go through method handles, which the launcher's
     * shallow inlining left as calls (a third of these lookups' time, profiled).
     */
    private static final class Fraction {
        private final long part;
        private final long whole;

        Fraction(long part, long whole) {
            this.part = part;
            this.whole = whole;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fraction fraction && fraction.part == part && fraction.whole == whole;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(part * 31 + whole);
        }
    }
}
