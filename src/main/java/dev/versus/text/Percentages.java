package dev.versus.text;

import dev.versus.compare.Share;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Fractions and ratios as pages show them. Every rounding is half up on the value given, never
 * on a double, so a figure ending in 5 always rounds away from zero ("0.0445%" shows as
 * "0.045%"). Values computed as {@code long / long} to 34 significant digits (as
 * {@code Share.exact()} and {@code Popularity.ratio()} do) round as the exact fraction would:
 * with counts below 2^53, a fraction that is not exactly on a rounding boundary is much further
 * from it than that precision.
 *
 * <p>Rules: docs/comparison-rules.md §10.2, §10.3, §10.4.
 */
public final class Percentages {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

    private Percentages() {
    }

    /**
     * A share (0.0123) as a percentage: "1.2%" with one decimal, or, when the exact percentage is
     * below 1, with two significant digits ("0.042%"; 0.996% shows as "1.0%"). Exactly 0 shows as
     * "0.0%": since any other share below 1% keeps two significant digits, "0.0%" can only mean
     * none at all.
     *
     * @throws IllegalArgumentException for a negative fraction, which no share can be
     */
    public static String share(BigDecimal fraction) {
        if (fraction.signum() < 0) {
            throw new IllegalArgumentException("A share cannot be negative: " + fraction);
        }
        return magnitude(fraction.multiply(HUNDRED)) + "%";
    }

    /** {@link #share(BigDecimal)} of the share's exact value. */
    public static String share(Share share) {
        String fast = shareOfOnePercentOrMore(share.part(), share.whole());
        if (fast == null) {
            fast = shareBelowOnePercent(share.part(), share.whole());
        }
        return fast != null ? fast : share(share.exact());
    }

    /**
     * The common case, a share of 1% or more, in exact integer arithmetic: tenths of a percent
     * rounded half up are floor((2000 * part + whole) / (2 * whole)). Null when the share is below
     * 1%, or so large that the products could overflow; the BigDecimal path handles those.
     */
    static String shareOfOnePercentOrMore(long part, long whole) {
        if (whole <= 0 || part < 0 || part > 1_000_000_000_000_000L || part * 100 < whole) {
            return null;
        }
        long tenths = (2000 * part + whole) / (2 * whole);
        return Counts.format(tenths / 10) + "." + tenths % 10 + "%";
    }

    /**
     * A share strictly between 0 and 1%, in exact integer arithmetic: the two significant digits
     * are 100 * part * 10^e / whole rounded half up, for the e that puts that value in [10, 100);
     * a round-up to 100 carries into one digit fewer ("0.0995%" shows as "0.10%"). Null outside
     * that range or when the products could overflow; the BigDecimal path handles those.
     */
    static String shareBelowOnePercent(long part, long whole) {
        if (whole <= 0 || whole > Long.MAX_VALUE / 20 || part <= 0 || part >= (whole + 99) / 100) {
            return null;
        }
        try {
            long scaled = part * 100; // the percentage times whole, times 10^e below
            int e = 0;
            while (scaled < 10 * whole) {
                scaled = Math.multiplyExact(scaled, 10);
                e++;
            }
            long twice = Math.multiplyExact(scaled, 2);
            long digits = Math.addExact(twice, whole) / Math.multiplyExact(whole, 2);
            if (digits == 100) {
                digits = 10;
                e--;
            }
            if (e == 1) {
                return digits / 10 + "." + digits % 10 + "%";
            }
            return "0." + "0".repeat(e - 2) + digits + "%";
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /**
     * A change (0.123, -0.04) as a signed percentage: "+12.3%", "−4.0%" (a real minus sign,
     * U+2212, as wide as the plus and read as "minus" by screen readers, not a hyphen),
     * with the same two-significant-digit rule below 1% ("+0.042%"). The sign is that of the exact
     * value; only an exact 0 is unsigned ("0.0%"). No other change can round to zero, because a
     * change below 1% keeps two significant digits.
     */
    public static String change(BigDecimal fraction) {
        String text = magnitude(fraction.abs().multiply(HUNDRED)) + "%";
        return switch (fraction.signum()) {
            case 1 -> "+" + text;
            case -1 -> "\u2212" + text;
            default -> text;
        };
    }

    /**
     * The n of "n times more popular": below 10, one decimal with a trailing ".0" dropped
     * ("2.5", "7"; 9.95 rounds to "10"); from 10, a whole number with thousands separators
     * ("36", "1,235" for 1234.5).
     */
    public static String ratioTimes(BigDecimal ratio) {
        if (ratio.compareTo(TEN) >= 0) {
            return whole(ratio);
        }
        BigDecimal rounded = ratio.setScale(1, RoundingMode.HALF_UP);
        if (rounded.remainder(BigDecimal.ONE).signum() == 0) {
            return whole(rounded);
        }
        return withSeparators(rounded);
    }

    /** The p of "p% more popular": {@code (ratio - 1) * 100} rounded half up to a whole number. */
    public static String percentMore(BigDecimal ratio) {
        return whole(ratio.subtract(BigDecimal.ONE).multiply(HUNDRED));
    }

    /** A non-negative percentage: two significant digits below 1, one decimal from 1. */
    private static String magnitude(BigDecimal percent) {
        if (percent.signum() == 0) {
            return "0.0";
        }
        if (percent.compareTo(BigDecimal.ONE) < 0) {
            return twoSignificantDigits(percent).toPlainString();
        }
        return withSeparators(percent.setScale(1, RoundingMode.HALF_UP));
    }

    private static BigDecimal twoSignificantDigits(BigDecimal value) {
        BigDecimal rounded = value.round(TWO_DIGITS);
        if (rounded.precision() < 2) {
            // 0.1 has one significant digit as given; write it as 0.10 like every other
            return rounded.setScale(rounded.scale() + 2 - rounded.precision());
        }
        return rounded;
    }

    private static String whole(BigDecimal value) {
        return withSeparators(value.setScale(0, RoundingMode.HALF_UP));
    }

    /** A non-negative decimal with commas in its whole part: "1,234.5". */
    private static String withSeparators(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        if (point < 0) {
            return Counts.grouped(plain);
        }
        return Counts.grouped(plain.substring(0, point)) + plain.substring(point);
    }
}
