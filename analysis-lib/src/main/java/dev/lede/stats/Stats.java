package dev.lede.stats;

import dev.lede.corpus.TermFrequencies;

import org.apache.commons.math3.special.Gamma;

/** The statistics behind keyness and collocations; every method is a pure function. */
final class Stats {

    /** Replacement for a zero normalised reference frequency in %DIFF (Gabrielatos &amp; Marchi 2012). */
    public static final double PERCENT_DIFF_ZERO = 1e-18;

    private Stats() {
    }

    /**
     * Log-likelihood G² of a 2x2 contingency table, 2 &Sigma; O ln(O/E) over all four cells
     * (cells with O = 0 contribute 0, the limit of x ln x), unsigned.
     */
    public static double g2(double o11, double o12, double o21, double o22) {
        double r1 = o11 + o12;
        double r2 = o21 + o22;
        double c1 = o11 + o21;
        double c2 = o12 + o22;
        double n = r1 + r2;
        if (n == 0) {
            return 0;
        }
        double s = term(o11, r1 * c1 / n) + term(o12, r1 * c2 / n) + term(o21, r2 * c1 / n) + term(o22, r2 * c2 / n);
        // rounding can make an exact fit slightly negative
        return Math.max(0, 2 * s);
    }

    private static double term(double o, double e) {
        return o == 0 ? 0 : o * Math.log(o / e);
    }

    /**
     * Signed keyness G² of a term seen {@code a} times in a target of {@code n1} tokens and
     * {@code b} times in a reference of {@code n2} tokens: the 4-cell table is
     * [[a, b], [n1-a, n2-b]]; the sign is + when the target's relative frequency is higher.
     */
    public static double keynessG2(long a, long b, long n1, long n2) {
        check(a, n1, "target");
        check(b, n2, "reference");
        double g = g2(a, b, n1 - a, n2 - b);
        return overuse(a, b, n1, n2) < 0 ? -g : g;
    }

    /** Compares a/n1 with b/n2 without division: -1, 0 or 1. */
    public static int overuse(long a, long b, long n1, long n2) {
        return Double.compare((double) a * n2, (double) b * n1);
    }

    /** Upper tail of the chi-square distribution with 1 degree of freedom: P(X &ge; x). */
    public static double chiSquare1Sf(double x) {
        if (x <= 0) {
            return 1.0;
        }
        // Q(1/2, x/2) is the chi-square(1) survival function, without the cancellation of 1 - cdf.
        return Gamma.regularizedGammaQ(0.5, x / 2);
    }

    /**
     * Log Ratio (Hardie 2014): log2 of (a/n1) / (b/n2); a zero count on either side is replaced by
     * 0.5 before dividing, as Hardie recommends, so the value stays finite.
     */
    public static double logRatio(long a, long b, long n1, long n2) {
        double x = a == 0 ? 0.5 : a;
        double y = b == 0 ? 0.5 : b;
        return log2((x / n1) / (y / n2));
    }

    /**
     * %DIFF (Gabrielatos &amp; Marchi 2012): (NF target - NF reference) * 100 / NF reference, with
     * normalised frequencies per 10,000 tokens; a zero reference frequency is replaced by 1E-18 as
     * the authors do.
     */
    public static double percentDiff(long a, long b, long n1, long n2) {
        double nf1 = TermFrequencies.per10k(a, n1);
        double nf2 = TermFrequencies.per10k(b, n2);
        if (nf2 == 0) {
            nf2 = PERCENT_DIFF_ZERO;
        }
        return (nf1 - nf2) * 100 / nf2;
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void check(long count, long total, String side) {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException(side + " count " + count + " must be between 0 and the " + side
                    + " size " + total);
        }
    }
}
