package dev.versus.compare;

/**
 * A technology's rank among its category's technologies in one country (1 to 30 are shown).
 *
 * <p>Rules: docs/comparison-rules.md §6.2.
 *
 * @param count the technology's count in that country, which orders equal ranks
 */
public record Award(String country, String category, int rank, long count) {

    /** The tier of the rules: ⭐ for 1–10, 🔥 for 11–20, ⬆️ for 21–30. */
    public String tier() {
        if (rank <= 10) {
            return "\u2B50";
        }
        return rank <= 20 ? "\uD83D\uDD25" : "\u2B06\uFE0F";
    }
}
