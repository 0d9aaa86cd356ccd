package dev.versus.synth;

/**
 * Splits an amount over integer weights so that the parts are integers summing exactly to the
 * amount: each gets the floor of {@code amount * weight / sum}, and the units left over go one
 * each to the largest remainders, ties to the lower index. Exact long arithmetic; amounts and
 * weights are kept small enough (below 2^31 each) that the products cannot overflow.
 */
final class LargestRemainder {
    private LargestRemainder() {
    }

    static long[] split(long amount, long[] weights) {
        long sum = 0;
        for (long weight : weights) {
            sum += weight;
        }
        long[] parts = new long[weights.length];
        if (amount <= 0 || sum == 0) {
            return parts;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long product = Math.multiplyExact(amount, weights[i]);
            parts[i] = product / sum;
            remainders[i] = product % sum;
            given += parts[i];
        }
        for (long left = amount - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
