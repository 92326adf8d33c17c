package dev.lede.vectors;

/**
 * Sorts term ids by a comparator on ids without boxing them (a merge sort of an int array), for
 * ordering a vocabulary of tens of thousands of terms.
 */
final class IdSort {

    /** Compares two ids. */
    interface IdOrder {
        int compare(int a, int b);
    }

    private IdSort() {
    }

    /**
     * A number whose order is {@link String#compareTo}'s wherever two numbers differ: the first
     * seven UTF-16 units in 9 bits each (0 past the end). A unit from 511 up is stored as 511 and
     * ends the key (zeros after it), so strings whose keys are equal must be compared in full.
     */
    static long prefixKey(String s) {
        long key = 0;
        int n = Math.min(7, s.length());
        int i = 0;
        for (; i < n; i++) {
            int c = s.charAt(i);
            if (c >= 511) {
                key = key << 9 | 511;
                i++;
                break;
            }
            key = key << 9 | c;
        }
        return key << (9 * (7 - i));
    }

    /** Sorts {@code ids[0, n)} by {@code order}; stable. */
    static void sort(int[] ids, int n, IdOrder order) {
        if (n < 2) {
            return;
        }
        int[] tmp = new int[n];
        System.arraycopy(ids, 0, tmp, 0, n);
        mergeSort(tmp, ids, 0, n, order);
    }

    /** Sorts src[lo, hi) into dst[lo, hi); both hold the same values on entry. */
    private static void mergeSort(int[] src, int[] dst, int lo, int hi, IdOrder order) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = dst[i];
                int j = i - 1;
                while (j >= lo && order.compare(dst[j], x) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(dst, src, lo, mid, order);
        mergeSort(dst, src, mid, hi, order);
        if (order.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, lo, dst, lo, hi - lo);
            return;
        }
        for (int i = lo, p = lo, q = mid; i < hi; i++) {
            if (q >= hi || p < mid && order.compare(src[p], src[q]) <= 0) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
