package dev.versus.synth;

import java.util.Arrays;

/** Draws an index with probability proportional to its weight, by binary search of the running sums. */
final class WeightedChoice {
    private final double[] cumulative;

    WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    int draw(SynthRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }

    /** Weights {@code 1 / (rank + 1)^exponent}: Zipf's law, rank 0 the largest. */
    static double[] zipf(int count, double exponent) {
        double[] weights = new double[count];
        for (int rank = 0; rank < count; rank++) {
            weights[rank] = 1.0 / StrictMath.pow(rank + 1, exponent);
        }
        return weights;
    }
}
