package dev.versus.synth;

/**
 * Which categories technology {@code i} is in, fixed by the seed, the categories and {@code i}
 * alone (so technology {@code i} is the same in a snapshot of any size, and adding technologies
 * only adds pairs). The first {@code K} technologies take one category each, in order, so that no
 * category is empty; the others draw one from the category weights. A share of
 * {@value #SECOND_CATEGORY_SHARE} then draw a second, different one. No technology is in more
 * than two.
 */
final class CategoryAssignment {
    static final double SECOND_CATEGORY_SHARE = 0.15;

    private final long seed;
    private final int count;
    private final WeightedChoice choice;

    CategoryAssignment(long seed, SyntheticCategories categories) {
        this.seed = seed;
        this.count = categories.size();
        this.choice = new WeightedChoice(categories.weights());
    }

    /** Category indexes of technology {@code i}: one or two, distinct, the main one first. */
    int[] of(long i) {
        SynthRandom random = SynthRandom.of(seed, "categories", i);
        int main = i < count ? (int) i : choice.draw(random);
        if (count > 1 && random.chance(SECOND_CATEGORY_SHARE)) {
            int second = choice.draw(random);
            if (second == main) {
                second = (main + 1 + random.nextInt(count - 1)) % count;
            }
            return new int[] {main, second};
        }
        return new int[] {main};
    }
}
