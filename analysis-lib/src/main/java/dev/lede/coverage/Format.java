package dev.lede.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats of coverage statements and tables; independent of the default locale. */
final class Format {

    private Format() {
    }

    /** A plain number: no decimals when whole, else at most two (half-up, trailing zeros dropped). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A percentage for a sentence, without the % sign: whole percent from 10 up ("43", "75"),
     * one decimal below ("1.1", "0.5"), half-up; "0" for zero.
     */
    public static String percent(double p) {
        double a = Math.abs(p);
        int scale = a >= 9.95 ? 0 : 1;
        String s = BigDecimal.valueOf(p).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
