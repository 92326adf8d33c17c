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
            nnChain(identity ? condensed.clone() : permutedCopy(condensed, n, order), n, linkage, a, b, h);
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
