package dev.versus.synth;

import dev.versus.hash.Fnv1a;

/**
 * A pseudo-random stream whose every value is fixed by this class alone (not by the JDK's
 * version), so a synthetic snapshot is the same on any Java: SplitMix64 (Steele, Lea and Flood,
 * "Fast splittable pseudorandom number generators", 2014), the generator behind
 * {@link java.util.SplittableRandom}, written out here.
 *
 * <p>Each stream is keyed by the run's seed, a purpose ("categories", "technology", ...) and an
 * index (a technology's position), so that technology {@code i} is the same whether the snapshot
 * has 10 technologies or 10,000.
 */
final class SynthRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    private SynthRandom(long state) {
        this.state = state;
    }

    /** A stream starting from a raw SplitMix64 state; the same values as {@code new SplittableRandom(state)}. */
    static SynthRandom withState(long state) {
        return new SynthRandom(state);
    }

    /** The stream for {@code purpose} and {@code index} of the run seeded with {@code seed}. */
    static SynthRandom of(long seed, String purpose, long index) {
        long key = mix64(mix64(seed) ^ Fnv1a.utf8(purpose));
        return new SynthRandom(mix64(key + index * GOLDEN_GAMMA));
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, 1), from the top 53 bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), by rejection so no value is favoured. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long value;
        do {
            value = nextLong() >>> 1;
        } while (value >= limit);
        return (int) (value % bound);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** A standard normal value (Box-Muller, with StrictMath so every platform agrees). */
    double nextGaussian() {
        double u = 1.0 - nextDouble(); // in (0, 1], so the log is finite
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal factor {@code exp(sigma * g)} around 1. */
    double logNormal(double sigma) {
        return StrictMath.exp(sigma * nextGaussian());
    }

    /** One of the items, uniformly. */
    <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** The finalizer of SplitMix64 (a variant of MurmurHash3's), spreading every input bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
