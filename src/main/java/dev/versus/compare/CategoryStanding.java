package dev.versus.compare;

import dev.versus.model.Category;

/**
 * Both technologies' rank and market share in one category they share.
 *
 * <p>Rules: docs/comparison-rules.md §2.2.
 *
 * @param firstShare null when the category's totals sum to 0
 */
public record CategoryStanding(Category category, int firstRank, int secondRank, Share firstShare, Share secondShare) {
}
