package dev.lede.vectors;

import dev.lede.vectors.HierarchicalClustering.Linkage;

import java.util.Arrays;
import java.util.Objects;

/**
 * Agglomerative clustering on a condensed distance array in double precision, with the
 * algorithms and tie rules of {@code scipy.cluster.hierarchy.linkage} (scipy 1.x; checked against
 * 1.10), so that the
 * merges, not only the heights, are the same as scipy's:
 * <ul>
 *   <li>average, complete and Ward: the nearest-neighbour chain (Murtagh 1983; Müllner 2011,
 *       arXiv:1109.2378) with the Lance-Williams updates, O(n^2) time on one copy of the
 *       distances. Ward works on distances, not squared distances:
 *       d(i, x∪y) = sqrt(((ni + nx) d(i,x)^2 + (ni + ny) d(i,y)^2 - ni d(x,y)^2) / (ni + nx + ny)).</li>
 *   <li>single: Prim's minimum spanning tree from item 0, O(n^2) time, O(n) extra memory (plus
 *       one copy of the distances when they must be put in another order).</li>
 * </ul>
 * Ties: the chain starts at the lowest-numbered live cluster; a cluster's nearest neighbour is
 * the previous cluster on the chain unless another is strictly nearer, else the lowest-numbered
 * of the nearest; the merged cluster keeps the higher slot. Prim's tree takes the lowest-numbered
 * of the nearest documents. The merges are then sorted by height, ties kept in the order they
 * were found (stable), and numbered as scipy does: the two children by their current cluster
 * ({@code < n} a document, {@code n + s} the cluster of merge s), smaller first.
 */
final class Linkages {

    /** The merges ({@code merges[s]} = the two children of merge s, smaller first) and heights. */
    public record Tree(int[][] merges, double[] heights) {
    }

    private Linkages() {
    }

    /**
     * Clusters {@code n} items with the condensed upper triangle {@code condensed} (row by row, as
     * {@code scipy.spatial.distance.pdist} returns it; finite, non-negative; not modified), taking
     * them in {@code order}: item i of the tree is row {@code order[i]} of {@code condensed}.
     */
    public static Tree of(double[] condensed, int n, int[] order, Linkage linkage) {
        return of(condensed, n, order, linkage, n >= 2 && squareFits(n));
    }

    /**
     * As {@link #of(double[], int, int[], Linkage)}, the nearest-neighbour chain on the full n x n
     * matrix when {@code square} (faster, twice the memory of the condensed copy) or on a condensed
     * copy; the same tree either way.
     */
    static Tree of(double[] condensed, int n, int[] order, Linkage linkage, boolean square) {
        Objects.requireNonNull(condensed, "condensed");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(linkage, "linkage");
        if (n < 2 || condensed.length != (long) n * (n - 1) / 2 || order.length != n) {
            throw new IllegalArgumentException(condensed.length + " distances and an order of " + order.length
                    + " for " + n + " items: give at least 2 items, n(n-1)/2 distances and n positions");
        }
        boolean[] seen = new boolean[n];
        boolean identity = true;
        for (int i = 0; i < n; i++) {
            int o = order[i];
            if (o < 0 || o >= n || seen[o]) {
                throw new IllegalArgumentException("order is not a permutation of 0.." + (n - 1) + ": " + o
                        + " at " + i);
            }
            seen[o] = true;
            identity &= o == i;
        }
        int[] a = new int[n - 1];
        int[] b = new int[n - 1];
        double[] h = new double[n - 1];
        if (linkage == Linkage.SINGLE) {
            primTree(identity ? condensed : permutedCopy(condensed, n, order), n, a, b, h);
        } else {
            if (square) {
                nnChainSquare(square(condensed, n), n, order, linkage, a, b, h);
            } else {
                nnChain(identity ? condensed.clone() : permutedCopy(condensed, n, order), n, linkage, a, b, h);
            }
        }
        return relabel(n, a, b, h);
    }

    /**
     * The condensed distances of the items in {@code order}: {@code c} is read in its own order
     * and each value written where it goes (scattered writes are cheaper than gathered reads
     * down the columns of {@code c}).
     */
    static double[] permutedCopy(double[] c, int n, int[] order) {
        int[] at = new int[n]; // at[row of c] = item
        for (int i = 0; i < n; i++) {
            at[order[i]] = i;
        }
        int[] row = rowStarts(n);
        double[] out = new double[c.length];
        int k = 0;
        for (int p = 0; p < n; p++) {
            int i = at[p];
            int ri = row[i];
            for (int q = p + 1; q < n; q++) {
                int j = at[q];
                out[j > i ? ri + j : row[j] + i] = c[k++];
            }
        }
        return out;
    }

    /** rowStart[i] + j is the position of d(i, j), i &lt; j, in the condensed array. */
    private static int[] rowStarts(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = (int) ((long) i * n - (long) i * (i + 1) / 2 - i - 1);
        }
        return r;
    }

    /**
     * Nearest-neighbour chain on {@code d} (overwritten): merge k joins slots a[k] &lt; b[k], the
     * new cluster lives in slot b[k], in the order the reciprocal pairs are found.
     */
    private static void nnChain(double[] d, int n, Linkage linkage, int[] a, int[] b, double[] h) {
        int[] row = rowStarts(n);
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] live = new int[n]; // live slots, ascending
        for (int i = 0; i < n; i++) {
            live[i] = i;
        }
        int nLive = n;
        int[] chain = new int[n];
        int len = 0;
        for (int k = 0; k < n - 1; k++) {
            if (len == 0) {
                chain[len++] = live[0];
            }
            int x;
            int y;
            double min;
            while (true) {
                x = chain[len - 1];
                // the previous cluster on the chain wins ties, so the chain cannot cycle
                if (len > 1) {
                    y = chain[len - 2];
                    min = d[x < y ? row[x] + y : row[y] + x];
                } else {
                    y = -1;
                    min = Double.POSITIVE_INFINITY;
                }
                int rx = row[x];
                int t = 0;
                for (; t < nLive; t++) {
                    int i = live[t];
                    if (i >= x) {
                        break;
                    }
                    double v = d[row[i] + x];
                    if (v < min) {
                        min = v;
                        y = i;
                    }
                }
                for (; t < nLive; t++) {
                    int i = live[t];
                    if (i == x) {
                        continue;
                    }
                    double v = d[rx + i];
                    if (v < min) {
                        min = v;
                        y = i;
                    }
                }
                if (y < 0) {
                    throw new IllegalStateException("no finite distance from cluster slot " + x);
                }
                if (len > 1 && y == chain[len - 2]) {
                    break;
                }
                chain[len++] = y;
            }
            len -= 2;
            if (x > y) {
                int s = x;
                x = y;
                y = s;
            }
            int nx = size[x];
            int ny = size[y];
            a[k] = x;
            b[k] = y;
            h[k] = min;
            size[x] = 0;
            size[y] = nx + ny;
            int at = Arrays.binarySearch(live, 0, nLive, x);
            System.arraycopy(live, at + 1, live, at, nLive - at - 1);
            nLive--;
            // Lance-Williams: distances from every other live cluster to the merged one, in slot y
            int rx = row[x];
            int ry = row[y];
            for (int t = 0; t < nLive; t++) {
                int i = live[t];
                if (i == y) {
                    continue;
                }
                int pix = i < x ? row[i] + x : rx + i;
                int piy = i < y ? row[i] + y : ry + i;
                d[piy] = update(linkage, d[pix], d[piy], min, nx, ny, size[i]);
            }
        }
    }

    /** Tiles of the square's transpose: 64 x 64 doubles, two of them in a core's L1 and L2. */
    private static final int TILE = 32;

    /**
     * Whether the full n x n matrix of doubles fits in the heap with room to spare (half of what is
     * free now, counting what the heap may still grow to); otherwise the linkage runs on the
     * condensed copy (same merges, slower: half of each scan reads down a column).
     */
    static boolean squareFits(int n) {
        long bytes = (long) n * n * Double.BYTES;
        if ((long) n * n > Integer.MAX_VALUE - 16) {
            return false;
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return bytes <= free / 2;
    }

    /**
     * The full symmetric matrix (row-major, n x n, zero diagonal) of the condensed distances, in
     * {@code c}'s own row order: each row copied, then the upper triangle mirrored tile by tile.
     */
    static double[] square(double[] c, int n) {
        double[] sq = new double[n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int len = n - i - 1;
            System.arraycopy(c, k, sq, i * n + i + 1, len);
            k += len;
        }
        for (int bi = 0; bi < n; bi += TILE) {
            int ei = Math.min(n, bi + TILE);
            for (int bj = bi; bj < n; bj += TILE) {
                int ej = Math.min(n, bj + TILE);
                for (int i = bi; i < ei; i++) {
                    int ri = i * n;
                    for (int j = Math.max(bj, i + 1); j < ej; j++) {
                        sq[j * n + i] = sq[ri + j];
                    }
                }
            }
        }
        return sq;
    }

    /**
     * {@link #nnChain} on the full matrix {@code sq} (overwritten), its rows in the caller's order
     * and the items taken in {@code order}: every comparison of slots is made on their positions
     * in {@code order}, so the merges are those nnChain finds on the permuted condensed copy, bit
     * for bit, while each scan reads one row of {@code sq} (no column, no permuted copy).
     *
     * <p>A merge writes only the row of the new cluster y, not its column (the column's writes, one
     * per live cluster and each on another page, were most of the time). Row i's entry for y is then
     * stale, which {@code written[y] > fresh[i]} tells: it is copied from row y when row i is next
     * read, and only then.
     */
    private static void nnChainSquare(double[] sq, int n, int[] order, Linkage linkage, int[] a, int[] b,
                                      double[] h) {
        int[] pos = new int[n]; // pos[row of sq] = position in order
        for (int i = 0; i < n; i++) {
            pos[order[i]] = i;
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] live = new int[n]; // live rows, by ascending position
        int[] livePos = new int[n]; // their positions
        for (int i = 0; i < n; i++) {
            live[i] = order[i];
            livePos[i] = i;
        }
        // written[j]: the merge that last wrote row j (-1: none); fresh[i]: row i holds every
        // distance written up to that merge
        int[] written = new int[n];
        int[] fresh = new int[n];
        Arrays.fill(written, -1);
        Arrays.fill(fresh, -1);
        int nLive = n;
        int[] chain = new int[n];
        int len = 0;
        for (int k = 0; k < n - 1; k++) {
            if (len == 0) {
                chain[len++] = live[0];
            }
            int x;
            int y;
            double min;
            while (true) {
                x = chain[len - 1];
                refresh(sq, n, x, live, nLive, written, fresh, k);
                // the previous cluster on the chain wins ties, so the chain cannot cycle
                if (len > 1) {
                    y = chain[len - 2];
                    min = sq[x * n + y];
                } else {
                    y = -1;
                    min = Double.POSITIVE_INFINITY;
                }
                int rx = x * n;
                for (int t = 0; t < nLive; t++) {
                    int i = live[t];
                    double v = sq[rx + i];
                    if (v < min && i != x) {
                        min = v;
                        y = i;
                    }
                }
                if (y < 0) {
                    throw new IllegalStateException("no finite distance from cluster slot " + pos[x]);
                }
                if (len > 1 && y == chain[len - 2]) {
                    break;
                }
                chain[len++] = y;
            }
            len -= 2;
            if (pos[x] > pos[y]) {
                int s = x;
                x = y;
                y = s;
            }
            refresh(sq, n, x, live, nLive, written, fresh, k);
            refresh(sq, n, y, live, nLive, written, fresh, k);
            int nx = size[x];
            int ny = size[y];
            a[k] = pos[x];
            b[k] = pos[y];
            h[k] = min;
            size[x] = 0;
            size[y] = nx + ny;
            int at = Arrays.binarySearch(livePos, 0, nLive, pos[x]);
            System.arraycopy(live, at + 1, live, at, nLive - at - 1);
            System.arraycopy(livePos, at + 1, livePos, at, nLive - at - 1);
            nLive--;
            // Lance-Williams: distances from every other live cluster to the merged one, in row y
            int rx = x * n;
            int ry = y * n;
            for (int t = 0; t < nLive; t++) {
                int i = live[t];
                if (i != y) {
                    sq[ry + i] = update(linkage, sq[rx + i], sq[ry + i], min, nx, ny, size[i]);
                }
            }
            written[y] = k;
            fresh[y] = k;
        }
    }

    /** Brings row x up to date before merge k: copies the entries of rows written since it last was. */
    private static void refresh(double[] sq, int n, int x, int[] live, int nLive, int[] written, int[] fresh, int k) {
        int f = fresh[x];
        if (f == k - 1) {
            return; // only merges up to k - 1 have written rows
        }
        int rx = x * n;
        for (int t = 0; t < nLive; t++) {
            int j = live[t];
            if (written[j] > f && j != x) {
                sq[rx + j] = sq[j * n + x];
            }
        }
        fresh[x] = k - 1;
    }

    /** The distance from cluster i to x∪y; the same arithmetic, in the same order, as scipy's. */
    private static double update(Linkage linkage, double dxi, double dyi, double dxy, int nx, int ny, int ni) {
        switch (linkage) {
            case AVERAGE:
                return (nx * dxi + ny * dyi) / (nx + ny);
            case COMPLETE:
                return dyi > dxi ? dyi : dxi; // Cython's max(dxi, dyi)
            case WARD: {
                double t = 1.0 / (nx + ny + ni);
                return Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
            }
            default:
                throw new IllegalArgumentException("no Lance-Williams update for " + linkage);
        }
    }

    /**
     * Prim's minimum spanning tree from item 0: edge k joins the item added last, a[k], to the
     * nearest item not yet in the tree, b[k] (lowest-numbered on ties).
     */
    private static void primTree(double[] d, int n, int[] a, int[] b, double[] h) {
        int[] row = rowStarts(n);
        boolean[] inTree = new boolean[n];
        double[] reach = new double[n];
        Arrays.fill(reach, Double.POSITIVE_INFINITY);
        int x = 0;
        for (int k = 0; k < n - 1; k++) {
            inTree[x] = true;
            double min = Double.POSITIVE_INFINITY;
            int y = -1;
            for (int i = 0; i < n; i++) {
                if (inTree[i]) {
                    continue;
                }
                double v = d[i < x ? row[i] + x : row[x] + i];
                if (reach[i] > v) {
                    reach[i] = v;
                }
                if (reach[i] < min) {
                    min = reach[i];
                    y = i;
                }
            }
            if (y < 0) {
                throw new IllegalStateException("no finite distance from item " + x);
            }
            a[k] = x;
            b[k] = y;
            h[k] = min;
            x = y;
        }
    }

    /**
     * Sorts the merges by height (stable) and names their children by the clusters they belong to
     * at that point, found with a union-find over the 2n - 1 clusters.
     */
    private static Tree relabel(int n, int[] a, int[] b, double[] h) {
        Integer[] order = new Integer[n - 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // primitive comparison, as numpy's: -0.0 and 0.0 are equal
        Arrays.sort(order, (p, q) -> h[p] < h[q] ? -1 : h[p] > h[q] ? 1 : 0);
        int[] parent = new int[2 * n - 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int[][] merges = new int[n - 1][];
        double[] heights = new double[n - 1];
        for (int s = 0; s < n - 1; s++) {
            int m = order[s];
            int ra = find(parent, a[m]);
            int rb = find(parent, b[m]);
            merges[s] = ra < rb ? new int[] {ra, rb} : new int[] {rb, ra};
            heights[s] = h[m];
            parent[ra] = n + s;
            parent[rb] = n + s;
        }
        return new Tree(merges, heights);
    }

    private static int find(int[] parent, int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }
}
