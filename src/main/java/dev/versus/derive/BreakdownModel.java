package dev.versus.derive;

import java.math.BigInteger;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * One modeled breakdown of a technology's total (by country, or by kind of site).
 *
 * <p>For a technology with slug {@code s} and total {@code T}, a {@link SeededRandom} stream for
 * {@code s} and this model's purpose draws, in this order: (1) a known fraction
 * {@code f = (minPermille + nextInt(maxPermille - minPermille + 1)) / 1000}; (2) for each key in
 * ascending key order, a Gaussian {@code g}, turning the base weight {@code w} into the integer
 * {@code round(w * 1000 * exp(sigma * g))} (a log-normal perturbation, so each technology gets its
 * own profile around the common one). The amount {@code round(T * f)} (half up, exact integers)
 * is then split over the perturbed weights with {@link LargestRemainder}. Keys that get 0 are
 * left out. The parts sum exactly to {@code round(T * f)}, which never exceeds {@code T}; the rest
 * is the "unknown" share the format allows.
 */
final class BreakdownModel {
    private final String purpose;
    private final double sigma;
    private final int minPermille;
    private final int maxPermille;

    BreakdownModel(String purpose, double sigma, int minPermille, int maxPermille) {
        if (minPermille < 0 || maxPermille > 1000 || minPermille > maxPermille) {
            throw new IllegalArgumentException("fractions must satisfy 0 <= min <= max <= 1000 per mille");
        }
        this.purpose = purpose;
        this.sigma = sigma;
        this.minPermille = minPermille;
        this.maxPermille = maxPermille;
    }

    /** The modeled counts, sorted by key, zeros omitted. */
    Map<String, Long> allocate(String slug, long total, Map<String, Long> baseWeights) {
        Random random = SeededRandom.forSlug(slug, purpose);
        long amount = knownAmount(total, minPermille + random.nextInt(maxPermille - minPermille + 1));
        Map<String, Long> perturbed = new TreeMap<>();
        new TreeMap<>(baseWeights).forEach((key, weight) -> perturbed.put(key, perturb(weight, random)));
        Map<String, Long> counts = new TreeMap<>();
        LargestRemainder.allocate(amount, perturbed).forEach((key, count) -> {
            if (count > 0) {
                counts.put(key, count);
            }
        });
        return counts;
    }

    /** {@code round(total * permille / 1000)}, half up, in exact integers. */
    static long knownAmount(long total, int permille) {
        return BigInteger.valueOf(total).multiply(BigInteger.valueOf(permille)).add(BigInteger.valueOf(500))
                .divide(BigInteger.valueOf(1000)).longValueExact();
    }

    /** StrictMath, not Math, so the result is the same on every JVM and CPU. */
    private long perturb(long weight, Random random) {
        return Math.max(0, Math.round(weight * 1000.0 * StrictMath.exp(sigma * random.nextGaussian())));
    }

    /** The fraction drawn for a slug, in per mille; the first draw of the same stream. */
    int knownPermille(String slug) {
        return minPermille + SeededRandom.forSlug(slug, purpose).nextInt(maxPermille - minPermille + 1);
    }
}
